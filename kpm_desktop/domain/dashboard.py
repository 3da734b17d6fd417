"""What the dashboard asks for (period and filters) and the domain values it gets back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiRow
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.ticket_times import TimeDistribution

if TYPE_CHECKING:  # the charts' data: the figures shown first do without these modules
    from kpm_desktop.domain.appraisal_results import CycleResults, StaffResults

TREND_QUARTERS = 8
DEFAULT_TREND_KPIS = ("revenue", "win_rate")
DEFAULT_COMPARISON_KPI = "revenue"


@dataclass(frozen=True)
class DashboardQuery:
    """`staff_no` narrows to a person, else `department` (code) to a team, else the company."""

    period: Period
    department: str | None = None
    staff_no: str | None = None
    trend_kpis: tuple[str, ...] = DEFAULT_TREND_KPIS
    comparison_kpi: str = DEFAULT_COMPARISON_KPI
    quarters: int = TREND_QUARTERS

    @property
    def level(self) -> ScopeLevel:
        if self.staff_no:
            return ScopeLevel.STAFF
        return ScopeLevel.DEPARTMENT if self.department else ScopeLevel.COMPANY


@dataclass(frozen=True)
class DashboardData:
    query: DashboardQuery
    scope_name: str  # the person, the department, or "" for the whole company
    trend: dict[Period, dict[str, KpiValue]]  # the scope's values, per period
    comparison_level: ScopeLevel  # staff of one department, or the departments
    comparison: tuple[KpiRow, ...]
    csat: KpiValue | None  # the scope's satisfaction with its band counts
    response_times: TimeDistribution
    resolution_times: TimeDistribution
    # The finished appraisals of the scope's group (the company, the department, or the
    # person's department) that the user may see; None: no cycle for the period.
    grades: CycleResults | None
    grade_group: str  # the group's name
    profile: StaffResults | None  # the chosen person's result, None when none or no person


@dataclass(frozen=True)
class DashboardFigures:
    """The scope's KPI values of the chosen period: what the dashboard shows first, before
    its charts (read from the same kept values as `DashboardData.trend`)."""

    query: DashboardQuery
    scope_name: str  # the person, the department, or "" for the whole company
    values: tuple[KpiValue, ...]  # `figure_keys(query)`, in that order


def figure_keys(query: DashboardQuery) -> tuple[str, ...]:
    """The trend KPIs and customer satisfaction (whose bands the dashboard charts too): read
    with the trend quarters, so that moving the period finds csat already kept."""
    return query.trend_kpis if "csat" in query.trend_kpis else (*query.trend_kpis, "csat")


@dataclass(frozen=True)
class DepartmentChoice:
    code: str
    name: str
    whole: bool  # the user may see everyone in it, so the department's own figures too


@dataclass(frozen=True)
class DashboardChoices:
    """What a user may look at: the whole company, or departments and people they reach.

    A department the user reaches only part of lists its people they may see, never its
    totals; a supervisor reaches their team, an employee themself."""

    company: bool
    departments: tuple[DepartmentChoice, ...]

    @property
    def empty(self) -> bool:
        return not self.company and not self.departments


@dataclass(frozen=True)
class WarmUpStep:
    """KPIs (and the ticket time distributions) of one level and period that the dashboard
    computes and keeps ahead of need."""

    period: Period
    level: ScopeLevel
    keys: tuple[str, ...]
    ticket_times: bool = False
