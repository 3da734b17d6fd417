"""Every chart of the dashboard from one `DashboardData`."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.charts.comparison import ComparisonChart, team_comparison
from kpm_desktop.charts.grades import GradeDistributionChart, grade_distribution
from kpm_desktop.charts.profile import StaffProfileChart, staff_profile
from kpm_desktop.charts.service_quality import (
    CountChart,
    satisfaction_bands,
    time_histogram,
)
from kpm_desktop.charts.trend import TrendChart, kpi_trend, trend_periods
from kpm_desktop.domain.dashboard import DashboardData
from kpm_desktop.domain.kpi import KpiValue


@dataclass(frozen=True)
class DashboardCharts:
    trend: TrendChart
    comparison: ComparisonChart
    grades: GradeDistributionChart | None
    profile: StaffProfileChart | None
    response: CountChart
    resolution: CountChart
    satisfaction: CountChart


def dashboard_charts(data: DashboardData) -> DashboardCharts:
    query = data.query
    periods = trend_periods(query.period, query.quarters)
    cycle = data.cycle
    profile = None
    if cycle is not None and query.staff_no:
        profile = staff_profile(cycle, query.staff_no)
    return DashboardCharts(
        trend=kpi_trend(data.scope_name, periods, data.trend, query.trend_kpis),
        comparison=team_comparison(data.comparison, query.comparison_kpi),
        grades=grade_distribution(cycle) if cycle is not None else None,
        profile=profile,
        response=time_histogram("首次响应时间", data.response_times),
        resolution=time_histogram("解决时间", data.resolution_times),
        satisfaction=satisfaction_bands(data.csat or KpiValue("csat", None, "not computed")),
    )
