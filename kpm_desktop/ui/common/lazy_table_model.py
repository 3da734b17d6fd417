"""A table model that reads rows from a table browser one page at a time, as one user sees it.

rowCount is the SQL count; a row's page is read when the view first asks for it, and only
the most recently used pages are kept, so memory stays flat however far the user scrolls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.lru import LruCache
from kpm_desktop.services.crm_tables.table_spec import SortKey, TableSource, ValueKind
from kpm_desktop.ui.common.table_labels import display_text, translated

Index = QModelIndex | QPersistentModelIndex
NUMERIC_KINDS = (ValueKind.INTEGER, ValueKind.MONEY)
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole


class LazyTableModel(QAbstractTableModel):
    pageFetched = Signal(int)  # page number
    totalChanged = Signal(int)

    def __init__(
        self,
        browser: TableSource,
        actor: Actor,
        page_size: int = 200,
        cached_pages: int = 40,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.browser = browser
        self.actor = actor
        self._columns = browser.columns
        self._headers = [translated(spec.header) for spec in self._columns]
        self._page_size = page_size
        self._pages: LruCache[int, list[tuple[object, ...]]] = LruCache(cached_pages)
        self._sort: SortKey | None = None
        self._search = ""
        self._filters: dict[str, str] = {}
        self._total = browser.count(actor)

    @property
    def search(self) -> str:
        return self._search

    @property
    def filters(self) -> dict[str, str]:
        return dict(self._filters)

    @property
    def sort_key(self) -> SortKey | None:
        return self._sort

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
            RAW_VALUE_ROLE,
        ):
            return None
        kind = self._columns[index.column()].kind
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind in NUMERIC_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.row_values(index.row())
        if row is None:
            return None
        value = row[index.column() + 1]
        return value if role == RAW_VALUE_ROLE else display_text(kind, value)

    def record_id(self, row: int) -> int | None:
        values = self.row_values(row)
        return None if values is None else int(values[0])  # type: ignore[call-overload]

    def row_values(self, row: int) -> tuple[object, ...] | None:
        if not 0 <= row < self._total:
            return None
        page_number, position = divmod(row, self._page_size)
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch(page_number)
        return page[position] if position < len(page) else None

    def _fetch(self, page_number: int) -> list[tuple[object, ...]]:
        offset = page_number * self._page_size
        rows = self.browser.page(
            self.actor,
            offset,
            self._page_size,
            self._sort,
            self._search,
            total=self._total,
            filters=self._filters,
        ).rows
        self._pages.put(page_number, rows)
        self.pageFetched.emit(page_number)
        return rows

    def cached_page_count(self) -> int:
        return len(self._pages)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = None
        if 0 <= column < len(self._columns):
            descending = order == Qt.SortOrder.DescendingOrder
            key = SortKey(self._columns[column].key, descending)
        if key == self._sort:
            return
        self.beginResetModel()
        self._sort = key
        self._pages.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text.strip() == self._search:
            return
        self._search = text.strip()
        self.refresh()

    def set_filters(self, filters: dict[str, str]) -> None:
        """Show only rows whose column `key` shows `value`, for each item (with the search)."""
        if filters == self._filters:
            return
        self._filters = dict(filters)
        self.refresh()

    def refresh(self) -> None:
        """Read the count again and forget every page (after an edit, or F5)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = self.browser.count(self.actor, self._search, self._filters)
        self.endResetModel()
        self.totalChanged.emit(self._total)
