"""Service family: tickets opened and tickets resolved in the period, by their handler."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Subquery, and_, case, distinct, func

from kpm_desktop.domain.kpi import CSAT_BANDS
from kpm_desktop.domain.kpi_figures import SERVICE
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import ServiceTicketRecord
from kpm_desktop.storage.kpi_queries.grouping import (
    FamilyFigures,
    Grouping,
    PeriodWindow,
    run_combined,
)
from kpm_desktop.storage.kpi_queries.sql_functions import seconds_between

_tickets = table_of(ServiceTicketRecord)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.sum(case((condition, 1), else_=0))


def opened_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    t = _tickets.c
    responded = t.first_response_at.is_not(None)
    columns = [
        func.count().label("opened"),
        func.count(distinct(t.customer_id)).label("opened_customers"),
        _count_if(t.complaint).label("complaints"),
        _count_if(t.repeat_issue).label("repeats"),
        _count_if(and_(t.resolved_at.is_not(None), t.resolved_at < window.end_before)).label(
            "opened_resolved"
        ),
        _count_if(responded).label("responded"),
        func.sum(case((responded, seconds_between(t.first_response_at, t.opened_at)))).label(
            "response_seconds"
        ),
    ]
    return grouping.grouped(
        "opened",
        _tickets,
        t.staff_id,
        columns,
        t.opened_at >= window.start_at,
        t.opened_at < window.end_before,
    )


def resolved_part(grouping: Grouping, window: PeriodWindow) -> Subquery:
    t = _tickets.c
    rated = t.satisfaction.is_not(None)
    columns = [
        func.count().label("resolved"),
        _count_if(t.resolved_first_contact).label("first_contact"),
        func.sum(seconds_between(t.resolved_at, t.opened_at)).label("resolution_seconds"),
        _count_if(rated).label("rated"),
        func.sum(t.satisfaction).label("satisfaction"),
        *(
            _count_if(t.satisfaction.between(low, high)).label(f"band_{low}")
            for _name, low, high in CSAT_BANDS
        ),
    ]
    return grouping.grouped(
        "resolved",
        _tickets,
        t.staff_id,
        columns,
        t.resolved_at >= window.start_at,
        t.resolved_at < window.end_before,
    )


def service_parts(grouping: Grouping, window: PeriodWindow) -> list[Subquery]:
    return [opened_part(grouping, window), resolved_part(grouping, window)]


def service_figures(
    connection: Connection, grouping: Grouping, window: PeriodWindow
) -> FamilyFigures:
    return run_combined(connection, grouping, SERVICE, service_parts(grouping, window))
