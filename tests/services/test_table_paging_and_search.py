"""Pages read by keyset agree with pages read by OFFSET (ties, NULLs, both directions,
after edits); search matches the rows the old LIKE over every shown text column matched,
for long and short terms; the search index follows every write path."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from kpm_desktop.domain.import_columns import ValueType
from kpm_desktop.services.crm_tables.table_browser import TableBrowser, build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers, RowAnchor, SortKey
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage import crm_table_search
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord, ServiceTicketRecord
from tests.access_helpers import HR_ADMIN
from tests.services.import_helpers import write_csv

PAGE = 23
SORTS = {
    "customers": ("region", "owner_no", "name", "created_on"),
    "deals": ("stage", "closed_on", "amount", "customer_code"),
    "tickets": ("satisfaction", "first_response_at", "complaint", "staff_no"),
}


@pytest.fixture
def tables(demo_database: Database) -> CrmTableBrowsers:
    # Some customers without an owner and tickets without a rating: NULLs in sorted columns.
    with demo_database.unit_of_work() as uow:
        uow.session.execute(
            update(CustomerRecord).where(CustomerRecord.id % 7 == 0).values(owner_id=None)
        )
        uow.session.execute(
            update(ServiceTicketRecord)
            .where(ServiceTicketRecord.id % 5 == 0)
            .values(satisfaction=None)
        )
        uow.session.commit()
    return build_table_browsers(demo_database)


def _by_offset(browser: TableBrowser, sort: SortKey | None, search: str = "") -> list[int]:
    total = browser.count(HR_ADMIN, search)
    return [row[0] for row in browser.page(HR_ADMIN, 0, total + 1, sort, search).rows]


def _forward(
    browser: TableBrowser, sort: SortKey | None, total: int, search: str = ""
) -> list[int]:
    ids: list[int] = []
    anchor = None
    for start in range(0, total, PAGE):
        rows = browser.page(HR_ADMIN, start, PAGE, sort, search, total, anchor=anchor).rows
        ids.extend(row[0] for row in rows)
        anchor = RowAnchor(rows[-1][0], start + len(rows) - 1)
    return ids


def _backward(browser: TableBrowser, sort: SortKey | None, total: int) -> list[int]:
    ids: list[int] = []
    end = total
    anchor = None
    while end > 0:
        start = max(0, end - PAGE)
        rows = browser.page(HR_ADMIN, start, end - start, sort, total=total, anchor=anchor).rows
        ids[:0] = [row[0] for row in rows]
        anchor = RowAnchor(rows[0][0], start)
        end = start
    return ids


@pytest.mark.parametrize("table", sorted(SORTS))
def test_keyset_pages_agree_with_offset_pages_in_both_directions(tables, table: str) -> None:
    browser = getattr(tables, table)
    total = browser.count(HR_ADMIN)
    for key in (None, *SORTS[table]):
        for descending in (False, True):
            sort = None if key is None else SortKey(key, descending)
            whole = _by_offset(browser, sort)
            assert len(whole) == len(set(whole)) == total
            assert _forward(browser, sort, total) == whole, sort
            assert _backward(browser, sort, total) == whole, sort


def test_ties_are_broken_by_id_in_the_sorts_direction(tables) -> None:
    position = [c.key for c in tables.customers.columns].index("region") + 1
    for descending in (False, True):
        sort = SortKey("region", descending)
        rows = tables.customers.page(HR_ADMIN, 0, 1000, sort).rows
        keys = [(row[position], row[0]) for row in rows]
        assert keys == sorted(keys, reverse=descending)
        assert len({region for region, _id in keys}) < len(keys)  # there are ties


def test_keyset_pages_after_edits_move_the_edited_row(tables) -> None:
    browser = tables.customers
    sort = SortKey("region")
    total = browser.count(HR_ADMIN)
    first = browser.page(HR_ADMIN, 0, PAGE, sort, total=total).rows
    moved = first[3][0]
    raw = browser.form_values(HR_ADMIN, moved)
    browser.update(HR_ADMIN, moved, {**raw, "region": "龘"})
    assert _forward(browser, sort, total) == _by_offset(browser, sort)
    assert _by_offset(browser, sort).index(moved) != 3
    # An anchor row that is gone: the page is read by OFFSET instead.
    gone = RowAnchor(10_000_000, PAGE - 1)
    rows = browser.page(HR_ADMIN, PAGE, PAGE, sort, total=total, anchor=gone).rows
    assert [row[0] for row in rows] == _by_offset(browser, sort)[PAGE : 2 * PAGE]


def _searched_values(browser: TableBrowser, row: tuple[object, ...]) -> list[str]:
    kinds = (ValueType.TEXT, ValueType.CHOICE)
    definition = browser._table.definition
    listed = {c.field for c in definition.columns if c.listed and c.type in kinds}
    return [
        str(value)
        for spec, value in zip(browser.columns, row[1:], strict=True)
        if spec.key in listed and value is not None
    ]


def _like_matches(browser: TableBrowser, term: str) -> list[int]:
    """What the old search matched: any shown text column containing the term, ignoring
    the case of ASCII letters."""
    rows = browser.page(HR_ADMIN, 0, browser.count(HR_ADMIN) + 1).rows
    needle = term.lower()
    return [
        row[0] for row in rows if any(needle in v.lower() for v in _searched_values(browser, row))
    ]


def _terms(tables: CrmTableBrowsers) -> list[str]:
    customer = dict((spec.key, value) for spec, value in tables.customers.details(HR_ADMIN, 1))
    name, owner, code = str(customer["name"]), str(customer["owner_no"]), str(customer["code"])
    return [
        name[:1], name[:2], name[1:3], name[2:6], owner[:2], owner, code[:5].lower(),
        code, "有限公司", "服务", "won", "WON", "50%", "x_y", "华信",
    ]  # fmt: skip


@pytest.mark.parametrize("table", ["customers", "deals", "tickets"])
def test_search_matches_what_like_matched(tables, table: str) -> None:
    browser = getattr(tables, table)
    for term in _terms(tables):
        expected = _like_matches(browser, term)
        assert _by_offset(browser, None, term) == expected, term
        assert browser.count(HR_ADMIN, term) == len(expected), term


def _found(browser: TableBrowser, term: str) -> list[int]:
    return _by_offset(browser, None, term)


def test_the_search_index_follows_adds_edits_and_deletes(tables) -> None:
    browser = tables.customers
    raw = {"code": "C9100001", "name": "苏州琥珀星辰有限公司", "created_on": "2026-09-01"}
    added = browser.add(HR_ADMIN, raw)
    assert _found(browser, "琥珀星辰") == [added]
    assert _found(browser, "琥珀") == [added]
    browser.update(
        HR_ADMIN, added, {**browser.form_values(HR_ADMIN, added), "name": "苏州蓝鲸有限公司"}
    )
    assert _found(browser, "琥珀星辰") == []
    assert _found(browser, "蓝鲸有限") == [added]
    browser.delete(HR_ADMIN, added)
    assert _found(browser, "蓝鲸有限") == []


def test_the_search_index_follows_an_import(
    tables, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["customer_code", "customer_name", "created_on", "region"],
        ["N801", "宁波翡翠湾贸易有限公司", "2026-07-01", "华东"],
        ["N802", "温州翡翠湾物流有限公司", "2026-07-02", "华东"],
    ]
    service = ImportService(demo_database)
    service.import_file(HR_ADMIN, write_csv(tmp_path / "a.csv", rows), "customers")
    assert len(_found(tables.customers, "翡翠湾")) == 2
    rows[2][1] = "温州月光港物流有限公司"
    service.import_file(HR_ADMIN, write_csv(tmp_path / "b.csv", rows), "customers")
    assert len(_found(tables.customers, "翡翠湾")) == 1
    assert len(_found(tables.customers, "月光港物流")) == 1


def test_a_common_term_pages_by_walking_the_sort_order_and_matches_the_same(
    tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crm_table_search, "COMMON_MATCHES", 3)
    for table in ("customers", "deals", "tickets"):
        browser = getattr(tables, table)
        for term in ("有限公司", "won", "00"):
            expected = _like_matches(browser, term)
            assert _by_offset(browser, None, term) == expected, term
            total = len(expected)
            sort = SortKey(browser.columns[1].key, descending=True)
            assert _forward(browser, sort, total, term) == _by_offset(browser, sort, term)
