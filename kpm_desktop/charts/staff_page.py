"""What a staff member's chart page (printed after the evaluation sheet) shows: the
indicator profile of the cycle against the department, and KPI trends over the last
quarters. The dashboard draws the same values with pyqtgraph, reports with reportlab."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.charts.profile import StaffProfileChart, staff_profile
from kpm_desktop.charts.trend import TrendChart
from kpm_desktop.domain.appraisal_results import CycleResults


@dataclass(frozen=True)
class StaffChartPage:
    staff_no: str
    staff_name: str
    department: str
    period: str
    profile: StaffProfileChart | None  # None: no finished appraisal in the period
    trend: TrendChart


def staff_chart_page(
    staff_no: str,
    staff_name: str,
    department: str,
    cycle: CycleResults | None,
    trend: TrendChart,
) -> StaffChartPage:
    """The page for the period that ends the trend."""
    profile = None if cycle is None else staff_profile(cycle, staff_no)
    period = trend.periods[-1] if trend.periods else ""
    return StaffChartPage(staff_no, staff_name, department, period, profile, trend)
