"""The trail a failure leaves: the log file, fatal-error dumps, crash reports, --debug."""

import faulthandler
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kpm_desktop import diagnostics
from kpm_desktop.diagnostics import (
    LOG_FILE_NAME,
    _LogFileHandler,
    configure_logging,
    write_crash_report,
)


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh log folder; the root logger is given back as it was."""
    folder = tmp_path / "log"
    monkeypatch.setenv("KPM_LOG_DIR", str(folder))
    monkeypatch.delenv("KPM_DEBUG", raising=False)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    root.handlers = [h for h in handlers if h.__class__.__name__ != "_LogFileHandler"]
    yield folder
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers, root.level = handlers, level


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _kpm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kpm_desktop.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def test_the_log_file_is_private_and_configured_once(log_folder: Path) -> None:
    path = configure_logging("kpm-test")
    configure_logging("kpm-test")
    logging.getLogger("kpm_desktop.test").info("appraisal %d finalized", 7)
    assert path == log_folder / LOG_FILE_NAME
    assert _mode(log_folder) == 0o700
    assert _mode(path) == 0o600
    text = path.read_text(encoding="utf-8")
    assert text.count("kpm-test 0.1.0 started") == 2
    assert "kpm_desktop.test: appraisal 7 finalized" in text
    file_handlers = [
        h for h in logging.getLogger().handlers if h.__class__.__name__ == "_LogFileHandler"
    ]
    assert len(file_handlers) == 1


def test_debug_comes_from_the_flag_or_the_environment(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure_logging("kpm-test")
    assert logging.getLogger().level == logging.INFO
    monkeypatch.setenv("KPM_DEBUG", "1")
    configure_logging("kpm-test")
    assert logging.getLogger().level == logging.DEBUG


def test_a_crash_report_has_versions_traceback_and_log_but_not_the_home_folder(
    log_folder: Path,
) -> None:
    configure_logging("kpm-test")
    logging.getLogger("kpm_desktop.test").warning("the step before the bug")
    details = (
        f'Traceback (most recent call last):\n  File "{Path.home()}/x.py"\nRuntimeError: boom\n'
    )
    report = write_crash_report(details, {"Qt": "6.11.0"})
    text = report.read_text(encoding="utf-8")
    assert report.parent == log_folder
    assert _mode(report) == 0o600
    assert text.startswith("KPM Desktop 0.1.0\nPython ")
    assert "Qt 6.11.0" in text
    assert 'File "~/x.py"' in text and str(Path.home()) + "/" not in text
    assert "RuntimeError: boom" in text
    assert "the step before the bug" in text


def test_a_fatal_error_is_dumped_into_the_log(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    code = (
        "import faulthandler\n"
        "from kpm_desktop.diagnostics import configure_logging\n"
        "configure_logging('kpm-test')\n"
        "faulthandler._sigsegv()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "KPM_LOG_DIR": str(folder)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    text = (folder / LOG_FILE_NAME).read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error: Segmentation fault" in text


def test_kpm_debug_echoes_the_log_and_a_refusal_is_logged(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    missing = tmp_path / "no-such-folder" / "kpm.sqlite3"
    quiet = _kpm("--db", str(missing), "verify", env={"KPM_LOG_DIR": str(folder)})
    loud = _kpm("--debug", "--db", str(missing), "verify", env={"KPM_LOG_DIR": str(folder)})
    assert quiet.returncode == loud.returncode == 2
    assert "started" not in quiet.stderr
    assert "kpm 0.1.0 started" in loud.stderr
    log = (folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert log.count("command verify") == 2
    assert "refused (DatabaseUnavailableError)" in log


def test_a_closed_log_file_no_longer_receives_fatal_error_dumps(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """faulthandler holds the log's descriptor number; once the file is closed the number
    may belong to another file (a database), so the dumps go back to stderr."""
    configure_logging("kpm", debug=False)
    (handler,) = [h for h in logging.getLogger().handlers if isinstance(h, _LogFileHandler)]
    targets: list[object] = []
    monkeypatch.setattr(faulthandler, "enable", lambda file, all_threads: targets.append(file))
    handler.close()
    assert targets == [sys.__stderr__]


def test_the_log_file_rotates_into_private_numbered_copies(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diagnostics, "LOG_FILE_BYTES", 300)
    monkeypatch.setattr(diagnostics, "LOG_FILE_BACKUPS", 2)
    configure_logging("kpm", debug=False)
    log = logging.getLogger("kpm_desktop.test")
    for number in range(12):
        log.info("entry %02d %s", number, "x" * 60)
    names = sorted(path.name for path in log_folder.iterdir())
    assert names == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    newest = (log_folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    older = (log_folder / f"{LOG_FILE_NAME}.1").read_text(encoding="utf-8")
    assert "entry 11" in newest and "entry 11" not in older
    assert all(_mode(log_folder / name) == 0o600 for name in names)
    assert all((log_folder / name).stat().st_size < 300 for name in names)
