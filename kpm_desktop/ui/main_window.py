"""The main window: a navigation list on the left, one page per entry on the right.

Pages are built when first shown: a page given as a factory has an empty holder in the
stack until then (`page_at` builds it), so the window paints without building, or even
importing, the pages nobody looked at yet. The window can also start as an empty shell
(start-up paints it before the database opens) and get its pages later (`add_pages`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.ui.common.page import Page

WARNING_STYLE = "color: #b00020; font-weight: bold;"

PageFactory = Callable[[], QWidget]


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
        pages: Sequence[tuple[str, QWidget | PageFactory]],
        settings: QSettings,
        location: str = "",
    ) -> None:
        super().__init__()
        self._settings = settings
        self._pages: dict[int, QWidget] = {}  # the pages built so far, by navigation row
        self._factories: dict[int, tuple[str, PageFactory]] = {}  # those still to build
        self._holders: list[QVBoxLayout] = []  # each row's place in the stack
        self.setWindowTitle(self.tr("KPM Desktop"))
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(150)
        self.stack = QStackedWidget()
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
        self.add_pages(pages)
        self._restore_geometry()

    def add_pages(self, pages: Sequence[tuple[str, QWidget | PageFactory]]) -> None:
        """Appends pages, each a widget or a factory called when the page is first shown;
        the first page is shown when the window had none."""
        for title, page in pages:
            row = self.navigation.count()
            self.navigation.addItem(title)
            holder = QWidget()
            self._holders.append(QVBoxLayout(holder))
            self._holders[row].setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
            if isinstance(page, QWidget):
                self._place(row, title, page)
            else:
                self._factories[row] = (title, page)
        if self.navigation.currentRow() < 0 and self.navigation.count():
            self.navigation.setCurrentRow(0)

    def page_at(self, row: int) -> QWidget:
        """The page of navigation row `row`, built now if it was not yet."""
        if row in self._factories:
            title, build = self._factories.pop(row)
            self._place(row, title, build())
        return self._pages[row]

    def built_pages(self) -> list[QWidget]:
        """The pages built so far, in navigation order."""
        return [self._pages[row] for row in sorted(self._pages)]

    def _place(self, row: int, title: str, page: QWidget) -> None:
        self._holders[row].addWidget(page)
        self._pages[row] = page
        if isinstance(page, Page):
            page.statusTextChanged.connect(lambda text, p=page: self._page_status(p, text))
            self._follow_title(row, title, page)

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

    def set_location(self, location: str) -> None:
        """The database and the signed-in user, right in the status bar."""
        self.location.setText(location)

    def set_warnings(self, warnings: Sequence[tuple[str, str]]) -> None:
        """Warnings that stay in the status bar (demo accounts, a readable database), each
        a short text and the whole message, shown as the tooltip."""
        self.warning.setText(" · ".join(short for short, _ in warnings))
        self.warning.setToolTip("\n\n".join(full for _, full in warnings))
        self.warning.setVisible(bool(warnings))

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page_at(row)
        self.stack.setCurrentIndex(row)
        self.statusBar().showMessage(page.status_text() if isinstance(page, Page) else "")

    def current_page(self) -> QWidget | None:
        """The page shown, None while the window has none."""
        return self._pages.get(self.stack.currentIndex())

    def _page_status(self, page: Page, text: str) -> None:
        if self.current_page() is page:
            self.statusBar().showMessage(text)

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # 1280 x 800, or the screen's free area where that is smaller (1366 x 768)
            free = self.screen().availableGeometry()
            self.resize(min(1280, free.width()), min(800, free.height()))

    def save_state(self) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        for page in self.built_pages():
            if isinstance(page, Page):
                page.save_state()
        self._settings.sync()

    def finish_background_work(self) -> None:
        """Let the pages' workers end before the database closes (quit, smoke runs)."""
        for page in self.built_pages():
            if isinstance(page, Page):
                page.wait_for_workers()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
