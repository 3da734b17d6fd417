"""Marketing family: spend, sales expense, new and marketing-sourced customers' revenue.

Marketing spend and leads have no owner: they come back as company totals, and the
department share is worked out from them (`kpm_desktop.domain.kpi_formulas`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, Subquery, case, func, select, type_coerce

from kpm_desktop.domain.crm import DealStatus, SpendKind
from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.kpi_figures import COMPANY_SPEND, MARKETING_GROUPED, Figures
from kpm_desktop.storage.base import Money, table_of
from kpm_desktop.storage.crm_records import CustomerRecord, DealRecord, MarketingSpendRecord
from kpm_desktop.storage.kpi_queries.grouping import (
    FamilyFigures,
    Grouping,
    PeriodWindow,
    decimal_figure,
    run_combined,
)
from kpm_desktop.storage.kpi_queries.sales import new_customers_part

_spend = table_of(MarketingSpendRecord)
_deals = table_of(DealRecord)
_customers = table_of(CustomerRecord)


def _inside(window: PeriodWindow) -> tuple[Any, Any]:
    return _spend.c.starts_on >= window.start, _spend.c.ends_on <= window.end


def sales_expense_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    s = _spend.c
    return grouping.grouped(
        "sales_expense",
        _spend,
        s.staff_id,
        [type_coerce(func.sum(s.amount), Money).label("sales_expense")],
        s.kind == SpendKind.SALES_EXPENSE.value,
        *_inside(window),
    )


def marketing_revenue_part(
    grouping: Grouping, window: PeriodWindow, sources: Sequence[str]
) -> Subquery:
    """Revenue of won deals closed in the period whose customer's source is in `sources`."""
    d = _deals.c
    source = _deals.join(_customers, _customers.c.id == d.customer_id)
    return grouping.grouped(
        "marketing_revenue",
        source,
        d.owner_id,
        [type_coerce(func.sum(d.amount), Money).label("marketing_revenue")],
        d.status == DealStatus.WON.value,
        d.closed_on >= window.start,
        d.closed_on <= window.end,
        _customers.c.source.in_(list(sources)),
    )


def company_spend_query(window: PeriodWindow) -> Select[Any]:
    """marketing_spend, leads and spend_rows of the whole company inside the period."""
    s = _spend.c
    marketing = s.kind == SpendKind.MARKETING.value
    return select(
        type_coerce(func.coalesce(func.sum(case((marketing, s.amount), else_=0)), 0), Money).label(
            "marketing_spend"
        ),
        func.coalesce(func.sum(case((marketing, s.leads), else_=0)), 0).label("leads"),
        func.count().label("spend_rows"),
    ).where(*_inside(window))


def company_spend(connection: Connection, window: PeriodWindow) -> Figures:
    row = connection.execute(company_spend_query(window)).one()
    return COMPANY_SPEND.figures(row._asdict())


def revenue_by_source(connection: Connection, window: PeriodWindow) -> dict[str, Decimal]:
    """Customer source -> revenue of the company's won deals closed in the period."""
    d = _deals.c
    rows = connection.execute(
        select(_customers.c.source, type_coerce(func.sum(d.amount), Money))
        .select_from(_deals.join(_customers, _customers.c.id == d.customer_id))
        .where(
            d.status == DealStatus.WON.value, d.closed_on >= window.start, d.closed_on <= window.end
        )
        .group_by(_customers.c.source)
    )
    return {source: decimal_figure(total) for source, total in rows}


def spend_by_channel(connection: Connection, window: PeriodWindow) -> dict[str, Decimal]:
    """Channel -> marketing spend inside the period ("" for rows without a channel)."""
    s = _spend.c
    rows = connection.execute(
        select(s.channel, type_coerce(func.sum(s.amount), Money))
        .where(s.kind == SpendKind.MARKETING.value, *_inside(window))
        .group_by(s.channel)
    )
    return {channel: decimal_figure(total) for channel, total in rows}


def marketing_parts(
    grouping: Grouping,
    window: PeriodWindow,
    sources: Sequence[str],
    figures: Collection[str] = MARKETING_GROUPED.names,
) -> list[Subquery]:
    """Per department (or the company), of `figures`: sales_expense, new_customers, and
    marketing_revenue: the revenue of customers whose source is one of `sources`."""
    if grouping.level is ScopeLevel.STAFF:
        raise ValueError("marketing KPIs exist for departments and the company only")
    parts = []
    if "sales_expense" in figures:
        parts.append(sales_expense_part(grouping, window))
    if "new_customers" in figures:
        parts.append(new_customers_part(grouping, window))
    if "marketing_revenue" in figures:
        parts.append(marketing_revenue_part(grouping, window, sources))
    return parts


def marketing_figures(
    connection: Connection,
    grouping: Grouping,
    window: PeriodWindow,
    sources: Sequence[str],
    figures: Collection[str] = MARKETING_GROUPED.names,
) -> FamilyFigures:
    """The grouped marketing `figures` only: the SQL of the others does not run."""
    parts = marketing_parts(grouping, window, sources, figures)
    return run_combined(connection, grouping, MARKETING_GROUPED.only(figures), parts)
