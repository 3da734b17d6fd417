"""The printed chart page: Chinese whatever language the UI runs in, and value axes that
print neither "-0" nor a row of equal labels."""

from __future__ import annotations

import re
from decimal import Decimal

from kpm_desktop.charts.staff_page import StaffChartPage
from kpm_desktop.charts.trend import TrendChart, TrendPoint, TrendSeries
from kpm_desktop.domain import kpi_reasons as why
from kpm_desktop.domain.kpi import KpiUnit, kpi_definition
from kpm_desktop.reports.chart_page import render_staff_chart_page
from kpm_desktop.reports.value_axis import value_scale
from tests.reports.pdf_text import page_texts

PERIODS = ("2026Q1", "2026Q2", "2026Q3")
D = Decimal


def _series(
    key: str, values: list[str | None], targets: list[str | None] | None = None
) -> TrendSeries:
    targets = targets or [None] * len(values)
    points = tuple(
        TrendPoint(
            period,
            None if value is None else D(value),
            why.NO_DEAL_CLOSED if value is None else "",
            None if target is None else D(target),
        )
        for period, value, target in zip(PERIODS, values, targets, strict=True)
    )
    return TrendSeries(key, kpi_definition(key).unit, points)


def _printed(*series: TrendSeries) -> str:
    page = StaffChartPage(
        "E00007", "王芳", "销售一部", "2026Q3", None, TrendChart("王芳", PERIODS, series)
    )
    return page_texts(render_staff_chart_page(page))[0]


def test_kpi_names_units_and_the_target_print_in_chinese() -> None:
    text = _printed(
        _series("revenue", ["120000", "98000.5", "150000"], ["100000", "100000", "120000"]),
        _series("win_rate", ["40", None, "55.5"]),
        _series("first_response_minutes", ["35", "28.25", "30"]),
    )
    for label in ("销售额（元）季度趋势", "目标", "成交率（%）季度趋势", "响应时间（分钟）季度趋势",
                  "王芳（E00007）2026Q3绩效图表", "本周期没有已定稿的考核结果"):  # fmt: skip
        assert label in text, label
    # Latin letters only in the periods, the employee no. and the word KPI.
    assert re.findall("[A-Za-z]+", re.sub(r"\d{4}Q\d|E\d+|KPI", "", text)) == []


def test_a_kpi_zero_in_every_quarter_gets_a_plain_axis_without_minus_zero() -> None:
    text = _printed(_series("win_rate", ["0", "0", "0"]), _series("won_deals", ["0", "0", "0"]))
    assert "-0" not in text
    assert "成交率（%）季度趋势" + "".join(PERIODS) + "0%25%50%75%100%" in text
    assert "成交单数（个）季度趋势" + "".join(PERIODS) + "01" in text


def test_small_values_get_labels_with_the_decimals_of_the_step() -> None:
    text = _printed(_series("purchase_frequency", ["0.2", "0.3", "0.25"]))
    assert "".join(PERIODS) + "0.00.10.20.3" in text


def test_the_value_scale() -> None:
    scale = value_scale([D("-12.5"), D(30)], KpiUnit.PERCENT)
    assert (scale.low, scale.high, scale.step) == (D(-20), D(40), D(20))
    assert [scale.label(tick) for tick in (-20.0, -0.0, 40.0)] == ["-20%", "0%", "40%"]
    revenue = value_scale([D("1234567.5"), D(1000000)], KpiUnit.YUAN)
    assert (revenue.high, revenue.step, revenue.label(1500000.0)) == (
        D(1500000),
        D(500000),
        "1,500,000",
    )
    assert value_scale([D("0.3")], KpiUnit.TIMES).label(0.1) == "0.1"
    assert value_scale([D(2)], KpiUnit.COUNT).step == 1  # counts step by whole numbers
    nothing = value_scale([], KpiUnit.DAYS)
    assert (nothing.low, nothing.high, nothing.step) == (0, 1, 1)
