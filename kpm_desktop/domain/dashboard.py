"""What the dashboard asks for (period and filters) and the domain values it gets back."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.domain.appraisal_results import CycleResults
from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiRow
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.ticket_times import TimeDistribution

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
    cycle: CycleResults | None  # None: no finished appraisals for the period


@dataclass(frozen=True)
class WarmUpStep:
    """KPIs of one level and period that the dashboard computes and keeps ahead of need."""

    period: Period
    level: ScopeLevel
    keys: tuple[str, ...]
