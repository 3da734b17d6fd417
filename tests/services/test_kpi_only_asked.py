"""A computation runs the SQL of the KPIs it was asked for only.

The statements sent to the database are recorded (SQLAlchemy's `before_cursor_execute`):
asking for revenue must not number first wins, count distinct customers or sum items, nor
read tickets; asking for one service KPI reads only the tickets part it needs. And a KPI
asked for alone has the value it has among all the others.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event

from kpm_desktop.domain.kpi import KPI_DEFINITIONS, ScopeLevel
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from tests.services.kpi_fixture import fill_small_crm

NEW_CUSTOMERS = "row_number()"
DISTINCT = "count(distinct"
ITEMS = ".items"


@pytest.fixture
def kpis(database: Database) -> KpiService:
    fill_small_crm(database)
    return KpiService(database, zone=UTC_ZONE)


@pytest.fixture
def statements(database: Database) -> Iterator[list[str]]:
    """The SQL of every statement executed while the test runs, in lower case."""
    seen: list[str] = []

    def record(_conn, _cursor, statement: str, *_rest: object) -> None:
        seen.append(statement.lower())

    event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    event.remove(database.engine, "before_cursor_execute", record)


def _reading(statements: list[str], table: str) -> list[str]:
    return [s for s in statements if f"from {table}" in s or f"join {table}" in s]


def test_all_kpis_run_every_expensive_part(kpis: KpiService, statements: list[str]) -> None:
    """The markers the other tests look for do appear when everything is asked for."""
    kpis.compute("2026Q3")
    deals = " ".join(_reading(statements, "deals"))
    assert NEW_CUSTOMERS in deals and DISTINCT in deals and ITEMS in deals
    tickets = " ".join(_reading(statements, "service_tickets"))
    assert "first_response_at" in tickets and "resolved_first_contact" in tickets


@pytest.mark.parametrize("level", list(ScopeLevel))
def test_revenue_alone_reads_neither_first_wins_nor_distinct_customers_nor_items(
    kpis: KpiService, statements: list[str], level: ScopeLevel
) -> None:
    kpis.compute("2026Q3", keys=["revenue"], level=level)
    deals = _reading(statements, "deals")
    assert len(deals) == 1
    assert NEW_CUSTOMERS not in deals[0] and DISTINCT not in deals[0] and ITEMS not in deals[0]
    assert not _reading(statements, "service_tickets")
    assert not _reading(statements, "customers")


def test_new_customers_alone_reads_only_the_first_wins(
    kpis: KpiService, statements: list[str]
) -> None:
    kpis.compute("2026Q3", keys=["new_customers"])
    (deals,) = _reading(statements, "deals")
    assert NEW_CUSTOMERS in deals
    assert "amount" not in deals and DISTINCT not in deals and ITEMS not in deals


def test_items_and_distinct_customers_only_for_the_kpis_that_read_them(
    kpis: KpiService, statements: list[str]
) -> None:
    kpis.compute("2026Q3", keys=["items_per_order", "win_rate"])
    (deals,) = _reading(statements, "deals")
    assert ITEMS in deals and DISTINCT not in deals and NEW_CUSTOMERS not in deals
    statements.clear()
    kpis.compute("2026Q3", keys=["purchase_frequency"])
    (deals,) = _reading(statements, "deals")
    assert DISTINCT in deals and ITEMS not in deals and NEW_CUSTOMERS not in deals


def test_one_service_kpi_reads_only_its_part_of_the_tickets(
    kpis: KpiService, statements: list[str]
) -> None:
    kpis.compute("2026Q3", keys=["fcr_rate"])
    (tickets,) = _reading(statements, "service_tickets")
    assert "resolved_first_contact" in tickets
    assert DISTINCT not in tickets and "first_response_at" not in tickets
    assert "satisfaction" not in tickets
    assert not _reading(statements, "deals")
    statements.clear()
    kpis.compute("2026Q3", keys=["repeat_issue_rate"])
    (tickets,) = _reading(statements, "service_tickets")
    assert "repeat_issue" in tickets and DISTINCT not in tickets
    assert "resolved_first_contact" not in tickets and "satisfaction" not in tickets


@pytest.mark.parametrize("level", list(ScopeLevel))
def test_a_kpi_asked_for_alone_has_the_value_it_has_among_all(
    kpis: KpiService, level: ScopeLevel
) -> None:
    everything = {row.code: row.values for row in kpis.compute("2026Q3", level=level).rows}
    for definition in KPI_DEFINITIONS:
        alone = kpis.compute("2026Q3", level=level, keys=[definition.key], compare=True)
        for row in alone.rows:
            assert set(row.values) == {definition.key}
            value = row.values[definition.key]
            expected = everything[row.code][definition.key]
            assert (value.value, value.reason, value.numerator, value.denominator) == (
                expected.value, expected.reason, expected.numerator, expected.denominator,
            )  # fmt: skip
            assert value.details == expected.details


def test_customer_kpis_read_only_the_parts_they_need(
    kpis: KpiService, statements: list[str]
) -> None:
    kpis.compute("2026Q3", keys=["follow_ups"])
    assert _reading(statements, "activities")
    assert not _reading(statements, "customers") and not _reading(statements, "deals")
    statements.clear()
    kpis.compute("2026Q3", keys=["churn_rate"])
    (customers,) = _reading(statements, "customers")
    assert "profile" not in customers and "churned_on" in customers
    assert not _reading(statements, "activities") and not _reading(statements, "deals")
    statements.clear()
    kpis.compute("2026Q3", keys=["clv"])
    assert _reading(statements, "deals") and not _reading(statements, "activities")


@pytest.mark.parametrize("level", [ScopeLevel.DEPARTMENT, ScopeLevel.COMPANY])
def test_marketing_kpis_read_only_the_parts_they_need(
    kpis: KpiService, statements: list[str], level: ScopeLevel
) -> None:
    kpis.compute("2026Q3", keys=["cost_per_lead"], level=level)
    assert _reading(statements, "marketing_spend")
    deals = " ".join(_reading(statements, "deals"))
    # a department's share of the ownerless spend is its share of new customers
    assert (NEW_CUSTOMERS in deals) is (level is ScopeLevel.DEPARTMENT)
    assert "join customers" not in deals and "amount" not in deals
    statements.clear()
    kpis.compute("2026Q3", keys=["marketing_roi"], level=level)
    assert "join customers" in " ".join(_reading(statements, "deals"))
