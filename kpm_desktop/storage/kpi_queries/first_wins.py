"""Each customer's first won deal, for new customers (docs/kpis.md, `new_customers`).

No correlated subquery: a window numbers each customer's wins inside the period by
closed date (lower id first on a tie), and an anti-join drops the customers with a win
before the period. The first of a customer's wins in the period is their first win ever
exactly when they won nothing before it. Both read covering indexes
(`ix_deals_closed_on_owner_figures`, `ix_deals_customer_status_closed`); PostgreSQL plans
the anti-join as a hash anti join.
"""

from __future__ import annotations

from sqlalchemy import Subquery, and_, func, select

from kpm_desktop.domain.crm import DealStatus
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import DealRecord
from kpm_desktop.storage.kpi_queries.grouping import PeriodWindow

_deals = table_of(DealRecord)
_WON = DealStatus.WON.value


def first_wins(window: PeriodWindow) -> Subquery:
    """The won deals closed in `window` that are their customer's first win ever:
    id, owner_id, customer_id."""
    deals = _deals.c
    win_no = func.row_number().over(
        partition_by=deals.customer_id, order_by=(deals.closed_on, deals.id)
    )
    wins = (
        select(deals.id, deals.owner_id, deals.customer_id, win_no.label("win_no"))
        .where(deals.status == _WON, deals.closed_on >= window.start)
        .where(deals.closed_on <= window.end)
        .subquery("wins_in_period")
    )
    earlier = _deals.alias("earlier_win")
    before_period = and_(
        earlier.c.customer_id == wins.c.customer_id,
        earlier.c.status == _WON,
        earlier.c.closed_on < window.start,
    )
    return (
        select(wins.c.id, wins.c.owner_id, wins.c.customer_id)
        .select_from(wins.outerjoin(earlier, before_period))
        .where(wins.c.win_no == 1, earlier.c.id.is_(None))
        .subquery("first_wins")
    )
