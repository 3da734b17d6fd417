"""The GUI's sys.excepthook, installed first at start-up. The crash dialog's module (its
widgets cost tens of milliseconds to load) is imported when the first exception arrives,
so installing the hook adds nothing to the time before the main window paints."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kpm_desktop.ui.common.crash_dialog import CrashHandler


class LazyCrashHandler:
    """Hands every exception to a `crash_dialog.CrashHandler`, made on first use."""

    def __init__(self) -> None:
        self.handler: CrashHandler | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if self.handler is None:
            from kpm_desktop.ui.common.crash_dialog import CrashHandler

            self.handler = CrashHandler()
        self.handler(kind, error, tb)


def install_crash_handler() -> LazyCrashHandler:
    handler = LazyCrashHandler()
    sys.excepthook = handler
    return handler
