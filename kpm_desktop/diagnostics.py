"""The trail a failure leaves: one log file, fatal-error dumps and crash reports.

`configure_logging` runs once per process, from the GUI's and the command line's entry
points. Log records name what happened with ids, kinds and English message templates,
never people's names or other personal data, so a log or a crash report can be sent to
support as it is.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import traceback
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

from kpm_desktop import __version__
from kpm_desktop.config import log_dir

DEBUG_ENV_VAR = "KPM_DEBUG"
LOG_FILE_NAME = "kpm.log"
LOG_FILE_BYTES = 1_000_000
LOG_FILE_BACKUPS = 4
CRASH_REPORT_LOG_LINES = 40
_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"


class _LogFileHandler(logging.FileHandler):
    """The log file, rotated into LOG_FILE_BACKUPS numbered copies (kpm.log.1 the newest)
    when a record would take it to LOG_FILE_BYTES, as `logging.handlers.RotatingFileHandler`
    does: not that module, which imports socket, pickle and queue (~10 ms before the first
    window). It also receives faulthandler's dumps of fatal errors; faulthandler writes to
    a file descriptor, so it follows the file across a rollover.
    """

    def __init__(self, path: Path) -> None:
        fresh = not path.exists()
        super().__init__(path, encoding="utf-8")
        if fresh:
            os.chmod(path, 0o600)
        self._follow_with_faulthandler()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self.doRollover()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            return False
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= LOG_FILE_BYTES

    def doRollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
        for number in range(LOG_FILE_BACKUPS - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()
        os.chmod(self.baseFilename, 0o600)
        self._follow_with_faulthandler()

    def close(self) -> None:
        # faulthandler keeps the file's descriptor number: once the file is closed that
        # number may be reused by another file (a database), which a crash would overwrite.
        if sys.__stderr__ is None:  # a bundle without a console
            faulthandler.disable()
        else:
            faulthandler.enable(file=sys.__stderr__, all_threads=True)
        super().close()

    def _follow_with_faulthandler(self) -> None:
        if self.stream is not None:
            faulthandler.enable(file=self.stream, all_threads=True)


def debug_requested(flag: bool = False) -> bool:
    return flag or os.environ.get(DEBUG_ENV_VAR, "").strip() not in ("", "0")


def configure_logging(program: str, *, debug: bool = False) -> Path:
    """Send this process's log to the rotating file in the log folder; return its path.

    Debug (`--debug` or `KPM_DEBUG=1`) logs at DEBUG level and echoes the log on stderr.
    Calling it again only changes the level.
    """
    root = logging.getLogger()
    handler = next((h for h in root.handlers if isinstance(h, _LogFileHandler)), None)
    if handler is None:
        handler = _LogFileHandler(log_dir() / LOG_FILE_NAME)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
        if debug_requested(debug):
            echo = logging.StreamHandler(sys.stderr)
            echo.setFormatter(logging.Formatter(_FORMAT))
            root.addHandler(echo)
    root.setLevel(logging.DEBUG if debug_requested(debug) else logging.INFO)
    # Not platform.platform(): on Linux it reads the interpreter's binary for the C
    # library's version (5-40 ms, before the first window); the crash report names it.
    logging.getLogger(__name__).info(
        "%s %s started (Python %s, %s %s %s)",
        program,
        __version__,
        platform.python_version(),
        platform.system(),
        platform.release(),
        platform.machine(),
    )
    return Path(handler.baseFilename)


def write_crash_report(details: str, versions: Mapping[str, str] | None = None) -> Path:
    """Write a report of a bug (versions, platform, traceback, the last log lines)."""
    folder = log_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    lines = [
        f"KPM Desktop {__version__}",
        f"Python {platform.python_version()}",
        f"Platform {platform.platform()}",
        *(f"{name} {version}" for name, version in (versions or {}).items()),
        "",
        _without_home(details).rstrip(),
        "",
        f"Last {CRASH_REPORT_LOG_LINES} log lines:",
        *_last_log_lines(folder / LOG_FILE_NAME, CRASH_REPORT_LOG_LINES),
    ]
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as report:
        report.write("\n".join(lines) + "\n")
    return path


def exception_details(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def _without_home(text: str) -> str:
    """A traceback names files under the user's home folder, which holds their name."""
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


def _last_log_lines(path: Path, count: int) -> Iterable[str]:
    try:
        with path.open(encoding="utf-8", errors="replace") as log:
            return [line.rstrip("\n") for line in log.readlines()[-count:]]
    except OSError as exc:
        return [f"(the log could not be read: {exc.strerror})"]
