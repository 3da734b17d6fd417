"""One signed-in user at a time: File > Sign out closes the user's main window and asks who
signs in next; the next user gets a main window of their own; nobody signing in ends the app.

View > Language rebuilds the main window in the new language for the same user, on the same
page. Windows of its own that are open (appraisal forms, the template editor, dialogs) may
hold unsaved edits, and the app does not know which: while any is open the window is kept
as it is, and the user is told to close them first (the choice is saved for the next start).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from kpm_desktop.domain.access import Actor
from kpm_desktop.ui.main_window import MainWindow

SignIn = Callable[[], Actor | None]
WindowBuilder = Callable[[Actor], MainWindow]
LanguageInstaller = Callable[[], object]  # installs the translators of the saved language


class Session(QObject):
    """Holds the main window of whoever is signed in."""

    ended = Signal()  # nobody signed in after a sign-out, or File > Quit: the app should quit
    windowOpened = Signal(object)  # MainWindow

    def __init__(
        self,
        sign_in: SignIn,
        build_window: WindowBuilder,
        install_language: LanguageInstaller | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._build_window = build_window
        self._install_language = install_language
        self.window: MainWindow | None = None
        self.actor: Actor | None = None

    def open(self, actor: Actor) -> MainWindow:
        """Shows a new main window for `actor`."""
        window = self._build_window(actor)
        self.show(window, actor)
        return window

    def show(self, window: MainWindow, actor: Actor) -> None:
        """Shows `window` as `actor`'s (the first one is built at start-up)."""
        window.signOutRequested.connect(self.sign_out)
        window.quitRequested.connect(self.ended)
        window.languageChangeRequested.connect(self.switch_language)
        self.window, self.actor = window, actor
        window.show()
        self.windowOpened.emit(window)

    def sign_out(self) -> None:
        """Closes the window as quitting does, then signs in again (the dialog is modal)."""
        with _between_windows():
            self.close()
            actor = self._sign_in()
            if actor is None:
                self.ended.emit()
            else:
                self.open(actor)

    def switch_language(self) -> bool:
        """The main window built again in the language just saved, on the same page; False
        (and a note in the status bar) while other windows of it are open."""
        window, actor = self.window, self.actor
        if window is None or actor is None or self._install_language is None:
            return False
        if open_windows(window):
            window.statusBar().showMessage(
                self.tr(
                    "Close the other open windows (appraisal forms, editors, dialogs) and "
                    "choose the language again to switch now; otherwise it changes at the "
                    "next start."
                ),
                20_000,
            )
            return False
        row = window.navigation.currentRow()
        with _between_windows():
            self.close()
            self._install_language()
            rebuilt = self.open(actor)
        rebuilt.navigation.setCurrentRow(row)
        return True

    def close(self) -> None:
        """Closes the window once its background work has ended (a running backup too)."""
        window, self.window = self.window, None
        if window is None:
            return
        window.close()
        window.finish_background_work()
        QThreadPool.globalInstance().waitForDone()
        window.deleteLater()


def open_windows(window: MainWindow) -> list[QWidget]:
    """The visible windows that belong to `window` (its menus aside)."""
    return [
        child
        for child in window.findChildren(QWidget)
        if child.isWindow() and child.isVisible() and not isinstance(child, QMenu)
    ]


@contextmanager
def _between_windows() -> Iterator[None]:
    """Between two main windows none is open: that must not end the app."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        yield
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
