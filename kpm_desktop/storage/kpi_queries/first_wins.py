"""Each customer's first won deal, for new customers (docs/kpis.md, `new_customers`).

A window query numbers a customer's won deals by closed date (lower id first on a tie);
the first is their first win. Only customers with a win in the period can have their first
win there, and a win after the period cannot come first, so the numbering reads only the
won deals up to the period's end of those customers (`ix_deals_customer_status_closed`).
"""

from __future__ import annotations

from sqlalchemy import Subquery, func, select

from kpm_desktop.domain.crm import DealStatus
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import DealRecord
from kpm_desktop.storage.kpi_queries.grouping import PeriodWindow

_deals = table_of(DealRecord)
_WON = DealStatus.WON.value


def first_wins(window: PeriodWindow) -> Subquery:
    """The won deals closed in `window` that are their customer's first win ever:
    id, owner_id, customer_id, closed_on."""
    deals = _deals.c
    winners = select(deals.customer_id).where(
        deals.status == _WON, deals.closed_on >= window.start, deals.closed_on <= window.end
    )
    win_no = func.row_number().over(
        partition_by=deals.customer_id, order_by=(deals.closed_on, deals.id)
    )
    ranked = (
        select(deals.id, deals.owner_id, deals.customer_id, deals.closed_on, win_no.label("win_no"))
        .where(
            deals.status == _WON,
            deals.closed_on.is_not(None),
            deals.closed_on <= window.end,
            deals.customer_id.in_(winners),
        )
        .subquery("ranked_wins")
    )
    r = ranked.c
    return (
        select(r.id, r.owner_id, r.customer_id, r.closed_on)
        .where(r.win_no == 1, r.closed_on >= window.start)
        .subquery("first_wins")
    )
