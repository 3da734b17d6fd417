"""The lazy table model with a search: the first page first, the count after it (from a
background job); pages read on from their neighbours give the rows the offsets give."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers, SortKey
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.common.lazy_table_model import LazyTableModel
from tests.access_helpers import HR_ADMIN

PAGE = 16


@pytest.fixture
def tables(demo_database: Database) -> CrmTableBrowsers:
    return build_table_browsers(demo_database)


def test_the_first_page_shows_before_the_count_arrives(qtbot, tables) -> None:
    model = LazyTableModel(tables.customers, HR_ADMIN, page_size=PAGE)
    heard: list[tuple[str, int]] = []
    model.pageFetched.connect(lambda page: heard.append(("page", page)))
    model.totalChanged.connect(lambda total: heard.append(("total", total)))
    expected = tables.customers.count(HR_ADMIN, "有限")
    assert expected > PAGE
    with qtbot.waitSignal(model.totalChanged, timeout=10_000):
        model.set_search("有限")
        assert model.counting
        assert model.rowCount() == PAGE
        assert model.index(0, 0).data() is not None
    assert heard == [("page", 0), ("total", expected)]
    assert not model.counting
    assert model.rowCount() == expected


def test_a_short_answer_needs_no_count(qtbot, tables) -> None:
    model = LazyTableModel(tables.customers, HR_ADMIN, page_size=PAGE)
    code = model.index(0, 0).data()
    with qtbot.waitSignal(model.totalChanged, timeout=1_000) as signal:
        model.set_search(code)
    assert signal.args == [1]
    assert not model.counting


def test_the_model_tester_watches_the_rows_the_count_adds(qtmodeltester, qtbot, tables) -> None:
    for name in ("customers", "deals", "tickets"):
        model = LazyTableModel(getattr(tables, name), HR_ADMIN, page_size=PAGE)
        qtmodeltester.check(model)
        model.sort(2, Qt.SortOrder.DescendingOrder)
        with qtbot.waitSignal(model.totalChanged, timeout=10_000):
            model.set_search("1")
        qtmodeltester.check(model)


def test_pages_read_on_from_their_neighbours_match_the_offsets(tables) -> None:
    browser = tables.deals
    closed_on = [spec.key for spec in browser.columns].index("closed_on")  # NULLs and ties
    model = LazyTableModel(browser, HR_ADMIN, page_size=PAGE)
    model.sort(closed_on, Qt.SortOrder.DescendingOrder)
    sort = SortKey("closed_on", descending=True)
    whole = browser.page(HR_ADMIN, 0, model.total + 1, sort).rows
    assert [model.record_id(row) for row in range(model.total)] == [row[0] for row in whole]
    backwards = LazyTableModel(browser, HR_ADMIN, page_size=PAGE)
    backwards.sort(closed_on, Qt.SortOrder.DescendingOrder)
    ids = [backwards.record_id(row) for row in reversed(range(backwards.total))]
    assert ids[::-1] == [row[0] for row in whole]
