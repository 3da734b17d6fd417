"""Draws the chart data of `kpm_desktop.charts` with pyqtgraph (imported lazily)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from kpm_desktop.charts.comparison import ComparisonChart
from kpm_desktop.charts.grades import GradeBar, GradeDistributionChart
from kpm_desktop.charts.profile import StaffProfileChart
from kpm_desktop.charts.service_quality import CountChart
from kpm_desktop.charts.texts import TARGET, UNIT_NAMES
from kpm_desktop.charts.trend import TrendChart, TrendPoint, TrendSeries
from kpm_desktop.domain.kpi import KpiUnit, format_number
from kpm_desktop.ui.common.i18n import format_integer
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.common.vocabulary import kpi_name, kpi_reason
from kpm_desktop.ui.kpis.chart_axes import CategoryAxis, CountAxis
from kpm_desktop.ui.kpis.chart_view import (
    MUTED,
    OVER_QUOTA,
    PALETTE,
    BarPicker,
    ChartView,
    cjk_font,
)

_MOST_LABELLED_BARS = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _categories(labels: Sequence[str], counts: bool = False) -> dict[str, pg.AxisItem]:
    """Axes for a bar chart: categories along the bottom, whole numbers up the left when
    the bars count something (people, tickets)."""
    axes: dict[str, pg.AxisItem] = {"bottom": CategoryAxis("bottom", labels)}
    if counts:
        axes["left"] = CountAxis("left")
    return axes


def draw_trend(view: ChartView, chart: TrendChart) -> list[pg.PlotDataItem]:
    """One small plot per KPI (their units differ), the target as a dashed line."""
    if not chart.series or not chart.periods:
        view.show_no_data(chart.scope or _tr("Whole company"))
        return []
    view.clear(chart.scope or _tr("Whole company"))
    curves = []
    xs = list(range(len(chart.periods)))
    for row, series in enumerate(chart.series):
        name = kpi_name(series.definition)
        plot = view.new_plot(row=row, axes=_categories(chart.periods))
        plot.setTitle(name, color="#1F3A5F", size="10pt")
        legend = plot.addLegend(
            offset=(-8, 4), labelTextSize="8pt", brush=pg.mkBrush(255, 255, 255, 200)
        )
        legend.setFont(cjk_font(8))
        color = PALETTE[row % len(PALETTE)]
        ys = [math.nan if p.value is None else float(p.value) for p in series.points]
        curve = plot.plot(xs, ys, pen=pg.mkPen(color, width=2), connect="finite", name=name)
        curves.append(curve)
        tips = [f"{name} {p.period}\n{_point_text(series, p)}" for p in series.points]
        known = [i for i, y in enumerate(ys) if not math.isnan(y)]
        scatter = pg.ScatterPlotItem(
            [xs[i] for i in known], [ys[i] for i in known], data=[tips[i] for i in known],
            size=8, brush=pg.mkBrush(color), pen=pg.mkPen("w"), hoverable=True,
            hoverSize=11, tip=lambda x, y, data: data,
        )  # fmt: skip
        plot.addItem(scatter)
        if series.has_target:
            targets = [math.nan if p.target is None else float(p.target) for p in series.points]
            target_pen = pg.mkPen(MUTED, width=1.5, style=Qt.PenStyle.DashLine)
            plot.plot(xs, targets, pen=target_pen, connect="finite", name=user_message(TARGET))
        plot.getAxis("left").setLabel(_unit_label(series.unit))
        plot.setXRange(-0.3, len(xs) - 0.7, padding=0)
    return curves


def _point_text(series: TrendSeries, point: TrendPoint) -> str:
    if point.value is None:
        return _tr("n/a: {reason}").format(reason=kpi_reason(point.reason))
    return format_number(point.value, series.unit)


def _unit_label(unit: KpiUnit) -> str:
    return user_message(UNIT_NAMES[unit])


def draw_comparison(view: ChartView, chart: ComparisonChart) -> BarPicker | None:
    """Horizontal bars, best at the top; names on the axis (thinned and shortened with "…"
    when they do not fit). None when there is nothing to compare."""
    count = len(chart.bars)
    note = _tr("{count} compared").format(count=count)
    if chart.not_available:
        note += _tr(", {count} n/a").format(count=len(chart.not_available))
    name = kpi_name(chart.definition)
    title = _tr("{kpi} ({unit})").format(kpi=name, unit=_unit_label(chart.unit))
    if not count:
        view.show_no_data(note, title)
        return None
    view.clear(note)
    labels = [bar.label for bar in reversed(chart.bars)] if count <= _MOST_LABELLED_BARS else []
    plot = view.new_plot(axes={"left": CategoryAxis("left", labels)})
    plot.setTitle(title, color="#1F3A5F", size="10pt")
    values = [float(bar.value) for bar in chart.bars]
    ys = [count - 1 - i for i in range(count)]
    brushes = [pg.mkBrush(PALETTE[0] if v >= 0 else OVER_QUOTA) for v in values]
    plot.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.7, width=values, brushes=brushes, pen=None))
    plot.setYRange(-0.6, count - 0.4, padding=0)
    tips = [f"{i + 1}. {bar.label}\n{name}: {bar.text}" for i, bar in enumerate(chart.bars)]
    # The picker counts bars from the bottom of the axis.
    return BarPicker(view, plot, values[::-1], tips[::-1], horizontal=True)


def draw_grades(view: ChartView, chart: GradeDistributionChart) -> BarPicker | None:
    """Bars per grade, the quota as a red tick line; bars over their quota in red. None
    when nobody is scored."""
    over = sum(bar.over for bar in chart.bars)
    group = chart.group or _tr("Whole company")
    note = _tr("{group}: {total} appraised").format(group=group, total=chart.total)
    if over:
        note += _tr(", {over} over quota").format(over=over)
    if chart.unscored:
        note += _tr(", {unscored} not scored").format(unscored=chart.unscored)
    if not chart.total:
        view.show_no_data(note)
        return None
    view.clear(note)
    plot = view.new_plot(axes=_categories([bar.grade for bar in chart.bars], counts=True))
    counts = [bar.count for bar in chart.bars]
    brushes = [pg.mkBrush(OVER_QUOTA if bar.over else PALETTE[0]) for bar in chart.bars]
    plot.addItem(
        pg.BarGraphItem(x=list(range(len(counts))), height=counts, width=0.6, brushes=brushes)
    )
    for index, bar in enumerate(chart.bars):
        if bar.allowed is None:
            continue
        quota = pg.PlotDataItem(
            [index - 0.42, index + 0.42], [bar.allowed, bar.allowed],
            pen=pg.mkPen(OVER_QUOTA, width=2, style=Qt.PenStyle.DashLine),
        )  # fmt: skip
        plot.addItem(quota)
    plot.getAxis("left").setLabel(_tr("People"))
    tips = [_grade_tip(bar) for bar in chart.bars]
    return BarPicker(view, plot, [float(c) for c in counts], tips, horizontal=False, width=0.6)


def _grade_tip(bar: GradeBar) -> str:
    text = f"{bar.grade}: {bar.count} ({format_number(bar.percent, KpiUnit.PERCENT)})"
    if bar.allowed is not None:
        text += "\n" + _tr("quota {percent}: at most {allowed}").format(
            percent=format_number(bar.max_percent, KpiUnit.PERCENT), allowed=bar.allowed
        )
    if bar.over:
        text += "\n" + _tr("{over} over the quota").format(over=bar.over)
    return text


def draw_profile(view: ChartView, chart: StaffProfileChart) -> None:
    """Grouped bars per indicator: the person against the department average (% of full)."""
    view.clear(
        _tr("{name}: {total} {grade}").format(
            name=chart.staff_name, total=format_number(chart.total), grade=chart.grade
        )
    )
    plot = view.new_plot(axes=_categories([a.name for a in chart.axes]))
    # Room above 100 % for the legend, which would otherwise cover the tallest bars.
    plot.setYRange(0, 128, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)], []])
    person = [0.0 if a.percent is None else float(a.percent) for a in chart.axes]
    team = [
        0.0 if a.department_percent is None else float(a.department_percent) for a in chart.axes
    ]
    xs = list(range(len(chart.axes)))
    plot.addLegend(offset=(-8, 2), labelTextSize="8pt", colCount=2)
    plot.addItem(
        pg.BarGraphItem(
            x=[x - 0.18 for x in xs],
            height=person,
            width=0.34,
            brush=PALETTE[0],
            name=chart.staff_name,
        )
    )
    plot.addItem(
        pg.BarGraphItem(
            x=[x + 0.18 for x in xs],
            height=team,
            width=0.34,
            brush=PALETTE[1],
            name=_tr("{department} average").format(department=chart.department),
        )
    )
    plot.getAxis("left").setLabel("%")
    tips = [
        f"{a.name}\n{chart.staff_name}: {format_number(a.percent, KpiUnit.PERCENT)}"
        f"\n{chart.department}: {format_number(a.department_percent, KpiUnit.PERCENT)}"
        f" (n={a.department_count})"
        for a in chart.axes
    ]
    BarPicker(
        view,
        plot,
        [max(p, t) for p, t in zip(person, team, strict=True)],
        tips,
        horizontal=False,
        width=0.72,
    )


def draw_counts(view: ChartView, chart: CountChart, color: str = PALETTE[0]) -> BarPicker | None:
    """Bars of tickets per bucket; None when there are no tickets."""
    note = _tr("{total} tickets").format(total=format_integer(chart.total))
    if not chart.total:
        view.show_no_data(note)
        return None
    view.clear(note)
    labels = [user_message(bar.label) for bar in chart.bars]
    plot = view.new_plot(axes=_categories(labels, counts=True))
    counts = [bar.count for bar in chart.bars]
    plot.addItem(
        pg.BarGraphItem(x=list(range(len(counts))), height=counts, width=0.7, brush=color, pen=None)
    )
    tips = [
        f"{label}: {format_integer(bar.count)} ({format_number(bar.percent, KpiUnit.PERCENT)})"
        for label, bar in zip(labels, chart.bars, strict=True)
    ]
    return BarPicker(view, plot, [float(c) for c in counts], tips, horizontal=False)
