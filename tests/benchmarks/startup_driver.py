"""One measured start, run as a subprocess by test_startup_bench.py; prints a wall-clock time.

    python startup_driver.py bare         a bare PySide6 QMainWindow: its first paint
    python startup_driver.py paint ARGS   kpm-desktop ARGS: the main window's first paint
    python startup_driver.py data ARGS    kpm-desktop ARGS: the first paint after the first
                                          page showed its data (the dashboard's KPI
                                          figures: `DashboardPage.figures_shown`)
    python startup_driver.py charts ARGS  kpm-desktop ARGS: the first paint after the
                                          dashboard drew its charts (`DashboardPage.drawn`)

It prints `time.time()` at that moment and ends the process at once; the parent subtracts
the time it started the process, so interpreter start-up and every import are included.
Nothing here is imported by the app: an event filter on the window watches its paints from
outside, as on the bare window.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

SIGNALS = {"data": "figures_shown", "charts": "drawn"}


def _done() -> None:
    print(f"{time.time():.6f}", flush=True)
    os._exit(0)


def _bare() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                _done()
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()


def _app(mode: str, argv: list[str]) -> None:
    from kpm_desktop import app as kpm_app

    start_application = kpm_app._start_application
    watchers: list[Any] = []

    def watched_start() -> Any:
        started = start_application()
        watchers.append(_watcher(mode, started[0]))
        return started

    kpm_app._start_application = watched_start  # type: ignore[assignment]
    kpm_app.main(argv)
    sys.exit("kpm-desktop ended before the moment measured")


def _watcher(mode: str, app: Any) -> Any:
    """Watches the main window's own events from its construction on, as the bare window's
    are; events elsewhere only once the awaited signal came. (A Python filter on the whole
    application would slow what it measures: PySide converts each new kind of event and
    object it passes, ~40 ms before the first paint.)"""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from kpm_desktop.ui.main_window import MainWindow

    class Watcher(QObject):
        reached = False  # the page emitted the signal awaited
        page: Any = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            if isinstance(watched.window(), MainWindow) and (mode == "paint" or self.reached):
                _done()
            return False

        def follow(self, window: MainWindow) -> None:
            row = window.navigation.currentRow()
            if mode == "paint" or self.page is not None or row < 0:  # a shell, no page yet
                return
            page = window.page_at(row)
            signal = getattr(page, SIGNALS[mode], None)
            if signal is None:
                return
            self.page = page
            signal.connect(self._reached)

        def _reached(self) -> None:
            self.reached = True
            app.installEventFilter(self)  # the next paint of whichever widget repaints

    watcher = Watcher()
    init, add_pages = MainWindow.__init__, MainWindow.add_pages

    def watched_init(window: MainWindow, *args: Any, **kwargs: Any) -> None:
        init(window, *args, **kwargs)
        window.installEventFilter(watcher)

    def watched_add_pages(window: MainWindow, pages: Any) -> None:
        add_pages(window, pages)
        watcher.follow(window)

    MainWindow.__init__ = watched_init  # type: ignore[method-assign, assignment]
    MainWindow.add_pages = watched_add_pages  # type: ignore[method-assign, assignment]
    return watcher


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "bare":
        _bare()
    else:
        _app(sys.argv[1], sys.argv[2:])
