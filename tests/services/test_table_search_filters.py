"""Table search over every text column shown (joined names included) and column filters,
alone and combined with search, scoped like the rows."""

import pytest

from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN


@pytest.fixture
def tables(demo_database: Database) -> CrmTableBrowsers:
    return build_table_browsers(demo_database)


def _rows(browser, search="", filters=None):
    total = browser.count(HR_ADMIN, search, filters)
    rows = browser.page(HR_ADMIN, 0, total + 10, search=search, filters=filters).rows
    assert len(rows) == total
    return rows


def _column(browser, key: str) -> int:
    """A column's place in a row (the id comes first)."""
    return [spec.key for spec in browser.columns].index(key) + 1


def test_staff_search_finds_a_department_by_name(tables) -> None:
    department = _column(tables.staff, "department_code")
    rows = _rows(tables.staff, "销售一部")
    assert rows
    assert all(row[department] == "销售一部" for row in rows)
    assert len(rows) == tables.staff.count(HR_ADMIN, filters={"department_code": "销售一部"})


def test_customer_search_finds_a_region(tables) -> None:
    region = _column(tables.customers, "region")
    rows = _rows(tables.customers, "华东")
    in_region = _rows(tables.customers, filters={"region": "华东"})
    assert in_region
    assert all(row[region] == "华东" for row in in_region)
    assert {row[0] for row in in_region} <= {row[0] for row in rows}


def test_search_reads_joined_owner_and_supervisor_names(tables) -> None:
    owner = _column(tables.customers, "owner_no")
    some_owner = _rows(tables.customers)[0][owner]
    assert all(
        some_owner in " ".join(map(str, row[1:])) for row in _rows(tables.customers, some_owner)
    )
    assert _rows(tables.customers, some_owner)
    supervisor = _column(tables.staff, "supervisor_no")
    boss = next(row[supervisor] for row in _rows(tables.staff) if row[supervisor])
    assert any(row[supervisor] == boss for row in _rows(tables.staff, boss))


def test_search_leaves_hidden_columns_out(tables) -> None:
    hidden = {spec.key for spec in tables.customers.columns if not spec.shown_by_default}
    assert "address" in hidden
    address = tables.customers.form_values(HR_ADMIN, 1)["address"]
    assert address
    assert 1 not in {row[0] for row in _rows(tables.customers, address)}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("staff", "department_code"),
        ("staff", "position"),
        ("staff", "supervisor_no"),
        ("customers", "region"),
        ("customers", "source"),
        ("customers", "industry"),
        ("customers", "owner_no"),
        ("deals", "stage"),
        ("deals", "status"),
        ("deals", "owner_no"),
        ("tickets", "staff_no"),
    ],
)
def test_each_filter_keeps_the_rows_showing_its_value(tables, name, key) -> None:
    browser = getattr(tables, name)
    assert key in [spec.key for spec in browser.filters]
    values = browser.filter_values(HR_ADMIN, key)
    assert values and len(values) == len(set(values)) and "" not in values
    column = _column(browser, key)
    counted = 0
    for value in values[:3]:
        rows = _rows(browser, filters={key: value})
        assert rows and all(row[column] == value for row in rows)
        counted += len(rows)
    assert counted <= browser.count(HR_ADMIN)


def test_filters_and_search_combine(tables) -> None:
    region, source = _column(tables.customers, "region"), _column(tables.customers, "source")
    first_source = tables.customers.filter_values(HR_ADMIN, "source")[0]
    both = {"region": "华东", "source": first_source}
    rows = _rows(tables.customers, filters=both)
    assert all(row[region] == "华东" and row[source] == first_source for row in rows)
    expected = {
        row[0]
        for row in _rows(tables.customers, filters={"region": "华东"})
        if row[source] == first_source
    }
    assert {row[0] for row in rows} == expected
    name = _column(tables.customers, "name")
    fragment = rows[0][name][:2]
    searched = _rows(tables.customers, fragment, both)
    assert searched and all(
        row[region] == "华东" and row[source] == first_source for row in searched
    )
    assert {row[0] for row in searched} <= expected


def test_an_unmatched_filter_finds_nothing(tables) -> None:
    assert tables.customers.count(HR_ADMIN, filters={"region": "火星"}) == 0
    assert _rows(tables.customers, "华东", {"region": "火星"}) == []


def test_the_customer_name_column_names_a_customer(tables) -> None:
    headers = {spec.key: spec.header for spec in tables.customers.columns}
    assert headers["name"] == "Customer name"
    assert headers["code"] == "Customer code"
    assert {spec.key: spec.header for spec in tables.staff.columns}["name"] == "Name"
