"""Sales family: deals won and lost in the period, grouped by their owner."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Subquery,
    and_,
    case,
    distinct,
    func,
    type_coerce,
)

from kpm_desktop.domain.crm import DealStatus
from kpm_desktop.domain.kpi_figures import PREVIOUS_REVENUE, SALES
from kpm_desktop.storage.base import Money, table_of
from kpm_desktop.storage.crm_records import DealRecord
from kpm_desktop.storage.kpi_queries.first_wins import first_wins
from kpm_desktop.storage.kpi_queries.grouping import (
    FamilyFigures,
    Grouping,
    PeriodWindow,
    run_combined,
)
from kpm_desktop.storage.kpi_queries.sql_functions import days_between

_deals = table_of(DealRecord)
WON, LOST = DealStatus.WON.value, DealStatus.LOST.value


def _when_won(value: ColumnElement[Any] | int) -> ColumnElement[Any]:
    return case((_deals.c.status == WON, value), else_=0)


def _closed_deals_columns() -> dict[str, ColumnElement[Any]]:
    deals = _deals.c
    has_cycle = and_(deals.status == WON, deals.first_contact_on.is_not(None))
    return {
        "revenue": type_coerce(func.sum(_when_won(deals.amount)), Money),
        "won": func.sum(_when_won(1)),
        "lost": func.sum(case((deals.status == LOST, 1), else_=0)),
        "items": func.sum(_when_won(deals["items"])),
        "won_customers": func.count(distinct(case((deals.status == WON, deals.customer_id)))),
        "cycle_days": func.sum(
            case((has_cycle, days_between(deals.closed_on, deals.first_contact_on)), else_=0)
        ),
        "cycle_deals": func.sum(case((has_cycle, 1), else_=0)),
    }


def closed_deals_part(
    grouping: Grouping, window: PeriodWindow, figures: Collection[str] = SALES.names
) -> Subquery | None:
    """The `figures` of deals won and lost in P (None: none of them asked for)."""
    columns = [
        column.label(name) for name, column in _closed_deals_columns().items() if name in figures
    ]
    if not columns:
        return None
    deals = _deals.c
    return grouping.grouped(
        "closed_deals",
        _deals,
        deals.owner_id,
        columns,
        deals.closed_on >= window.start,
        deals.closed_on <= window.end,
        deals.status.in_((WON, LOST)),
    )


def new_customers_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    """Won deals in P that are their customer's first win ever (ties: the lower id)."""
    firsts = first_wins(window)
    return grouping.grouped(
        "new_customers", firsts, firsts.c.owner_id, [func.count().label("new_customers")]
    )


def sales_parts(
    grouping: Grouping, window: PeriodWindow, figures: Collection[str] = SALES.names
) -> list[Subquery]:
    """The grouped parts that select `figures` (of revenue, won, lost, items,
    won_customers, cycle_days, cycle_deals, new_customers), and no other part."""
    parts = [closed_deals_part(grouping, window, figures)]
    if "new_customers" in figures:
        parts.append(new_customers_part(grouping, window))
    return [part for part in parts if part is not None]


def sales_figures(
    connection: Connection,
    grouping: Grouping,
    window: PeriodWindow,
    figures: Collection[str] = SALES.names,
) -> FamilyFigures:
    family = SALES.only(figures)
    return run_combined(connection, grouping, family, sales_parts(grouping, window, figures))


def revenue_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    """revenue alone, for the growth of a period against the previous one."""
    deals = _deals.c
    return grouping.grouped(
        "revenue",
        _deals,
        deals.owner_id,
        [type_coerce(func.sum(deals.amount), Money).label("revenue")],
        deals.closed_on >= window.start,
        deals.closed_on <= window.end,
        deals.status == WON,
    )


def revenue_figures(
    connection: Connection, grouping: Grouping, window: PeriodWindow
) -> FamilyFigures:
    return run_combined(connection, grouping, PREVIOUS_REVENUE, [revenue_part(grouping, window)])
