"""The template as the evaluation sheet the seed prints: 指标类别 | 考核指标 | 信息来源 | 考评人 |
权重 | 考评标准, each category spanning its indicators' rows."""

from __future__ import annotations

from html import escape
from typing import assert_never

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.kpi import KPI_DEFINITIONS
from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.rubric import RATER_ROLE_LABELS, Indicator, RubricTemplate
from kpm_desktop.domain.rubric_methods import (
    KpiBandsMethod,
    KpiDirection,
    KpiLinearMethod,
    LevelsMethod,
    MethodKind,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    RankOrder,
    ScaleMethod,
)
from kpm_desktop.ui.templates.method_labels import scale_rule_label

# The sheet's own column titles, as on the printed form (seed 003), not UI text.
SHEET_COLUMNS = ("指标类别", "考核指标", "信息来源", "考评人", "权重", "考评标准")

_COLUMN_WIDTHS = (8, 17, 13, 10, 9, 43)
_STYLE = """
<style>
table.sheet { border-collapse: collapse; }
table.sheet th { background: #e8eef7; font-weight: bold; padding: 4px 6px; }
table.sheet td { padding: 4px 6px; vertical-align: top; }
td.cat { font-weight: bold; text-align: center; vertical-align: middle; }
td.num { text-align: center; vertical-align: middle; }
span.lv { font-weight: bold; }
p.head { font-size: 15pt; font-weight: bold; margin: 0; }
</style>
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplatePreview", text)


def _kpi_name(key: str) -> str:
    definition = next((d for d in KPI_DEFINITIONS if d.key == key), None)
    return f"{definition.name_zh} ({key})" if definition else key


def _criteria(indicator: Indicator) -> str:
    """The 考评标准 cell: levels one per line, other methods as a short rule."""
    method = indicator.method
    match method:
        case LevelsMethod():
            return "<br/>".join(
                f"<span class='lv'>{escape(lv.name)}</span> ({fmt(lv.lo)}–{fmt(lv.hi)}): "
                f"{escape(lv.descriptor).replace(chr(10), '<br/>')}"
                for lv in method.levels
            )
        case KpiLinearMethod():
            return escape(_kpi_linear_rule(method))
        case KpiBandsMethod():
            bands = "<br/>".join(
                f"{escape(b.name)}: {'' if b.lo is None else fmt(b.lo)}–"
                f"{'' if b.hi is None else fmt(b.hi)} → {fmt(b.points)}"
                for b in method.bands
            )
            return f"{escape(_kpi_name(method.kpi_key))}<br/>{bands}"
        case MetMethod():
            return escape(
                _tr("Met %1, partly met %2, not met 0")
                .replace("%1", fmt(method.max_points))
                .replace("%2", fmt(method.partial_points))
            )
        case ProvidedMethod():
            return escape(_tr("Provided %1, else 0").replace("%1", fmt(method.max_points)))
        case ScaleMethod():
            bands = "; ".join(f"{b.name} {fmt(b.lo)}–{fmt(b.hi)}" for b in method.bands)
            scale = f"{fmt(method.min_value)}–{fmt(method.max_value)}"
            text = f"{scale}" + (f" ({bands})" if bands else "")
            return escape(f"{text}; {scale_rule_label(method.rule)}")
        case RankMethod():
            return escape(_rank_rule(method))
        case PercentMethod():
            return escape(_tr("Achievement 0–100 %: weight × achievement ÷ 100"))
        case _:
            assert_never(method)


def _kpi_linear_rule(method: KpiLinearMethod) -> str:
    better = (
        _tr("lower is better")
        if method.direction is KpiDirection.LOWER_IS_BETTER
        else _tr("higher is better")
    )
    return (
        _tr("%1: target %2, %3, full marks at %4 x target")
        .replace("%1", _kpi_name(method.kpi_key))
        .replace("%2", fmt(method.target))
        .replace("%3", better)
        .replace("%4", fmt(method.cap))
    )


def _rank_rule(method: RankMethod) -> str:
    order = _tr("lowest first") if method.order is RankOrder.LOWEST_FIRST else _tr("highest first")
    points = " / ".join(fmt(p) for p in method.position_points)
    last = "" if method.last_points is None else f"; {_tr('last')} {fmt(method.last_points)}"
    return f"{order}: {points}{last}"


def _indicator_cell(indicator: Indicator) -> str:
    text = escape(indicator.name)
    if indicator.description and indicator.method.kind is MethodKind.LEVELS:
        text += f"<br/>({escape(indicator.description)})"
    return text


def evaluation_sheet_html(template: RubricTemplate) -> str:
    head = "".join(
        f"<th width='{width}%'>{title}</th>"
        for title, width in zip(SHEET_COLUMNS, _COLUMN_WIDTHS, strict=True)
    )
    rows: list[str] = []
    for category in template.categories:
        for n, indicator in enumerate(category.indicators):
            cells = ""
            if n == 0:
                cells += (
                    f"<td class='cat' rowspan='{len(category.indicators)}'>"
                    f"{escape(category.name)}</td>"
                )
            cells += (
                f"<td>{_indicator_cell(indicator)}</td>"
                f"<td>{escape(indicator.source)}</td>"
                f"<td class='num'>{escape(RATER_ROLE_LABELS[indicator.appraiser])}</td>"
                f"<td class='num' style='white-space: nowrap'>{fmt(indicator.weight)}%</td>"
                f"<td>{_criteria(indicator)}</td>"
            )
            rows.append(f"<tr>{cells}</tr>")
    department = escape(template.department)
    return (
        f"<html><head>{_STYLE}</head><body>"
        f"<p class='head' align='center'>{escape(template.name)}</p>"
        f"<p align='right'>{department}</p>"
        "<table class='sheet' border='1' cellspacing='0' width='100%'>"
        f"<tr>{head}</tr>{''.join(rows)}</table></body></html>"
    )


class TemplatePreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_template(self, template: RubricTemplate) -> None:
        scroll = self.verticalScrollBar().value()
        self.setHtml(evaluation_sheet_html(template))
        self.verticalScrollBar().setValue(scroll)
