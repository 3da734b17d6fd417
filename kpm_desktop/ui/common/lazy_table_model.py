"""A table model that reads rows from a table browser one page at a time, as one user sees it.

rowCount is the SQL count; a row's page is read when the view first asks for it, and only
the most recently used pages are kept, so memory stays flat however far the user scrolls.
A page next to one already held is read on from its neighbour's row (keyset paging).

A search or filter shows its first page at once and counts in the background: until
the count arrives (`counting`, then `totalChanged`) the rows are those of the first page;
a first page that is not full is the whole answer and needs no count.
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
from kpm_desktop.services.crm_tables.table_spec import RowAnchor, SortKey, TableSource, ValueKind
from kpm_desktop.ui.common.background_job import Job
from kpm_desktop.ui.common.table_labels import display_text, translated

Index = QModelIndex | QPersistentModelIndex
NUMERIC_KINDS = (ValueKind.INTEGER, ValueKind.MONEY)
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole


class LazyTableModel(QAbstractTableModel):
    pageFetched = Signal(int)  # page number
    totalChanged = Signal(int)
    countFailed = Signal(str)  # a message fit to show

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
        self._count_job: Job | None = None
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
        """The rows shown: the count, or the first page's while `counting`."""
        return self._total

    @property
    def counting(self) -> bool:
        return self._count_job is not None

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
            total=None if self.counting else self._total,
            filters=self._filters,
            anchor=self._anchor(page_number),
        ).rows
        self._pages.put(page_number, rows)
        self.pageFetched.emit(page_number)
        return rows

    def _anchor(self, page_number: int) -> RowAnchor | None:
        """The row next to the page, when a neighbouring page is held."""
        before = self._pages.get(page_number - 1) if page_number > 0 else None
        if before:
            row = before[-1]
            return RowAnchor(int(row[0]), page_number * self._page_size - 1)  # type: ignore[call-overload]
        after = self._pages.get(page_number + 1)
        if after:
            row = after[0]
            return RowAnchor(int(row[0]), (page_number + 1) * self._page_size)  # type: ignore[call-overload]
        return None

    def holds_row(self, row: int) -> bool:
        """Whether the page of `row` is held (read, not yet forgotten), without reading it."""
        return 0 <= row < self._total and row // self._page_size in self._pages

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
        """Read the rows again (after an edit, a new search or filter, or F5) and forget
        every page. With a search or filter, the first page is shown at once and the count
        follows from the background."""
        self._stop_counting()
        if not (self._search or self._filters):
            # The whole table's count is one pass over its smallest index: no wait needed.
            self.beginResetModel()
            self._pages.clear()
            self._total = self.browser.count(self.actor)
            self.endResetModel()
            self.totalChanged.emit(self._total)
            return
        self.beginResetModel()
        self._pages.clear()
        first = self.browser.page(
            self.actor, 0, self._page_size, self._sort, self._search, filters=self._filters
        ).rows
        self._pages.put(0, first)
        self._total = len(first)
        self.endResetModel()
        self.pageFetched.emit(0)
        if len(first) < self._page_size:
            self.totalChanged.emit(self._total)
            return
        browser, actor, search = self.browser, self.actor, self._search
        filters = dict(self._filters)
        job = Job(self, lambda _control: browser.count(actor, search, filters), name="table count")
        job.finished.connect(self._counted)
        job.failed.connect(self._count_failed)
        self._count_job = job
        job.start()

    def _stop_counting(self) -> None:
        if self._count_job is not None:
            self._count_job.discard()
            self._count_job = None

    def _counted(self, total: int) -> None:
        self._count_job = None
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        self.totalChanged.emit(self._total)

    def _count_failed(self, message: str, _error: object) -> None:
        self._count_job = None
        self.countFailed.emit(message)
        self.totalChanged.emit(self._total)
