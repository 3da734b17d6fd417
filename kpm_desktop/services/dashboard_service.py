"""The dashboard's data: KPI trends, team comparison, service quality and grades of a period.

KPI values come from `KpiService` (one grouped query per family and period). Values of a
period that has ended are kept for the life of the service: a trend of 8 quarters then
costs one new quarter when the chosen period moves; `forget()` drops them after an import.
Time distributions are counted in SQL; appraisal results come through one adapter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from kpm_desktop.domain.dashboard import DashboardData, DashboardQuery
from kpm_desktop.domain.errors import NotFoundError
from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiRow
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.ticket_times import RESOLUTION_EDGES, RESPONSE_EDGES
from kpm_desktop.services.kpi_service import KpiService, local_utc_offset
from kpm_desktop.storage.appraisal_results_query import read_cycle_results
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_queries.grouping import PeriodWindow
from kpm_desktop.storage.kpi_queries.people import (
    DepartmentEntry,
    StaffEntry,
    department_entries,
    staff_entries,
)
from kpm_desktop.storage.ticket_time_queries import resolution_times, response_times

_ScopeKey = tuple[Period, ScopeLevel, str]


class DashboardService:
    def __init__(
        self,
        database: Database,
        kpis: KpiService,
        *,
        utc_offset: timedelta | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """`utc_offset` must be the one `kpis` uses (the office's, by default)."""
        self._database = database
        self._kpis = kpis
        self._utc_offset = local_utc_offset() if utc_offset is None else utc_offset
        self._today = today
        self._values: dict[_ScopeKey, dict[str, KpiValue]] = {}
        self._rows: dict[tuple[Period, ScopeLevel, str, str], tuple[KpiRow, ...]] = {}

    def forget(self) -> None:
        """Drop the values kept for ended periods (after CRM data changed)."""
        self._values.clear()
        self._rows.clear()

    def departments(self) -> list[tuple[str, str]]:
        return self._kpis.departments()

    def staff(self, department: str | None = None) -> list[tuple[str, str]]:
        """(employee no., name) of everyone, or of one department (code)."""
        with self._database.engine.connect() as connection:
            people = staff_entries(connection)
            departments = department_entries(connection)
        if department is None:
            return [(s.employee_no, s.name) for s in people]
        wanted = _department(departments, department)
        return [(s.employee_no, s.name) for s in people if s.department_id == wanted.id]

    def load(self, query: DashboardQuery) -> DashboardData:
        with self._database.engine.connect() as connection:
            people = staff_entries(connection)
            departments = department_entries(connection)
        person = _person(people, query.staff_no) if query.staff_no else None
        team = _department(departments, query.department) if query.department else None
        if person is not None:
            team = next(d for d in departments if d.id == person.department_id)
        scope_name = person.name if person else team.name if team else "全公司"
        trend = {
            period: self._scope_values(period, query, keys)
            for period, keys in _trend_requests(query)
        }
        comparison_level = ScopeLevel.STAFF if team else ScopeLevel.DEPARTMENT
        comparison = self._comparison(query, comparison_level, team.code if team else "")
        window = PeriodWindow.of(query.period, self._utc_offset)
        scope = {
            "department_id": team.id if team and not person else None,
            "staff_id": person.id if person else None,
        }
        with self._database.engine.connect() as connection:
            response = response_times(connection, window, RESPONSE_EDGES, **scope)
            resolution = resolution_times(connection, window, RESOLUTION_EDGES, **scope)
            cycle = read_cycle_results(connection, str(query.period))
        return DashboardData(
            query=query,
            scope_name=scope_name,
            trend=trend,
            comparison_level=comparison_level,
            comparison=comparison,
            csat=trend[query.period].get("csat"),
            response_times=response,
            resolution_times=resolution,
            cycle=cycle,
        )

    def _keeps(self, period: Period) -> bool:
        return period.end < self._today()

    def _scope_values(
        self, period: Period, query: DashboardQuery, keys: Sequence[str]
    ) -> dict[str, KpiValue]:
        scope: _ScopeKey = (period, query.level, query.staff_no or query.department or "")
        known = self._values.get(scope, {})
        missing = [key for key in keys if key not in known]
        if missing:
            table = self._kpis.compute(
                period,
                level=query.level,
                department=query.department if query.level is ScopeLevel.DEPARTMENT else None,
                staff_nos=[query.staff_no] if query.staff_no else None,
                keys=missing,
            )
            known = {**known, **table.rows[0].values}
            if self._keeps(period):
                self._values[scope] = known
        return {key: known[key] for key in keys}

    def _comparison(
        self, query: DashboardQuery, level: ScopeLevel, department: str
    ) -> tuple[KpiRow, ...]:
        cache_key = (query.period, level, department, query.comparison_kpi)
        rows = self._rows.get(cache_key)
        if rows is None:
            table = self._kpis.compute(
                query.period,
                level=level,
                department=department or None,
                keys=[query.comparison_kpi],
            )
            rows = table.rows
            if self._keeps(query.period):
                self._rows[cache_key] = rows
        return rows


def _trend_requests(query: DashboardQuery) -> list[tuple[Period, tuple[str, ...]]]:
    """Every trend period with the trend KPIs and csat (its bands), so that moving the
    chosen period finds csat already computed in the same per-period query."""
    keys = query.trend_kpis if "csat" in query.trend_kpis else (*query.trend_kpis, "csat")
    first = query.period.shifted(1 - query.quarters)
    return [(first.shifted(step), keys) for step in range(query.quarters)]


def _person(people: Sequence[StaffEntry], staff_no: str) -> StaffEntry:
    for person in people:
        if person.employee_no == staff_no:
            return person
    raise NotFoundError(f"No staff member with employee no. {staff_no}")


def _department(departments: Sequence[DepartmentEntry], wanted: str) -> DepartmentEntry:
    for department in departments:
        if wanted in (department.code, department.name):
            return department
    raise NotFoundError(f"No department '{wanted}' (give its code or name)")
