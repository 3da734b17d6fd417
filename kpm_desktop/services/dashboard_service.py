"""The dashboard's data: KPI trends, team comparison, service quality and grades of a period.

KPI values come from `KpiResultCache`: whole levels (company, departments, all staff) per
period and KPI, kept in the database against the data version, so a period change reads
kept quarters instead of re-running the KPI queries. `warm_up_plan` lists what a
dashboard and its neighbouring period would still compute; the page runs it in the
background after a draw. Time distributions are counted in SQL; appraisal results come
through one adapter. docs/dashboard.md explains the choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from kpm_desktop.charts.staff_page import StaffChartPage, staff_chart_page
from kpm_desktop.charts.trend import kpi_trend, trend_periods
from kpm_desktop.domain.dashboard import (
    DEFAULT_TREND_KPIS,
    TREND_QUARTERS,
    DashboardData,
    DashboardQuery,
    WarmUpStep,
)
from kpm_desktop.domain.errors import NotFoundError
from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiRow
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.ticket_times import RESOLUTION_EDGES, RESPONSE_EDGES
from kpm_desktop.reports.chart_page import render_staff_chart_page
from kpm_desktop.services.kpi_result_cache import KpiResultCache
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


class DashboardService:
    def __init__(
        self,
        database: Database,
        kpis: KpiService,
        *,
        utc_offset: timedelta | None = None,
    ) -> None:
        """`utc_offset` must be the one `kpis` uses (the office's, by default)."""
        self._database = database
        self._kpis = kpis
        self._utc_offset = local_utc_offset() if utc_offset is None else utc_offset
        self._cache = KpiResultCache(database, kpis, self._utc_offset)

    def forget(self) -> None:
        """Drop every kept KPI value: the next load computes afresh (the page's Reload)."""
        self._cache.clear()

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
        # "" is the whole company: the UI names it in its language.
        scope_name = person.name if person else team.name if team else ""
        code = person.employee_no if person else team.code if team else ""
        trend = {
            period: self._scope_values(period, query.level, code, keys)
            for period, keys in _trend_requests(query)
        }
        comparison_level = ScopeLevel.STAFF if team else ScopeLevel.DEPARTMENT
        members = None
        if team is not None:
            members = [p.employee_no for p in people if p.department_id == team.id]
        comparison = self._comparison(query, comparison_level, members)
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

    def staff_chart_page(
        self,
        staff_no: str,
        period: Period,
        trend_kpis: Sequence[str] = DEFAULT_TREND_KPIS,
        quarters: int = TREND_QUARTERS,
    ) -> StaffChartPage:
        """A staff member's indicator profile of the period's cycle and KPI trends of the
        quarters up to the period, for the chart page printed after the sheet."""
        with self._database.engine.connect() as connection:
            person = _person(staff_entries(connection), staff_no)
            departments = department_entries(connection)
            cycle = read_cycle_results(connection, str(period))
        department = next(d for d in departments if d.id == person.department_id)
        keys = tuple(trend_kpis)
        periods = trend_periods(period, quarters)
        values = {p: self._scope_values(p, ScopeLevel.STAFF, staff_no, keys) for p in periods}
        trend = kpi_trend(person.name, periods, values, keys)
        return staff_chart_page(staff_no, person.name, department.name, cycle, trend)

    def staff_chart_pdf(
        self,
        staff_no: str,
        period: Period,
        trend_kpis: Sequence[str] = DEFAULT_TREND_KPIS,
        quarters: int = TREND_QUARTERS,
    ) -> bytes:
        """The chart page as PDF bytes (`reports.combine` puts it after the sheet)."""
        return render_staff_chart_page(
            self.staff_chart_page(staff_no, period, trend_kpis, quarters)
        )

    def warm_up_plan(self, query: DashboardQuery) -> list[WarmUpStep]:
        """The (period, level, KPIs) not kept yet for this dashboard, the quarter before
        its trend (so that stepping back one period is kept too) and every level, the
        query's own level first."""
        keys = _dashboard_keys(query)
        first = query.period.shifted(-query.quarters)
        periods = [first.shifted(step) for step in range(query.quarters, -1, -1)]
        levels = sorted(ScopeLevel, key=lambda level: level is not query.level)
        plan = []
        for level in levels:
            for period in periods:
                missing = self._cache.missing(period, level, keys)
                if missing:
                    plan.append(WarmUpStep(period, level, tuple(missing)))
        return plan

    def warm_up(self, step: WarmUpStep) -> None:
        self._cache.rows(step.period, step.level, step.keys, codes=())

    def _scope_values(
        self, period: Period, level: ScopeLevel, code: str, keys: Sequence[str]
    ) -> dict[str, KpiValue]:
        rows = self._cache.rows(period, level, keys, codes=(code,))
        return dict(rows[0].values)

    def _comparison(
        self, query: DashboardQuery, level: ScopeLevel, members: Sequence[str] | None
    ) -> tuple[KpiRow, ...]:
        return self._cache.rows(query.period, level, (query.comparison_kpi,), codes=members)


def _dashboard_keys(query: DashboardQuery) -> tuple[str, ...]:
    keys = dict.fromkeys((*_trend_keys(query), query.comparison_kpi))
    return tuple(keys)


def _trend_keys(query: DashboardQuery) -> tuple[str, ...]:
    """The trend KPIs and csat (its bands), so that moving the chosen period finds csat
    already kept with the trend quarters."""
    return query.trend_kpis if "csat" in query.trend_kpis else (*query.trend_kpis, "csat")


def _trend_requests(query: DashboardQuery) -> list[tuple[Period, tuple[str, ...]]]:
    keys = _trend_keys(query)
    first = query.period.shifted(1 - query.quarters)
    return [(first.shifted(step), keys) for step in range(query.quarters)]


def _person(people: Sequence[StaffEntry], staff_no: str) -> StaffEntry:
    for person in people:
        if person.employee_no == staff_no:
            return person
    raise NotFoundError("No staff member with employee no. {staff_no}", staff_no=staff_no)


def _department(departments: Sequence[DepartmentEntry], wanted: str) -> DepartmentEntry:
    for department in departments:
        if wanted in (department.code, department.name):
            return department
    raise NotFoundError("No department '{wanted}' (give its code or name)", wanted=wanted)
