"""One signed-in user at a time: File > Sign out closes the user's main window and asks who
signs in next; the next user gets a main window of their own; nobody signing in ends the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from kpm_desktop.domain.access import Actor
from kpm_desktop.ui.main_window import MainWindow

SignIn = Callable[[], Actor | None]
WindowBuilder = Callable[[Actor], MainWindow]


class Session(QObject):
    """Holds the main window of whoever is signed in."""

    ended = Signal()  # nobody signed in after a sign-out, or File > Quit: the app should quit
    windowOpened = Signal(object)  # MainWindow

    def __init__(
        self, sign_in: SignIn, build_window: WindowBuilder, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._build_window = build_window
        self.window: MainWindow | None = None

    def open(self, actor: Actor) -> MainWindow:
        """Shows a new main window for `actor`."""
        window = self._build_window(actor)
        self.show(window)
        return window

    def show(self, window: MainWindow) -> None:
        """Shows `window` as the signed-in user's (the first one is built at start-up)."""
        window.signOutRequested.connect(self.sign_out)
        window.quitRequested.connect(self.ended)
        self.window = window
        window.show()
        self.windowOpened.emit(window)

    def sign_out(self) -> None:
        """Closes the window as quitting does, then signs in again (the dialog is modal)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Between the two windows none is open: that must not end the app.
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            self.close()
            actor = self._sign_in()
            if actor is None:
                self.ended.emit()
            else:
                self.open(actor)
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    def close(self) -> None:
        """Closes the window once its background work has ended (a running backup too)."""
        window, self.window = self.window, None
        if window is None:
            return
        window.close()
        window.finish_background_work()
        QThreadPool.globalInstance().waitForDone()
        window.deleteLater()
