"""The main window: a navigation list on the left, one page per entry on the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)


class MainWindow(QMainWindow):
    def __init__(self, pages: Sequence[tuple[str, QWidget]], settings: QSettings) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle(self.tr("KPM Desktop"))
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(150)
        self.stack = QStackedWidget()
        for title, page in pages:
            self.navigation.addItem(title)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar()
        if pages:
            self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
