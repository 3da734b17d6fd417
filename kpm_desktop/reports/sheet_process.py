"""One sheet rendered by a second process that loads reportlab while the first works.

`kpm pdf --appraisal` is mostly imports: SQLAlchemy and the appraisal code to sign in and
read the sheet, reportlab and the parsed font to render it. Imports hold the GIL, so in
one process they run one after the other; `SheetProcess.start()` starts a Python process
that imports the renderer and loads the font on the other core at once, waits on its
standard input for the sheet (pickled) and answers with the PDF on its standard output.
It renders with `EvaluationSheetRenderer`, as this process would: the same bytes.

The second process writes no file and shows nothing: its stderr is captured and logged
only when `pdf()` is asked for, so a caller that sends the sheet before the user's
password has been checked decides whether anything comes out. When it cannot be started
or fails, or the program is frozen (no Python to start), the sheet is rendered here. This
module imports no reportlab: only the second process does (or `pdf()` when it falls back).
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path
from types import TracebackType

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet

# The folder that holds the kpm_desktop package.
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# Run without `site` (-S), on this process's module search path given as its arguments:
# the same modules, without processing the environment's .pth files again (~15 ms).
_SERVE = (
    "import sys; sys.path[:0] = sys.argv[1:]; "
    "from kpm_desktop.reports.sheet_process import serve; serve()"
)
_log = logging.getLogger(__name__)


class SheetProcess:
    """A second process ready to render one sheet, to use in a `with` block (which ends
    it, whatever happened): `send` the sheet, then take its `pdf()`."""

    def __init__(self, process: subprocess.Popen[bytes] | None) -> None:
        self._process = process
        self._sent = False
        self._sheet: tuple[EvaluationSheet, bool] | None = None

    @classmethod
    def start(cls, withheld: Collection[str] = ()) -> SheetProcess:
        """Start the second process, its environment without the variables `withheld`
        (a password it has no use for)."""
        if getattr(sys, "frozen", False):
            return cls(None)
        command = [sys.executable, "-S", "-c", _SERVE, _PACKAGE_ROOT, *sys.path]
        environment = {name: value for name, value in os.environ.items() if name not in withheld}
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=environment,
            )
        except OSError as exc:
            _log.warning("no second process for the sheet (%s): rendering it here", exc)
            return cls(None)
        return cls(process)

    def send(self, sheet: EvaluationSheet, landscape: bool = False) -> None:
        """Have the sheet rendered; a second sheet sent replaces the first, and is
        rendered here."""
        self._sheet = (sheet, landscape)
        if self._process is None:
            return
        if self._sent:  # the process has the first sheet: not this one
            self._end_process()
            return
        self._sent = True
        request = pickle.dumps(self._sheet, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            assert self._process.stdin is not None
            self._process.stdin.write(request)
            self._process.stdin.flush()
        except OSError:  # it has ended already: `pdf()` logs why
            pass

    def pdf(self) -> bytes:
        """The PDF of the sheet sent last."""
        if self._sheet is None:
            raise RuntimeError("SheetProcess.pdf() before send()")
        process, self._process = self._process, None
        if process is not None:
            pdf, errors = process.communicate()
            said = errors.decode(errors="replace").strip()
            if process.returncode == 0 and pdf:
                if said:  # a warning of its own (the font cache not written)
                    _log.warning("the sheet's second process: %s", said)
                return pdf
            _log.warning(
                "the sheet's second process failed (exit %s), rendering it here: %s",
                process.returncode,
                said,
            )
        from kpm_desktop.reports.renderer import EvaluationSheetRenderer

        sheet, landscape = self._sheet
        return EvaluationSheetRenderer().render(sheet, landscape=landscape)

    def _end_process(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
        if process is not None:
            process.communicate()

    def __enter__(self) -> SheetProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._end_process()


def serve() -> None:
    """The second process: load the renderer and the font, then render the sheet sent.
    It lives for one sheet: no automatic garbage collection while reportlab loads."""
    gc.disable()
    from kpm_desktop.reports.renderer import EvaluationSheetRenderer

    renderer = EvaluationSheetRenderer()
    sheet, landscape = pickle.load(sys.stdin.buffer)
    sys.stdout.buffer.write(renderer.render(sheet, landscape=landscape))
    sys.stdout.buffer.flush()
    # Done: the parent reads until this process ends, and Python's finalization (a
    # garbage collection of everything reportlab loaded) would make it wait ~0.1 s more.
    os._exit(0)
