"""Response and resolution time distributions of whole levels, kept in `kpi_cache` against
the data version like the KPI results (`kpi_result_cache.py`), under keys of their own.

A write to tickets or staff bumps the data version, so kept distributions go stale with
the KPI values; Reload (`KpiResultCache.clear`) drops them too. An entry counted with
other bucket edges than the domain's (an older release) counts as missing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.ticket_times import RESOLUTION_EDGES, RESPONSE_EDGES, TimeDistribution
from kpm_desktop.services.audit_trail.audit import utc_now
from kpm_desktop.storage.data_version import read_data_version
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_cache import read_entries, write_entries
from kpm_desktop.storage.kpi_queries.grouping import COMPANY_KEY, PeriodWindow
from kpm_desktop.storage.kpi_queries.people import department_entries, staff_entries
from kpm_desktop.storage.sessions import Connection
from kpm_desktop.storage.ticket_time_queries import resolution_times, response_times

RESPONSE_KEY = "ticket_times:response"
RESOLUTION_KEY = "ticket_times:resolution"
_EDGES = {RESPONSE_KEY: RESPONSE_EDGES, RESOLUTION_KEY: RESOLUTION_EDGES}
_QUERIES = {RESPONSE_KEY: response_times, RESOLUTION_KEY: resolution_times}


class TicketTimeCache:
    def __init__(
        self,
        database: Database,
        office_zone: Callable[[], ZoneInfo],
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        """`office_zone` gives the zone periods are cut in (the KPIs' own, at each use)."""
        self._database = database
        self._office_zone = office_zone
        self._clock = clock

    def distributions(
        self, period: Period, level: ScopeLevel, code: str
    ) -> tuple[TimeDistribution, TimeDistribution]:
        """(response, resolution) of one row of the level: "" for the company, a
        department's code or an employee number."""
        bodies = self._current(period, level)
        if len(bodies) < len(_EDGES):
            bodies = self._count(period, level)
        return _decode(bodies[RESPONSE_KEY], code), _decode(bodies[RESOLUTION_KEY], code)

    def missing(self, period: Period, level: ScopeLevel) -> bool:
        return len(self._current(period, level)) < len(_EDGES)

    def keep(self, period: Period, level: ScopeLevel) -> None:
        """Count and keep the level's distributions unless they are kept already."""
        if self.missing(period, level):
            self._count(period, level)

    def _current(self, period: Period, level: ScopeLevel) -> dict[str, dict[str, Any]]:
        zone = self._office_zone().key
        with self._database.engine.connect() as connection:
            version = read_data_version(connection)
            found = read_entries(connection, str(period), level.value, zone, tuple(_EDGES), version)
        bodies = {key: json.loads(body) for key, body in found.items()}
        return {key: body for key, body in bodies.items() if body["edges"] == list(_EDGES[key])}

    def _count(self, period: Period, level: ScopeLevel) -> dict[str, dict[str, Any]]:
        zone = self._office_zone()
        window = PeriodWindow.of(period, zone)
        with self._database.engine.connect() as connection:
            # Read before counting: a write landing meanwhile leaves these entries stale.
            version = read_data_version(connection)
            codes = _group_codes(connection, level)
            bodies = {
                key: _encode(query(connection, level, window, _EDGES[key]), codes, _EDGES[key])
                for key, query in _QUERIES.items()
            }
        with self._database.engine.begin() as connection:
            write_entries(
                connection,
                str(period),
                level.value,
                zone.key,
                {key: json.dumps(body) for key, body in bodies.items()},
                version,
                self._clock(),
            )
        return bodies


def _group_codes(connection: Connection, level: ScopeLevel) -> dict[int, str]:
    """Group key -> the code a dashboard row goes by."""
    if level is ScopeLevel.COMPANY:
        return {COMPANY_KEY: ""}
    if level is ScopeLevel.DEPARTMENT:
        return {d.id: d.code for d in department_entries(connection)}
    return {s.id: s.employee_no for s in staff_entries(connection)}


def _encode(
    found: Mapping[int, TimeDistribution], codes: Mapping[int, str], edges: tuple[int, ...]
) -> dict[str, Any]:
    groups = {codes[key]: list(d.counts) for key, d in found.items() if key in codes}
    return {"edges": list(edges), "groups": groups}


def _decode(body: Mapping[str, Any], code: str) -> TimeDistribution:
    """A row without tickets in the period has no entry: all buckets 0."""
    edges = tuple(body["edges"])
    counts = body["groups"].get(code, [0] * (len(edges) + 1))
    return TimeDistribution(edges, tuple(counts))
