"""Chart axes readable on a laptop: category names thin out or end in "…" rather than
overlap, counts tick on whole numbers, and an empty chart says "No data"."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QFont, QFontMetrics

from kpm_desktop.charts.grades import GradeDistributionChart
from kpm_desktop.charts.service_quality import CountBar, CountChart
from kpm_desktop.charts.texts import ChartText
from kpm_desktop.ui.kpis.chart_axes import CategoryAxis, CountAxis
from kpm_desktop.ui.kpis.chart_drawing import draw_counts, draw_grades
from kpm_desktop.ui.kpis.chart_view import ChartView, ValueAxis


def test_a_count_axis_ticks_only_on_whole_numbers(qapp) -> None:
    axis = CountAxis("left")
    for top in (0.8, 2.0, 3.0, 7.0, 40.0):
        levels = axis.tickValues(0.0, top, 300)
        values = [value for _spacing, level in levels for value in level]
        assert values and all(float(value).is_integer() for value in values), (top, levels)
        assert all(spacing >= 1 for spacing, _level in levels)


def test_value_labels_of_millions_never_touch(qapp) -> None:
    """The team comparison's revenue axis: 0 to 8,000,000 yuan on a 230 px wide chart."""
    axis = ValueAxis("bottom")
    metrics = QFontMetrics(QFont())
    for width in (230, 400, 900):
        ((spacing, values),) = axis.tickValues(0.0, 8_000_000.0, width)
        labels = axis.tickStrings(values, 1.0, spacing)
        pixels_apart = width * spacing / 8_000_000
        widest = max(metrics.horizontalAdvance(label) for label in labels)
        assert len(values) >= 2 and widest < pixels_apart, (width, labels)
    ((_spacing, roomy),) = axis.tickValues(0.0, 8_000_000.0, 900)
    assert len(roomy) > len(axis.tickValues(0.0, 8_000_000.0, 230)[0][1])


def test_category_labels_thin_out_when_the_axis_is_short(qapp) -> None:
    labels = [f"{hours}–{hours + 1}小时" for hours in range(8)]
    axis = CategoryAxis("bottom", labels)
    roomy = axis.tickValues(-0.5, 7.5, 1200)
    cramped = axis.tickValues(-0.5, 7.5, 240)
    assert roomy[0][1] == [float(i) for i in range(8)]
    shown = cramped[0][1]
    assert 1 < len(shown) < 8 and shown[0] == 0.0
    assert axis.tickStrings(shown, 1.0, cramped[0][0]) == [labels[round(v)] for v in shown]


def test_long_category_names_end_in_an_ellipsis(qapp) -> None:
    name = "华东区域大客户销售与渠道拓展事业部第二分部"
    axis = CategoryAxis("left", [name, "销售一部"])
    long_name, short_name = axis.tickStrings([0.0, 1.0], 1.0, 1.0)
    assert long_name.endswith("…") and name.startswith(long_name[:-1])
    assert short_name == "销售一部"


def _canvas_texts(view: ChartView) -> list[str]:
    return [item.text for item in view.canvas.ci.items if hasattr(item, "text")]


def test_an_empty_chart_says_no_data_instead_of_drawing_axes(qtbot) -> None:
    view = ChartView("首次响应时长")
    qtbot.addWidget(view)
    empty = CountChart(bars=(CountBar(ChartText("<5 min"), 0, Decimal(0)),))
    assert draw_counts(view, empty) is None
    assert _canvas_texts(view) == ["No data"]
    nobody = GradeDistributionChart(period="2026Q3", group="销售一部", total=0, bars=())
    assert draw_grades(view, nobody) is None
    assert _canvas_texts(view) == ["No data"]
