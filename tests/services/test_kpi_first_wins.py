"""New customers from the first-win query against the definition worked out in Python.

docs/kpis.md: a customer's first won deal ever (earliest closed date, lower id on a tie)
counts in the period of its closed date, for that deal's owner. Deals drawn at random
with many same-day wins, wins without a closed date, lost and open deals, and owners
that differ between a customer's deals.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.domain.period import Period
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord, DealRecord, DepartmentRecord, StaffRecord

STAFF = 4
CUSTOMERS = 30
PERIODS = ("2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026-08", "2026H1", "2026")
Deal = tuple[int, int, int, str, date | None]  # id, customer, owner, status, closed on


def _draw(seed: int) -> list[Deal]:
    rng = random.Random(seed)
    days = [date(2025, 10, 1) + timedelta(days=rng.randrange(0, 460, 7)) for _ in range(12)]
    ids = rng.sample(range(1, 10_000), 150)  # ids not in closing order
    deals = []
    for deal_id in ids:
        status = rng.choice(("won", "won", "won", "lost", "open"))
        closed = None if status == "open" or rng.random() < 0.1 else rng.choice(days)
        deals.append((deal_id, rng.randint(1, CUSTOMERS), rng.randint(1, STAFF), status, closed))
    return deals


def _expected(deals: list[Deal], period: Period) -> Counter[int]:
    """Owner -> customers whose first win ever (closed date, then id) is in `period`."""
    first: dict[int, tuple[date, int, int]] = {}
    for deal_id, customer, owner, status, closed in deals:
        if status == "won" and closed is not None:
            first[customer] = min(first.get(customer, (closed, deal_id, owner)),
                                  (closed, deal_id, owner))  # fmt: skip
    return Counter(
        owner for closed, _id, owner in first.values() if period.start <= closed <= period.end
    )


def _fill(database: Database, deals: list[Deal]) -> None:
    with database.unit_of_work() as uow:
        s = uow.session
        s.add(DepartmentRecord(id=1, code="D1", name="销售部"))
        s.flush()
        s.add_all(
            StaffRecord(id=n, employee_no=f"E{n}", name=f"员工{n}", department_id=1)
            for n in range(1, STAFF + 1)
        )
        s.flush()
        s.add_all(
            CustomerRecord(
                id=n, code=f"C{n}", name=f"客户{n}", owner_id=1, created_on=date(2025, 1, 1)
            )
            for n in range(1, CUSTOMERS + 1)
        )
        s.flush()
        s.add_all(
            DealRecord(
                id=deal_id,
                code=f"D{deal_id}",
                customer_id=customer,
                owner_id=owner,
                stage="x",
                status=status,
                amount=Decimal(1),
                items=1,
                created_on=date(2025, 9, 1),
                closed_on=closed,
            )
            for deal_id, customer, owner, status, closed in deals
        )
        uow.commit()


@pytest.mark.parametrize("seed", [3, 11])
def test_new_customers_match_the_definition(database: Database, seed: int) -> None:
    deals = _draw(seed)
    _fill(database, deals)
    kpis = KpiService(database, zone=UTC_ZONE)
    credited = 0
    for text in PERIODS:
        period = Period.parse(text)
        expected = _expected(deals, period)
        table = kpis.compute(period, keys=["new_customers"])
        got = {row.record_id: row.values["new_customers"].value for row in table.rows}
        assert got == {n: expected.get(n, 0) for n in range(1, STAFF + 1)}, text
        company = kpis.compute(period, keys=["new_customers"], level=ScopeLevel.COMPANY)
        assert company.rows[0].values["new_customers"].value == sum(expected.values())
        credited += sum(expected.values())
    assert credited > 10  # the draw has first wins in the periods checked
