"""Customers family: the customer base of each owner, its follow-ups, and the CLV year.

A customer's owner is its current owner; follow-ups belong to whoever logged them.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from functools import reduce
from operator import add
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Subquery,
    and_,
    case,
    distinct,
    exists,
    func,
    or_,
    select,
    type_coerce,
)

from kpm_desktop.domain.crm import REQUIRED_PROFILE_FIELDS, DealStatus
from kpm_desktop.domain.kpi_figures import CUSTOMERS
from kpm_desktop.storage.base import Money, table_of
from kpm_desktop.storage.crm_records import ActivityRecord, CustomerRecord, DealRecord
from kpm_desktop.storage.kpi_queries.grouping import (
    FamilyFigures,
    Grouping,
    PeriodWindow,
    run_combined,
)

_customers = table_of(CustomerRecord)
_deals = table_of(DealRecord)
_activities = table_of(ActivityRecord)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.sum(case((condition, 1), else_=0))


def _active_on(day: date) -> ColumnElement[bool]:
    """Created before `day` and not churned before it."""
    c = _customers.c
    return and_(c.created_on < day, or_(c.churned_on.is_(None), c.churned_on >= day))


def base_part(
    grouping: Grouping,
    window: PeriodWindow,
    year: PeriodWindow,
    figures: Collection[str] = CUSTOMERS.names,
) -> Subquery | None:
    """The `figures` of the customer base (None: none of them asked for)."""
    c = _customers.c
    created_in_p = c.created_on.between(window.start, window.end)
    owned_at_end = _active_on(window.end + timedelta(days=1))
    filled = reduce(add, (case((c[name] != "", 1), else_=0) for name in REQUIRED_PROFILE_FIELDS))
    start_base = _active_on(window.start)
    columns = {
        "created": _count_if(created_in_p),
        "start_base": _count_if(start_base),
        "churned": _count_if(and_(start_base, c.churned_on <= window.end)),
        "end_base": _count_if(owned_at_end),
        "profile_filled": func.sum(case((owned_at_end, filled), else_=0)),
        "year_start_base": _count_if(_active_on(year.start)),
        "year_churned": _count_if(and_(_active_on(year.start), c.churned_on <= year.end)),
    }
    asked = [column.label(name) for name, column in columns.items() if name in figures]
    if not asked:
        return None
    # No WHERE on purpose: nearly every customer counts, and a plain scan beats the
    # created_on index plus a table lookup per row.
    return grouping.grouped("customer_base", _customers, c.owner_id, asked, use_staff_index=False)


def conversion_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    """Leads (customers created in P) with a won deal closed by the end of P."""
    c = _customers.c
    won_by_end = exists().where(
        _deals.c.customer_id == c.id,
        _deals.c.status == DealStatus.WON.value,
        _deals.c.closed_on <= window.end,
    )
    return grouping.grouped(
        "conversion",
        _customers,
        c.owner_id,
        [func.count().label("converted")],
        c.created_on >= window.start,
        c.created_on <= window.end,
        won_by_end,
    )


def coverage_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    """Customers owned at the end of P with an activity in P, from the activities side:
    a quarter's activities are far fewer than the customers."""
    c, a = _customers.c, _activities.c
    followed = (
        select(a.customer_id)
        .where(a.occurred_at >= window.start_at, a.occurred_at < window.end_before)
        .distinct()
        .subquery("followed")
    )
    source = _customers.join(followed, followed.c.customer_id == c.id)
    return grouping.grouped(
        "coverage",
        source,
        c.owner_id,
        [func.count().label("covered")],
        c.created_on <= window.end,
        or_(c.churned_on.is_(None), c.churned_on > window.end),
    )


def follow_ups_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    a = _activities.c
    return grouping.grouped(
        "follow_ups",
        _activities,
        a.staff_id,
        [func.count().label("follow_ups")],
        a.occurred_at >= window.start_at,
        a.occurred_at < window.end_before,
    )


def year_deals_part(grouping: Grouping, year: PeriodWindow) -> Subquery:
    d = _deals.c
    columns: list[ColumnElement[Any]] = [
        type_coerce(func.sum(d.amount), Money).label("year_revenue"),
        func.count(distinct(d.customer_id)).label("year_customers"),
    ]
    return grouping.grouped(
        "year_deals",
        _deals,
        d.owner_id,
        columns,
        d.closed_on >= year.start,
        d.closed_on <= year.end,
        d.status == DealStatus.WON.value,
    )


def customer_parts(
    grouping: Grouping,
    window: PeriodWindow,
    year: PeriodWindow,
    figures: Collection[str] = CUSTOMERS.names,
) -> list[Subquery]:
    """The grouped parts that select `figures`, and no other part; `year` is the 12 months
    ending with the period (for clv)."""
    parts = [base_part(grouping, window, year, figures)]
    if "converted" in figures:
        parts.append(conversion_part(grouping, window))
    if "covered" in figures:
        parts.append(coverage_part(grouping, window))
    if "follow_ups" in figures:
        parts.append(follow_ups_part(grouping, window))
    if "year_revenue" in figures or "year_customers" in figures:
        parts.append(year_deals_part(grouping, year))
    return [part for part in parts if part is not None]


def customer_figures(
    connection: Connection,
    grouping: Grouping,
    window: PeriodWindow,
    year: PeriodWindow,
    figures: Collection[str] = CUSTOMERS.names,
) -> FamilyFigures:
    """The customer `figures` only: the SQL of the others does not run."""
    family = CUSTOMERS.only(figures)
    return run_combined(
        connection, grouping, family, customer_parts(grouping, window, year, figures)
    )
