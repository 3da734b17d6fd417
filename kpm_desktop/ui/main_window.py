"""The main window: a navigation list on the left, one page per entry on the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from kpm_desktop.ui.common.page import Page

WARNING_STYLE = "color: #b00020; font-weight: bold;"


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's Quit keys, plus Ctrl+Q where the platform has none (Windows)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence("Ctrl+Q")
    return keys if ctrl_q in keys else [*keys, ctrl_q]


class MainWindow(QMainWindow):
    signOutRequested = Signal()
    quitRequested = Signal()
    languageChangeRequested = Signal()  # View > Language: a new language was saved

    def __init__(
        self,
        pages: Sequence[tuple[str, QWidget]],
        settings: QSettings,
        location: str = "",
    ) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle(self.tr("KPM Desktop"))
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(150)
        self.stack = QStackedWidget()
        for row, (title, page) in enumerate(pages):
            self.navigation.addItem(title)
            self.stack.addWidget(page)
            if isinstance(page, Page):
                page.statusTextChanged.connect(lambda text, p=page: self._page_status(p, text))
                self._follow_title(row, title, page)
        self.navigation.currentRowChanged.connect(self.show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.location = QLabel(location)
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.statusBar().addPermanentWidget(self.warning)
        self.statusBar().addPermanentWidget(self.location)
        if pages:
            self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def _follow_title(self, row: int, title: str, page: Page) -> None:
        """The page's entry shows its own title (a count) when it gives one."""
        item = self.navigation.item(row)
        item.setText(page.navigation_title() or title)
        page.navigationTitleChanged.connect(lambda text: item.setText(text or title))

    def add_session_actions(self) -> None:
        """File > Sign out / switch user and File > Quit, at the end of the File menu."""
        self.file_menu.addSeparator()
        self.sign_out_action = QAction(self.tr("Sign &out / switch user..."), self)
        self.sign_out_action.triggered.connect(self.signOutRequested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(quit_shortcuts())
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quitRequested)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.quit_action)
        self.addAction(self.quit_action)  # Ctrl+Q also when the menu bar is native or hidden

    def set_warnings(self, warnings: Sequence[tuple[str, str]]) -> None:
        """Warnings that stay in the status bar (demo accounts, a readable database), each
        a short text and the whole message, shown as the tooltip."""
        self.warning.setText(" · ".join(short for short, _ in warnings))
        self.warning.setToolTip("\n\n".join(full for _, full in warnings))
        self.warning.setVisible(bool(warnings))

    def show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        self.statusBar().showMessage(page.status_text() if isinstance(page, Page) else "")

    def _page_status(self, page: Page, text: str) -> None:
        if self.stack.currentWidget() is page:
            self.statusBar().showMessage(text)

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def save_state(self) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if isinstance(page, Page):
                page.save_state()
        self._settings.sync()

    def finish_background_work(self) -> None:
        """Let the pages' workers end before the database closes (quit, smoke runs)."""
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if isinstance(page, Page):
                page.wait_for_workers()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
