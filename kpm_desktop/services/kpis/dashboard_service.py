"""The dashboard's data: KPI trends, team comparison, service quality and grades of a period,
within what the signed-in user may see.

KPI values come from `KpiResultCache` and ticket time distributions from
`TicketTimeCache`: whole levels (company, departments, all staff) per period, kept in the
database against the data version, so a period change reads kept quarters instead of
re-running the queries. `warm_up_plan` lists what a dashboard and its neighbouring period
would still compute; the page runs it in the background after a draw. Appraisal results
come through one adapter. docs/dashboard.md explains the choices.

Reach: HR admins and viewers see everything; a supervisor their team and themself, an
employee themself (`domain/access.py`). A department's or the company's own figures show
only to a user who reaches every one of its people; comparisons and grade lists show only
people the user reaches (services/kpis/dashboard_scope.py, shared with start-up's early
figures).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor, Permission, denial
from kpm_desktop.domain.dashboard import (
    DEFAULT_TREND_KPIS,
    TREND_QUARTERS,
    DashboardChoices,
    DashboardData,
    DashboardFigures,
    DashboardQuery,
    WarmUpStep,
    figure_keys,
)
from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.period import Period
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.kpis.dashboard_scope import (
    Org,
    Reach,
    choices_of,
    find_person,
    scope_of,
    staff_of,
    staff_record,
)
from kpm_desktop.services.kpis.kpi_result_cache import KpiResultCache
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.services.kpis.ticket_time_cache import TicketTimeCache
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_queries.people import (
    StaffEntry,
    department_entries,
    staff_entries,
)

if TYPE_CHECKING:
    from kpm_desktop.charts.staff_page import StaffChartPage
    from kpm_desktop.domain.appraisal_results import CycleResults, StaffResults


class DashboardService:
    def __init__(
        self,
        database: Database,
        kpis: KpiService,
    ) -> None:
        """Periods are cut in the zone `kpis` uses (the office's, by default)."""
        self._database = database
        self._kpis = kpis
        self._cache = KpiResultCache(database, kpis)
        self._ticket_times = TicketTimeCache(database, kpis.office_zone)

    def forget(self) -> None:
        """Drop every kept value: the next load computes afresh (the page's Reload)."""
        self._cache.clear()

    def choices(self, actor: Actor) -> DashboardChoices:
        """The company (when the user reaches everyone) and the departments with someone
        the user reaches, each marked whole when the user reaches all of it."""
        return choices_of(self._org(), self._reach(actor))

    def staff(self, actor: Actor, department: str) -> list[tuple[str, str]]:
        """(employee no., name) of the department's people the user reaches."""
        return staff_of(self._org(), self._reach(actor), department)

    def figures(self, actor: Actor, query: DashboardQuery) -> DashboardFigures:
        """The scope's KPI values of the period (`figure_keys`): a fraction of `load`'s
        reads, so the page shows them while its charts still load."""
        org, reach = self._org(), self._reach(actor)
        scope = scope_of(actor, query, org, reach)
        keys = figure_keys(query)
        values = self._scope_values(query.period, query.level, scope.code, keys)
        return DashboardFigures(query, scope.name, tuple(values[key] for key in keys))

    def load(self, actor: Actor, query: DashboardQuery) -> DashboardData:
        org, reach = self._org(), self._reach(actor)
        scope = scope_of(actor, query, org, reach)
        person, team, scope_name, code = scope.person, scope.team, scope.name, scope.code
        trend = {
            period: self._scope_values(period, query.level, code, keys)
            for period, keys in _trend_requests(query)
        }
        group = org.members(team) if team else org.people
        comparison_level = ScopeLevel.STAFF if team else ScopeLevel.DEPARTMENT
        members = [p.employee_no for p in group if reach.sees(p)] if team else None
        comparison = self._cache.rows(
            query.period, comparison_level, (query.comparison_kpi,), codes=members
        )
        response, resolution = self._ticket_times.distributions(query.period, query.level, code)
        # Only here (the charts, on their worker): the figures shown at start-up read
        # without the appraisal records' modules.
        from kpm_desktop.storage.appraisal_results_query import read_cycle_results

        with self._database.engine.connect() as connection:
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
            grades=None if cycle is None else cycle.of_staff(reach.appraisals_of(group)),
            grade_group=team.name if team else "",
            profile=_profile(cycle, person, reach),
        )

    def staff_chart_page(
        self,
        actor: Actor,
        staff_no: str,
        period: Period,
        trend_kpis: Sequence[str] = DEFAULT_TREND_KPIS,
        quarters: int = TREND_QUARTERS,
    ) -> StaffChartPage:
        """A staff member's indicator profile of the period's cycle and KPI trends of the
        quarters up to the period, for the chart page printed after the sheet."""
        return self.staff_chart_pages(actor, period, [staff_no], trend_kpis, quarters)[staff_no]

    def staff_chart_pages(
        self,
        actor: Actor,
        period: Period,
        staff_nos: Sequence[str],
        trend_kpis: Sequence[str] = DEFAULT_TREND_KPIS,
        quarters: int = TREND_QUARTERS,
    ) -> dict[str, StaffChartPage]:
        """The chart pages of several people (a cycle's sheets): the cycle and each
        quarter's KPI level are read once for all of them."""
        org, reach = self._org(), self._reach(actor)
        persons = [find_person(org.people, staff_no) for staff_no in staff_nos]
        for person in persons:
            if not reach.sees(person):
                raise denial(actor, Permission.VIEW_CRM, staff_record(person))
        from kpm_desktop.charts.staff_page import staff_chart_page
        from kpm_desktop.charts.trend import kpi_trend, trend_periods
        from kpm_desktop.storage.appraisal_results_query import read_cycle_results

        with self._database.engine.connect() as connection:
            cycle = read_cycle_results(connection, str(period))
        keys = tuple(trend_kpis)
        periods = trend_periods(period, quarters)
        rows = {p: self._cache.rows(p, ScopeLevel.STAFF, keys, staff_nos) for p in periods}
        values_of = {p: {row.code: row.values for row in rows[p]} for p in periods}
        pages = {}
        for person in persons:
            values = {p: values_of[p].get(person.employee_no, {}) for p in periods}
            trend = kpi_trend(person.name, periods, values, keys)
            department = org.department_of(person).name
            pages[person.employee_no] = staff_chart_page(
                person.employee_no, person.name, department, cycle, trend
            )
        return pages

    def staff_chart_pdf(
        self,
        actor: Actor,
        staff_no: str,
        period: Period,
        trend_kpis: Sequence[str] = DEFAULT_TREND_KPIS,
        quarters: int = TREND_QUARTERS,
    ) -> bytes:
        """The chart page as PDF bytes (`reports.combine` puts it after the sheet)."""
        from kpm_desktop.reports.chart_page import render_staff_chart_page  # reportlab

        return render_staff_chart_page(
            self.staff_chart_page(actor, staff_no, period, trend_kpis, quarters)
        )

    def warm_up_plan(self, actor: Actor, query: DashboardQuery) -> list[WarmUpStep]:
        """What is not kept yet for this dashboard, the quarter before its trend (so that
        stepping back one period is kept too) and every level the user may look at, the
        query's own level first: the KPIs, and the ticket times of each period."""
        keys = _dashboard_keys(query)
        first = query.period.shifted(-query.quarters)
        periods = [first.shifted(step) for step in range(query.quarters, -1, -1)]
        levels = sorted(_levels(self.choices(actor)), key=lambda level: level is not query.level)
        plan = []
        for level in levels:
            for period in periods:
                missing = tuple(self._cache.missing(period, level, keys))
                ticket_times = self._ticket_times.missing(period, level)
                if missing or ticket_times:
                    plan.append(WarmUpStep(period, level, missing, ticket_times))
        return plan

    def warm_up(self, step: WarmUpStep) -> None:
        if step.keys:
            self._cache.rows(step.period, step.level, step.keys, codes=())
        if step.ticket_times:
            self._ticket_times.keep(step.period, step.level)

    def _org(self) -> Org:
        with self._database.engine.connect() as connection:
            return Org(staff_entries(connection), department_entries(connection))

    def _reach(self, actor: Actor) -> Reach:
        with self._database.unit_of_work() as uow:
            return Reach.of(actor, AccessGuard(uow).org_chart)

    def _scope_values(
        self, period: Period, level: ScopeLevel, code: str, keys: Sequence[str]
    ) -> dict[str, KpiValue]:
        rows = self._cache.rows(period, level, keys, codes=(code,))
        return dict(rows[0].values)


def _profile(
    cycle: CycleResults | None, person: StaffEntry | None, reach: Reach
) -> StaffResults | None:
    if cycle is None or person is None or not reach.appraisals_of([person]):
        return None
    return cycle.profile_of(person.employee_no)


def _levels(choices: DashboardChoices) -> list[ScopeLevel]:
    levels = [ScopeLevel.COMPANY] if choices.company else []
    if any(d.whole for d in choices.departments):
        levels.append(ScopeLevel.DEPARTMENT)
    if choices.departments:
        levels.append(ScopeLevel.STAFF)
    return levels


def _dashboard_keys(query: DashboardQuery) -> tuple[str, ...]:
    keys = dict.fromkeys((*figure_keys(query), query.comparison_kpi))
    return tuple(keys)


def _trend_requests(query: DashboardQuery) -> list[tuple[Period, tuple[str, ...]]]:
    keys = figure_keys(query)
    first = query.period.shifted(1 - query.quarters)
    return [(first.shifted(step), keys) for step in range(query.quarters)]
