"""The dashboard's charts in the UI's language, the printed chart page in Chinese, and the
two agreeing: a staff member of a finished cycle, one trend KPI of each kind of unit."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from kpm_desktop.charts.service_quality import CountChart
from kpm_desktop.charts.texts import PRINTED_ZH, TARGET, UNIT_NAMES, printed_chinese
from kpm_desktop.domain.kpi import CSAT_BANDS, kpi_definition
from kpm_desktop.domain.period import Period
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.ui.kpis.chart_drawing import draw_counts
from kpm_desktop.ui.kpis.chart_view import ChartView
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from tests.appraisal_world import PERIOD, World
from tests.finished_cycle import finish_sales
from tests.reports.pdf_text import page_texts, squeeze
from tests.ui.chart_texts import chart_texts, plot_texts, plots
from tests.ui.languages import ZH_TS, chinese_vocabulary, stored_words
from tests.ui.signal_waits import HANG
from tests.ui.visible_texts import Catalogue, has_cjk

# Money, a percentage, minutes and days; the comparison in points.
TREND_KPIS = ("revenue", "win_rate", "sales_cycle_days", "first_response_minutes")
COMPARISON_KPI = "csat"
PERIOD_TEXT = re.compile(r"\d{4}Q[1-4]")


def _service(world: World) -> DashboardService:
    kpis = KpiService(world.database)
    return DashboardService(world.database, kpis)


def _staff_dashboard(qtbot, world: World) -> tuple[DashboardPage, str]:
    """The dashboard of a sales member with a finished appraisal, built in the language
    installed when called; and the member's employee no."""
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    first, second = sorted(a.employee_no for a in found if a.department == "销售一部")[:2]
    finish_sales(world, first, "优", "95", "120000")
    finish_sales(world, second, "中", "70", "50000")
    page = DashboardPage(_service(world), world.admin, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    for action in page.kpi_menu.actions():
        action.setChecked(action.data() in TREND_KPIS)
    page.comparison_kpi.setCurrentIndex(page.comparison_kpi.findData(COMPARISON_KPI))
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.show()
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.department.setCurrentIndex(page.department.findData("D02"))
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.staff.setCurrentIndex(page.staff.findData(second))
    assert page.charts is not None and page.charts.profile is not None
    return page, second


def _trend_plots(page: DashboardPage) -> list[tuple[str, str, list[str]]]:
    """(title, unit axis label, legend items) of each trend plot."""
    found = []
    for plot in plots(page.views["trend"]):
        texts = list(plot_texts(plot))
        title = next(text for text, what in texts if what == "plot title")
        unit = next(text for text, what in texts if what == "left axis label")
        found.append((title, unit, [text for text, what in texts if what == "legend"]))
    return found


def _ticks(page: DashboardPage, chart: str) -> list[str]:
    (plot,) = plots(page.views[chart])
    return [text for text, what in plot_texts(plot) if what == "bottom axis tick"]


def _count_ticks(page: DashboardPage, chart: str, qtbot) -> list[str]:
    """The bucket names of a ticket chart. The person has no ticket, so the page says
    "No data" there; the same bars, each counted once, are drawn to read them."""
    assert page.charts is not None
    view = ChartView("")
    qtbot.addWidget(view)
    bars = tuple(replace(bar, count=1) for bar in getattr(page.charts, chart).bars)
    draw_counts(view, CountChart(bars))
    (plot,) = plots(view)
    return [text for text, what in plot_texts(plot) if what == "bottom axis tick"]


@pytest.mark.usefixtures("english")
def test_the_english_dashboard_charts_show_chinese_only_in_data(qtbot, world: World) -> None:
    page, _staff_no = _staff_dashboard(qtbot, world)
    trend = _trend_plots(page)
    assert [title for title, _unit, _legend in trend] == [
        kpi_definition(key).name_en for key in TREND_KPIS
    ]
    assert [unit for _title, unit, _legend in trend] == ["yuan", "%", "days", "minutes"]
    bands = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied"]
    assert _count_ticks(page, "satisfaction", qtbot) == bands
    assert (
        _count_ticks(page, "response", qtbot)[0] == "<5 min"
        and _count_ticks(page, "resolution", qtbot)[-1] == "≥7 d"
    )
    texts = chart_texts(page.views)
    assert "Customer satisfaction (points)" in texts
    chinese_texts = {text: where for text, where in texts.items() if has_cjk(text)}
    assert chinese_texts, "the charts show stored names: staff, indicators, grades"
    assert chinese_vocabulary(chinese_texts, stored_words(world.database)) == {}
    page.wait_for_workers()


@pytest.mark.usefixtures("chinese")
def test_the_chinese_dashboard_charts_are_chinese(qtbot, world: World) -> None:
    page, _staff_no = _staff_dashboard(qtbot, world)
    trend = _trend_plots(page)
    assert [title for title, _unit, _legend in trend] == [
        kpi_definition(key).name_zh for key in TREND_KPIS
    ]
    assert [unit for _title, unit, _legend in trend] == ["元", "%", "天", "分钟"]
    assert _count_ticks(page, "satisfaction", qtbot) == [name for name, _low, _high in CSAT_BANDS]
    assert (
        _count_ticks(page, "response", qtbot)[0] == "<5分钟"
        and _count_ticks(page, "resolution", qtbot)[-1] == "≥7天"
    )
    texts = chart_texts(page.views)
    assert "客户满意度（分）" in texts and "销售一部平均" in texts
    stored = stored_words(world.database)
    latin = {}
    for text, where in texts.items():
        rest = PERIOD_TEXT.sub("", text)
        for word in stored:
            rest = rest.replace(word, "")
        if re.search("[A-Za-z]", rest):
            latin[text] = where
    assert latin == {}
    page.wait_for_workers()


@pytest.mark.usefixtures("chinese")
def test_the_printed_chart_page_says_what_the_chinese_dashboard_says(qtbot, world: World) -> None:
    """KPI names, units and the target's legend: the page prints what the Chinese UI shows."""
    page, staff_no = _staff_dashboard(qtbot, world)
    trend = _trend_plots(page)
    assert any(TARGET.render(printed_chinese) in legend for _t, _u, legend in trend), (
        "a KPI with a target, so that the legends are compared too"
    )
    service = _service(world)
    # The printed page holds two trends below the profile.
    for first in range(0, len(TREND_KPIS), 2):
        keys = TREND_KPIS[first : first + 2]
        pdf = service.staff_chart_pdf(world.admin, staff_no, Period.parse(PERIOD), keys)
        printed = page_texts(pdf)[0]
        for title, unit, legend in trend[first : first + 2]:
            assert squeeze(f"{title}（{unit}）季度趋势") in printed, (title, unit)
            for item in legend:
                assert squeeze(item) in printed, item
    page.wait_for_workers()


def test_the_printed_chart_texts_are_those_of_the_chinese_catalogue() -> None:
    catalogue = Catalogue(ZH_TS)
    printed = [*UNIT_NAMES.values(), TARGET]
    assert {text.template for text in printed} == set(PRINTED_ZH)
    for text in printed:
        translation = catalogue.finished[(text.context, text.template)]
        assert translation == [text.render(printed_chinese)], text.template
