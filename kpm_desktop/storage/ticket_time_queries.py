"""Response and resolution time distributions, counted per bucket in the database.

One query per distribution yields every group of a level at once (the company, each
department, each staff member), like the KPI family queries, so that the dashboard keeps
whole levels against the data version; a group without tickets has no entry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, case, func, literal_column, select

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.ticket_times import TimeDistribution
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import ServiceTicketRecord, StaffRecord
from kpm_desktop.storage.kpi_queries.grouping import COMPANY_KEY, PeriodWindow
from kpm_desktop.storage.kpi_queries.sql_functions import seconds_between

_tickets = table_of(ServiceTicketRecord)
_staff = table_of(StaffRecord)


def _distributions(
    connection: Connection,
    level: ScopeLevel,
    seconds: ColumnElement[Any],
    edges: tuple[int, ...],
    where: list[ColumnElement[bool]],
) -> dict[int, TimeDistribution]:
    """Group key (department or staff id, COMPANY_KEY) -> counts per bucket."""
    if level is ScopeLevel.COMPANY:
        timed = select(literal_column(str(COMPANY_KEY)).label("grp"), seconds.label("seconds"))
    elif level is ScopeLevel.DEPARTMENT:
        timed = select(_staff.c.department_id.label("grp"), seconds.label("seconds")).join_from(
            _tickets, _staff, _staff.c.id == _tickets.c.staff_id
        )
    else:
        timed = select(_tickets.c.staff_id.label("grp"), seconds.label("seconds")).where(
            _tickets.c.staff_id.is_not(None)
        )
    times = timed.where(*where).subquery("timed")
    bucket = case(
        *((times.c.seconds < edge, index) for index, edge in enumerate(edges)),
        else_=len(edges),
    ).label("bucket")
    rows = connection.execute(
        select(times.c.grp, bucket, func.count()).group_by(times.c.grp, bucket)
    )
    counts: dict[int, list[int]] = {}
    for group, index, count in rows:
        counts.setdefault(int(group), [0] * (len(edges) + 1))[int(index)] = int(count)
    return {group: TimeDistribution(edges, tuple(found)) for group, found in counts.items()}


def response_times(
    connection: Connection, level: ScopeLevel, window: PeriodWindow, edges: tuple[int, ...]
) -> dict[int, TimeDistribution]:
    """First response - opened, over tickets opened in the period that have a response."""
    t = _tickets.c
    where = [
        t.opened_at >= window.start_at,
        t.opened_at < window.end_before,
        t.first_response_at.is_not(None),
    ]
    return _distributions(
        connection, level, seconds_between(t.first_response_at, t.opened_at), edges, where
    )


def resolution_times(
    connection: Connection, level: ScopeLevel, window: PeriodWindow, edges: tuple[int, ...]
) -> dict[int, TimeDistribution]:
    """Resolved - opened, over tickets resolved in the period."""
    t = _tickets.c
    where = [t.resolved_at >= window.start_at, t.resolved_at < window.end_before]
    return _distributions(
        connection, level, seconds_between(t.resolved_at, t.opened_at), edges, where
    )
