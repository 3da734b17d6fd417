"""Sales family: deals won and lost in the period, grouped by their owner."""

from __future__ import annotations

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
    type_coerce,
)

from kpm_desktop.domain.crm import DealStatus
from kpm_desktop.domain.kpi_figures import PREVIOUS_REVENUE, SALES
from kpm_desktop.storage.base import Money, table_of
from kpm_desktop.storage.crm_records import DealRecord
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


def closed_deals_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    deals = _deals.c
    has_cycle = and_(deals.status == WON, deals.first_contact_on.is_not(None))
    columns = [
        type_coerce(func.sum(_when_won(deals.amount)), Money).label("revenue"),
        func.sum(_when_won(1)).label("won"),
        func.sum(case((deals.status == LOST, 1), else_=0)).label("lost"),
        func.sum(_when_won(deals["items"])).label("items"),
        func.count(distinct(case((deals.status == WON, deals.customer_id)))).label("won_customers"),
        func.sum(
            case((has_cycle, days_between(deals.closed_on, deals.first_contact_on)), else_=0)
        ).label("cycle_days"),
        func.sum(case((has_cycle, 1), else_=0)).label("cycle_deals"),
    ]
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
    first = _deals.alias("first_win")
    later = _deals.alias("earlier_win")
    earlier_win = exists().where(
        later.c.customer_id == first.c.customer_id,
        later.c.status == WON,
        later.c.closed_on.is_not(None),
        or_(
            later.c.closed_on < first.c.closed_on,
            and_(later.c.closed_on == first.c.closed_on, later.c.id < first.c.id),
        ),
    )
    return grouping.grouped(
        "new_customers",
        first,
        first.c.owner_id,
        [func.count().label("new_customers")],
        first.c.status == WON,
        first.c.closed_on >= window.start,
        first.c.closed_on <= window.end,
        ~earlier_win,
    )


def sales_parts(grouping: Grouping, window: PeriodWindow) -> list[Subquery]:
    """revenue, won, lost, items, won_customers, cycle_days, cycle_deals, new_customers."""
    return [closed_deals_part(grouping, window), new_customers_part(grouping, window)]


def sales_figures(
    connection: Connection, grouping: Grouping, window: PeriodWindow
) -> FamilyFigures:
    return run_combined(connection, grouping, SALES, sales_parts(grouping, window))


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
