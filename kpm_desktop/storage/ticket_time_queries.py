"""Response and resolution time distributions, counted per bucket in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, case, func, select

from kpm_desktop.domain.ticket_times import TimeDistribution
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import ServiceTicketRecord, StaffRecord
from kpm_desktop.storage.kpi_queries.grouping import PeriodWindow
from kpm_desktop.storage.kpi_queries.sql_functions import seconds_between

_tickets = table_of(ServiceTicketRecord)
_staff = table_of(StaffRecord)


def _distribution(
    connection: Connection,
    seconds: ColumnElement[Any],
    edges: tuple[int, ...],
    where: list[ColumnElement[bool]],
) -> TimeDistribution:
    timed = select(seconds.label("seconds")).where(*where).subquery("timed")
    bucket = case(
        *((timed.c.seconds < edge, index) for index, edge in enumerate(edges)),
        else_=len(edges),
    ).label("bucket")
    rows = connection.execute(select(bucket, func.count()).group_by(bucket))
    counts = [0] * (len(edges) + 1)
    for index, count in rows:
        counts[int(index)] = int(count)
    return TimeDistribution(edges, tuple(counts))


def _scope(department_id: int | None, staff_id: int | None) -> list[ColumnElement[bool]]:
    if staff_id is not None:
        return [_tickets.c.staff_id == staff_id]
    if department_id is not None:
        members = select(_staff.c.id).where(_staff.c.department_id == department_id)
        return [_tickets.c.staff_id.in_(members)]
    return []


def response_times(
    connection: Connection,
    window: PeriodWindow,
    edges: tuple[int, ...],
    *,
    department_id: int | None = None,
    staff_id: int | None = None,
) -> TimeDistribution:
    """First response - opened, over tickets opened in the period that have a response."""
    t = _tickets.c
    where = [
        t.opened_at >= window.start_at,
        t.opened_at < window.end_before,
        t.first_response_at.is_not(None),
        *_scope(department_id, staff_id),
    ]
    return _distribution(
        connection, seconds_between(t.first_response_at, t.opened_at), edges, where
    )


def resolution_times(
    connection: Connection,
    window: PeriodWindow,
    edges: tuple[int, ...],
    *,
    department_id: int | None = None,
    staff_id: int | None = None,
) -> TimeDistribution:
    """Resolved - opened, over tickets resolved in the period."""
    t = _tickets.c
    where = [
        t.resolved_at >= window.start_at,
        t.resolved_at < window.end_before,
        *_scope(department_id, staff_id),
    ]
    return _distribution(connection, seconds_between(t.resolved_at, t.opened_at), edges, where)
