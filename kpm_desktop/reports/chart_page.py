"""A staff member's chart page as PDF bytes, drawn with reportlab.graphics (vectors, not
a screenshot) from `charts.staff_page.StaffChartPage`, in the shipped CJK font; it is
meant to follow the evaluation sheet (`reports.combine.combine`).

Top: each indicator's score as % of its full score, the person against the department
average, as grouped bars. Below: one small line chart per KPI over the last quarters,
with the target as a dashed line where one is set; n/a quarters are gaps.
"""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kpm_desktop.charts.profile import StaffProfileChart
from kpm_desktop.charts.staff_page import StaffChartPage
from kpm_desktop.charts.texts import TARGET, UNIT_NAMES, printed_chinese
from kpm_desktop.charts.trend import TrendSeries
from kpm_desktop.domain.kpi import format_number
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.value_axis import value_scale

PERSON = colors.HexColor("#2F6DB5")
DEPARTMENT = colors.HexColor("#A9B8C9")
TARGET_COLOR = colors.HexColor("#C0392B")
TREND_COLORS = (colors.HexColor("#2F6DB5"), colors.HexColor("#3A9D5D"),
                colors.HexColor("#E07B24"), colors.HexColor("#8E44AD"))  # fmt: skip
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


def render_staff_chart_page(page: StaffChartPage) -> bytes:
    font = register_sheet_font()
    output = BytesIO()
    canvas = Canvas(output, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{page.staff_name} {page.period} 绩效图表")
    top = A4[1] - MARGIN
    canvas.setFont(font, 16)
    canvas.drawString(
        MARGIN, top - 16, f"{page.staff_name}（{page.staff_no}）{page.period} 绩效图表"
    )
    canvas.setFont(font, 10)
    canvas.drawString(MARGIN, top - 34, _subtitle(page))
    y = top - 48
    profile = _profile_drawing(page.profile, font)
    y -= profile.height
    profile.drawOn(canvas, MARGIN, y)
    for index, series in enumerate(page.trend.series):
        drawing = _trend_drawing(series, TREND_COLORS[index % len(TREND_COLORS)], font)
        if y - drawing.height < MARGIN + 14:
            break  # more KPIs than fit one page: the page shows the first ones
        y -= drawing.height
        drawing.drawOn(canvas, MARGIN, y)
    canvas.setFont(font, 8)
    canvas.setFillColor(colors.grey)
    canvas.drawString(MARGIN, MARGIN, _footnote(page))
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def _subtitle(page: StaffChartPage) -> str:
    text = f"部门：{page.department}"
    if page.profile is not None:
        total = format_number(page.profile.total)
        text += f"　　考核总分：{total}　　等级：{page.profile.grade}"
    return text


def _footnote(page: StaffChartPage) -> str:
    periods = page.trend.periods
    span = f"{periods[0]}–{periods[-1]}" if periods else ""
    return (
        f"指标得分率 = 各评分人得分率按评分权重平均；部门平均为 {page.period} 已定稿考核。"
        f"KPI 趋势 {span}，虚线为目标值。"
    )


def _title(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(0, drawing.height - 14, text, fontName=font, fontSize=11))


def _profile_drawing(profile: StaffProfileChart | None, font: str) -> Drawing:
    title = "指标得分率与部门平均对比（占满分 %）"
    if profile is None:
        drawing = Drawing(WIDTH, 50)
        _title(drawing, title, font)
        drawing.add(String(0, 14, "本周期没有已定稿的考核结果。", fontName=font, fontSize=10))
        return drawing
    chart = VerticalBarChart()
    tilted = len(profile.axes) > 6  # long rows of names slant to fit
    chart.x, chart.y, chart.width, chart.height = 36, 60 if tilted else 26, WIDTH - 150, 170
    drawing = Drawing(WIDTH, chart.y + chart.height + 40)
    _title(drawing, title, font)
    chart.data = [
        [_number(axis.percent) for axis in profile.axes],
        [_number(axis.department_percent) for axis in profile.axes],
    ]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.categoryAxis.categoryNames = [_short(axis.name, 8) for axis in profile.axes]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.angle = 30 if tilted else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if tilted else "n"
    chart.bars[0].fillColor = PERSON
    chart.bars[1].fillColor = DEPARTMENT
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    chart.groupSpacing = 8
    drawing.add(chart)
    drawing.add(_legend([(PERSON, profile.staff_name), (DEPARTMENT, "部门平均")], font,
                        WIDTH - 100, chart.y + chart.height - 10))  # fmt: skip
    return drawing


def _trend_drawing(series: TrendSeries, color: colors.Color, font: str) -> Drawing:
    drawing = Drawing(WIDTH, 165)
    name = series.definition.name_zh
    unit = UNIT_NAMES[series.unit].render(printed_chinese)
    _title(drawing, f"{name}（{unit}）季度趋势", font)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 60, 24, WIDTH - 170, 110
    values = [point.value for point in series.points]
    rows = [(run, color, False) for run in _runs(values)]
    legend = [(color, name)]
    if series.has_target:
        rows += [(run, TARGET_COLOR, True) for run in _runs([p.target for p in series.points])]
        legend.append((TARGET_COLOR, TARGET.render(printed_chinese)))
    # One data row per unbroken run: an n/a quarter is a gap, a lone value a dot.
    chart.data = [[_number(v) for v in run] for run, _color, _dashed in rows] or [[None]]
    chart.joinedLines = 0
    labels = []
    for index, (run, line_color, dashed) in enumerate(rows):
        style = chart.lines[index]
        style.strokeColor = line_color
        style.strokeWidth = 1.6
        if sum(v is not None for v in run) > 1:
            style.lineStyle = "joinedLine"
        if dashed:
            style.strokeDashArray = (4, 3)
            style.symbol = None
        else:
            style.symbol = makeMarker("FilledCircle", size=3)
        shown = [] if dashed else [format_number(v, series.unit) for v in run if v is not None]
        labels.append(shown)
    chart.categoryAxis.categoryNames = [point.period for point in series.points]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    scale = value_scale([v for run, _color, _dashed in rows for v in run if v is not None],
                        series.unit)  # fmt: skip
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = float(scale.low), float(scale.high)
    chart.valueAxis.valueSteps = [float(tick) for tick in scale.ticks]
    chart.valueAxis.labelTextFormat = scale.label
    chart.lineLabelFormat = "values"
    chart.lineLabelArray = labels
    chart.lineLabels.fontName = font
    chart.lineLabels.fontSize = 6
    chart.lineLabels.dy = 5
    drawing.add(chart)
    drawing.add(_legend(legend, font, WIDTH - 100, 120))
    return drawing


def _legend(items: list[tuple[colors.Color, str]], font: str, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 4
    legend.colorNamePairs = items
    return legend


def _runs(values: list[Decimal | None]) -> list[list[Decimal | None]]:
    """Each unbroken run of values as a full-length row, None outside the run."""
    runs: list[list[Decimal | None]] = []
    for index, value in enumerate(values):
        if value is None:
            continue
        if index == 0 or values[index - 1] is None:
            runs.append([None] * len(values))
        runs[-1][index] = value
    return runs


def _number(value: Decimal | None) -> float | None:
    """reportlab plots floats; the labels print the exact Decimal."""
    return None if value is None else float(value)


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
