"""Waiting for a paint: start-up shows the main window's empty shell and lets it paint before
the slow part (the database, the services, the sign-in's password hash); the dashboard
loads its chart library once its figures are painted."""

from __future__ import annotations

from collections.abc import Callable

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


class _NextPaint(QObject):
    """Calls back once, after the widget's next paint or after `longest_ms`."""

    def __init__(self, widget: QWidget, then: Callable[[], None], longest_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(longest_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._call)  # once this paint is done
        return False

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def after_next_paint(
    widget: QWidget, then: Callable[[], None], longest_ms: int = LONGEST_WAIT_MS
) -> None:
    """Calls `then` on the UI thread once `widget` has painted again (at the latest after
    `longest_ms`: a hidden widget does not paint)."""
    _NextPaint(widget, then, longest_ms)
