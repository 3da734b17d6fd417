"""The two sides of the customer-table benchmark, each one run of the same steps on the
same database: KPM Desktop's customers page, and a QSqlTableModel in a QTableView.

Each step is timed from the action to the paint that shows its result:
- first paint: the page (model and view) made and shown;
- last row: scrolled to the bottom until the real last row is painted (QSqlTableModel
  must fetchMore every row before its last one exists);
- sort by a column: the first paint after the sort, then the last row after it;
- search "华信": the first page painted, then the count known (ours: the background count;
  QSqlTableModel: its filter selected and every matching row fetched, its only count);
- RSS growth: peak RSS of the run over the RSS before it (the peak is reset first).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtSql import QSqlDatabase, QSqlTableModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget

from kpm_desktop.services.crm_tables.table_spec import TableSource
from kpm_desktop.ui.crm_tables.table_page import TablePage, TablePageTexts
from tests.access_helpers import HR_ADMIN

SEARCH = "华信"
SORTED = ("region", "name", "created_on")
# The baseline's search: the same columns ours reads (own text columns, the owner's name).
BASELINE_FILTER = (
    "code LIKE '%{t}%' OR name LIKE '%{t}%' OR industry LIKE '%{t}%' OR region LIKE '%{t}%' "
    "OR source LIKE '%{t}%' OR phone LIKE '%{t}%' "
    "OR owner_id IN (SELECT id FROM staff WHERE name LIKE '%{t}%')"
)
Measures = dict[str, float]


class _Paints(QObject):
    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not get there")


def _timed(action: Callable[[], object], done: Callable[[], bool], paints: _Paints) -> float:
    """Seconds from `action` until `done` holds and a paint followed it."""
    start = time.perf_counter()
    before = paints.count
    action()
    _until(lambda: done() and paints.count > before)
    return time.perf_counter() - start


def reset_peak_rss() -> int:
    """Reset the peak (VmHWM) to the RSS now and return that RSS in KiB."""
    Path("/proc/self/clear_refs").write_text("5")
    return rss_kib("VmRSS")


def rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"{field} missing from /proc/self/status")


def _show(view: QTableView, window: QWidget) -> _Paints:
    paints = _Paints(view.viewport())
    window.resize(1200, 800)
    window.show()
    return paints


def run_ours(browser: TableSource, settings_path: Path) -> Measures:
    settings_path.unlink(missing_ok=True)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    texts = TablePageTexts("customers", lambda n: f"{n:,} customers", "customer")
    before = reset_peak_rss()
    out: Measures = {}
    start = time.perf_counter()
    page = TablePage(browser, HR_ADMIN, texts, settings)
    model, view = page.model, page.view
    paints = _show(view, page)
    _until(lambda: model.cached_page_count() > 0 and paints.count > 0)
    out["first_paint"] = time.perf_counter() - start

    def last_row_shown() -> bool:
        return model.holds_row(model.total - 1)

    out["last_row"] = _timed(view.scrollToBottom, last_row_shown, paints)
    keys = [spec.key for spec in browser.columns]
    for key in SORTED:
        column = keys.index(key)
        view.scrollToTop()
        _until(lambda: model.holds_row(0))
        sort = lambda c=column: view.sortByColumn(c, Qt.SortOrder.AscendingOrder)  # noqa: E731
        out[f"sort_{key}"] = _timed(sort, lambda: model.cached_page_count() > 0, paints)
        out[f"sort_{key}_last_row"] = _timed(view.scrollToBottom, last_row_shown, paints)
    view.scrollToTop()
    start = time.perf_counter()
    before_paints = paints.count
    page.search.setText(SEARCH)
    page.apply_search()
    _until(lambda: paints.count > before_paints)
    out["search_first_page"] = time.perf_counter() - start
    _until(lambda: not model.counting)
    out["search_count"] = time.perf_counter() - start
    out["search_rows"] = model.total
    out["rss_mb"] = (rss_kib("VmHWM") - before) / 1024
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    return out


def _fetch_all(model: QSqlTableModel) -> None:
    while model.canFetchMore():
        model.fetchMore()


def run_baseline(connection_name: str) -> Measures:
    """QSqlTableModel on the `customers` table of the open QSqlDatabase `connection_name`."""
    before = reset_peak_rss()
    out: Measures = {}
    start = time.perf_counter()
    model = QSqlTableModel(None, QSqlDatabase.database(connection_name))
    model.setTable("customers")
    model.select()
    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    paints = _show(view, view)
    _until(lambda: paints.count > 0)
    out["first_paint"] = time.perf_counter() - start

    def to_last_row() -> None:
        _fetch_all(model)
        view.scrollToBottom()

    out["last_row"] = _timed(to_last_row, lambda: not model.canFetchMore(), paints)
    for key in SORTED:
        column = model.fieldIndex({"owner_no": "owner_id"}.get(key, key))

        view.scrollToTop()
        QApplication.processEvents()

        def sort(c: int = column) -> None:
            model.setSort(c, Qt.SortOrder.AscendingOrder)
            model.select()

        out[f"sort_{key}"] = _timed(sort, lambda: True, paints)
        out[f"sort_{key}_last_row"] = _timed(to_last_row, lambda: not model.canFetchMore(), paints)
    view.scrollToTop()
    start = time.perf_counter()
    before_paints = paints.count
    model.setFilter(BASELINE_FILTER.format(t=SEARCH))
    model.select()
    _until(lambda: paints.count > before_paints)
    out["search_first_page"] = time.perf_counter() - start
    _fetch_all(model)
    out["search_count"] = time.perf_counter() - start
    out["search_rows"] = model.rowCount()
    out["rss_mb"] = (rss_kib("VmHWM") - before) / 1024
    view.close()
    view.deleteLater()
    model.deleteLater()
    QApplication.processEvents()
    return out
