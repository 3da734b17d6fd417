"""Hide and show table columns from the header's context menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu


class ColumnChooser:
    """Gives a header a context menu with a check box per column; the last one stays."""

    def __init__(self, header: QHeaderView) -> None:
        self._header = header
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)
        self.menu: QMenu | None = None

    def build_menu(self) -> QMenu:
        header = self._header
        model = header.model()
        menu = QMenu(header)
        menu.setTitle(QCoreApplication.translate("ColumnChooser", "Columns"))
        visible = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        for section in range(header.count()):
            title = model.headerData(section, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(visible != [section])
            action.toggled.connect(lambda shown, s=section: header.setSectionHidden(s, not shown))
        return menu

    def _popup(self, position: QPoint) -> None:
        self.menu = self.build_menu()
        self.menu.popup(self._header.mapToGlobal(position))
