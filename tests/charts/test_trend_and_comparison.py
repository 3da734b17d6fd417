from decimal import Decimal

from kpm_desktop.charts.comparison import team_comparison
from kpm_desktop.charts.trend import kpi_trend, trend_periods
from kpm_desktop.domain import kpi_reasons as why
from kpm_desktop.domain.kpi import Direction, KpiValue, ScopeLevel, amount, na, ratio
from kpm_desktop.domain.kpi_table import KpiRow
from kpm_desktop.domain.period import Period


def test_trend_periods_end_with_the_chosen_one() -> None:
    periods = trend_periods(Period.parse("2026Q2"), 4)
    assert [str(p) for p in periods] == ["2025Q3", "2025Q4", "2026Q1", "2026Q2"]


def test_trend_keeps_na_as_gaps_with_reasons_and_targets() -> None:
    q1, q2, q3 = trend_periods(Period.parse("2026Q3"), 3)
    revenue = amount("revenue", Decimal("1234.5")).with_target(
        Decimal(1000), Direction.HIGHER_IS_BETTER
    )
    values = {
        q1: {"revenue": revenue, "win_rate": ratio("win_rate", 1, 3, "", percent=True)},
        q2: {"revenue": amount("revenue", 0), "win_rate": na("win_rate", "no deal closed")},
    }
    chart = kpi_trend("全公司", (q1, q2, q3), values, ["revenue", "win_rate"])
    assert chart.periods == ("2026Q1", "2026Q2", "2026Q3")
    revenue_series, win_rate = chart.series
    assert revenue_series.definition.name_zh == "销售额" and revenue_series.has_target
    assert [p.value for p in revenue_series.points] == [Decimal("1234.5"), Decimal(0), None]
    assert [p.target for p in revenue_series.points] == [Decimal(1000), None, None]
    assert [p.reason for p in revenue_series.points] == ["", "", why.NO_FIGURES]
    assert win_rate.points[0].value == Decimal(1) / 3 * 100
    assert win_rate.points[1].reason == "no deal closed" and win_rate.points[1].value is None
    assert win_rate.points[2].reason == why.NO_FIGURES
    assert not win_rate.has_target


def _row(code: str, value: KpiValue) -> KpiRow:
    return KpiRow(ScopeLevel.STAFF, code, f"员工{code}", "销售一部", {value.key: value})


def test_comparison_sorts_best_first_by_direction_and_lists_na() -> None:
    rows = [
        _row("E1", amount("revenue", 300)),
        _row("E2", amount("revenue", 500)),
        _row("E3", amount("revenue", 300)),
    ]
    chart = team_comparison(rows, "revenue")
    assert [b.code for b in chart.bars] == ["E2", "E1", "E3"]
    assert chart.bars[0].text == "500.00" and chart.definition.name_en == "Revenue"
    cycle = [
        _row("E1", ratio("sales_cycle_days", 30, 2, "")),
        _row("E2", ratio("sales_cycle_days", 10, 2, "")),
        _row("E3", na("sales_cycle_days", "no won deal")),
    ]
    lower = team_comparison(cycle, "sales_cycle_days")
    assert [(b.code, b.value) for b in lower.bars] == [("E2", Decimal(5)), ("E1", Decimal(15))]
    assert lower.not_available == (("员工E3", "no won deal"),)
