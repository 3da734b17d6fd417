"""Service family: tickets opened and tickets resolved in the period, by their handler."""

from __future__ import annotations

from collections.abc import Collection
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


def _opened_columns(window: PeriodWindow) -> dict[str, ColumnElement[Any]]:
    t = _tickets.c
    responded = t.first_response_at.is_not(None)
    resolved_by_end = and_(t.resolved_at.is_not(None), t.resolved_at < window.end_before)
    return {
        "opened": func.count(),
        "opened_customers": func.count(distinct(t.customer_id)),
        "complaints": _count_if(t.complaint),
        "repeats": _count_if(t.repeat_issue),
        "opened_resolved": _count_if(resolved_by_end),
        "responded": _count_if(responded),
        "response_seconds": func.sum(
            case((responded, seconds_between(t.first_response_at, t.opened_at)))
        ),
    }


def _resolved_columns() -> dict[str, ColumnElement[Any]]:
    t = _tickets.c
    return {
        "resolved": func.count(),
        "first_contact": _count_if(t.resolved_first_contact),
        "resolution_seconds": func.sum(seconds_between(t.resolved_at, t.opened_at)),
        "rated": _count_if(t.satisfaction.is_not(None)),
        "satisfaction": func.sum(t.satisfaction),
        **{
            f"band_{low}": _count_if(t.satisfaction.between(low, high))
            for _name, low, high in CSAT_BANDS
        },
    }


def _labelled(
    columns: dict[str, ColumnElement[Any]], figures: Collection[str]
) -> list[ColumnElement[Any]]:
    return [column.label(name) for name, column in columns.items() if name in figures]


def opened_part(
    grouping: Grouping, window: PeriodWindow, figures: Collection[str] = SERVICE.names
) -> Subquery | None:
    """The `figures` of tickets opened in P (None: none of them asked for)."""
    columns = _labelled(_opened_columns(window), figures)
    if not columns:
        return None
    t = _tickets.c
    return grouping.grouped(
        "opened",
        _tickets,
        t.staff_id,
        columns,
        t.opened_at >= window.start_at,
        t.opened_at < window.end_before,
    )


def resolved_part(
    grouping: Grouping, window: PeriodWindow, figures: Collection[str] = SERVICE.names
) -> Subquery | None:
    """The `figures` of tickets resolved in P (None: none of them asked for)."""
    columns = _labelled(_resolved_columns(), figures)
    if not columns:
        return None
    t = _tickets.c
    return grouping.grouped(
        "resolved",
        _tickets,
        t.staff_id,
        columns,
        t.resolved_at >= window.start_at,
        t.resolved_at < window.end_before,
    )


def service_parts(
    grouping: Grouping, window: PeriodWindow, figures: Collection[str] = SERVICE.names
) -> list[Subquery]:
    """The grouped parts that select `figures`, and no other part."""
    parts = [opened_part(grouping, window, figures), resolved_part(grouping, window, figures)]
    return [part for part in parts if part is not None]


def service_figures(
    connection: Connection,
    grouping: Grouping,
    window: PeriodWindow,
    figures: Collection[str] = SERVICE.names,
) -> FamilyFigures:
    family = SERVICE.only(figures)
    return run_combined(connection, grouping, family, service_parts(grouping, window, figures))
