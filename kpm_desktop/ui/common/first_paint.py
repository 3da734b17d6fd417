"""Waiting for a window's first paint: start-up shows the main window's empty shell and lets
it paint before the slow part (the database, the services, the sign-in's password hash)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

LONGEST_WAIT_MS = 1000  # a window that never paints (shown minimised) holds nothing up longer


class _PaintSpy(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._loop.quit()  # the loop returns once this paint is done and flushed
        return False


def wait_for_first_paint(window: QWidget, longest_ms: int = LONGEST_WAIT_MS) -> None:
    """Runs the event loop until the shown `window` has painted once."""
    loop = QEventLoop()
    spy = _PaintSpy(loop)
    window.installEventFilter(spy)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(longest_ms)
    loop.exec()
    timer.stop()
    window.removeEventFilter(spy)
