"""Every chart of the dashboard from one `DashboardData`."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.charts.comparison import ComparisonChart, team_comparison
from kpm_desktop.charts.grades import GradeDistributionChart, grade_distribution
from kpm_desktop.charts.profile import StaffProfileChart, profile_chart
from kpm_desktop.charts.service_quality import (
    CountChart,
    satisfaction_bands,
    time_histogram,
)
from kpm_desktop.charts.trend import TrendChart, kpi_trend, trend_periods
from kpm_desktop.domain import kpi_reasons as why
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
    grades = data.grades
    return DashboardCharts(
        trend=kpi_trend(data.scope_name, periods, data.trend, query.trend_kpis),
        comparison=team_comparison(data.comparison, query.comparison_kpi),
        grades=None if grades is None else grade_distribution(grades, data.grade_group),
        profile=None if data.profile is None else profile_chart(data.profile),
        response=time_histogram(data.response_times),
        resolution=time_histogram(data.resolution_times),
        satisfaction=satisfaction_bands(data.csat or KpiValue("csat", None, why.NO_FIGURES)),
    )
