"""The indicator table: 指标类别 | 考核指标 | 信息来源 | 考评人 | 权重 | 考评标准 | 得分.

Each indicator takes one row per descriptor level (plus a row for KPI figures, an N/A
reason or a comment); its name, source, rater, weight and score span those rows, and the
category spans all rows of its indicators. The header row repeats on every page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.platypus import Paragraph

from kpm_desktop.domain.evaluation_sheet import (
    DescriptorLevel,
    EvaluationSheet,
    KpiFigures,
    SheetCategory,
    SheetIndicator,
)
from kpm_desktop.reports import styles as st
from kpm_desktop.reports.number_text import number, percent
from kpm_desktop.reports.template_forms import SheetTable

_STANDARD_COLS = (5, 6)
_SCORE_COL = 7
EFFECTIVE_WEIGHT_LABEL = "实际"
EFFECTIVE_WEIGHT_NOTE = (
    "<font color='#5A6270'>实际：不适用指标的权重按比例分给其余指标后的权重；"
    "各项得分按实际权重计算。</font>"
)
# Printed in the template's cells besides the template's own texts (level marks and point
# ranges): assigned first too, so those cells can be forms.
FORM_TEXTS = (st.CHOSEN_MARK, st.OTHER_MARK, " 0123456789.–分", "【已选】")
HEADER_TEXTS = ("指标类别", "考核指标", "信息来源", "考评人", "权重", "考评标准", "", "得分")


@dataclass
class _TableBuilder:
    styles: st.SheetStyles
    rows: list[list[object]] = field(default_factory=list)
    commands: list[tuple[object, ...]] = field(default_factory=list)

    span_limit: float = 0.0
    standard_width: float = 0.0

    def add_category(self, category: SheetCategory) -> None:
        first = len(self.rows)
        for indicator in category.indicators:
            self._add_indicator(indicator)
        last = len(self.rows) - 1
        if last < first:
            return
        self.rows[first][0] = self.styles.template_paragraph(
            st.markup(category.name), self.styles.cell_center
        )
        self.commands += [
            ("BACKGROUND", (0, first), (0, last), st.CATEGORY_FILL),
            ("LINEABOVE", (0, first), (-1, first), st.OUTER_RULE * 0.8, st.RULE),
        ]
        if self._estimated_height(category) <= self.span_limit:
            self.commands.append(("SPAN", (0, first), (0, last)))
        else:
            # A spanned cell cannot break across pages: a category taller than a page is
            # drawn as one column block (no rules inside), its name at the top.
            self.commands += [
                ("VALIGN", (0, first), (0, last), "TOP"),
                ("LINEBELOW", (0, first), (0, last - 1), st.INNER_RULE, st.CATEGORY_FILL),
            ]

    def _estimated_height(self, category: SheetCategory) -> float:
        """A cautious guess of the category's height from its descriptor text lengths."""
        style = self.styles.cell
        chars_per_line = max(1.0, (self.standard_width - 8) / style.fontSize)
        height = 0.0
        for indicator in category.indicators:
            texts = [level.text for level in indicator.levels] or [""]
            if indicator.kpi is not None:
                texts += [indicator.kpi.kpi_name + indicator.kpi.no_value_reason]
                texts += [indicator.kpi.formula]
            texts += [indicator.comment] if indicator.comment else []
            for text in texts:
                lines = max(2, -(-len(text) // int(chars_per_line)))
                height += lines * style.leading + 6
        return height

    def _add_indicator(self, indicator: SheetIndicator) -> None:
        s = self.styles
        first = len(self.rows)
        for index, level in enumerate(indicator.levels):
            chosen = index == indicator.chosen_level
            self.rows.append(self._blank_row(_level_cells(level, chosen, s)))
            if chosen:
                self.commands.append(
                    ("BACKGROUND", (5, first + index), (6, first + index), st.CHOSEN_FILL)
                )
        for note in _notes(indicator):
            self.rows.append(self._blank_row([s.paragraph(note, s.cell), ""]))
            row = len(self.rows) - 1
            self.commands.append(("SPAN", (5, row), (6, row)))
        if len(self.rows) == first:
            self.rows.append(self._blank_row(["", ""]))
        last = len(self.rows) - 1
        head = self.rows[first]
        name = st.markup(indicator.name)
        if indicator.description:
            name += f"<br/><font size=7 color='#5A6270'>{st.markup(indicator.description)}</font>"
        head[1] = s.template_paragraph(name, s.cell)
        head[2] = s.template_paragraph(st.markup(indicator.information_source), s.cell_center)
        head[3] = s.template_paragraph(st.markup(indicator.rater_role), s.cell_center)
        head[4] = s.paragraph(weight_text(indicator), s.cell_center)
        head[_SCORE_COL] = _score_cell(indicator, s)
        for col in (1, 2, 3, 4, _SCORE_COL):
            self.commands.append(("SPAN", (col, first), (col, last)))
        if indicator.not_applicable:
            self.commands.append(("BACKGROUND", (1, first), (-1, last), st.NOT_APPLICABLE_FILL))
        self.commands.append(("LINEABOVE", (1, first), (-1, first), st.INNER_RULE * 2, st.RULE))

    @staticmethod
    def _blank_row(standard: list[object]) -> list[object]:
        return ["", "", "", "", "", *standard, ""]


def weight_text(indicator: SheetIndicator) -> str:
    """The nominal weight, and below it the effective one when an N/A re-normalised it."""
    return _weights_text(indicator.weight, indicator.effective_weight)


def _weights_text(nominal: Decimal, effective: Decimal | None) -> str:
    text = percent(nominal)
    if effective is not None:
        # label and value on lines of their own: the weight column is narrow
        label = EFFECTIVE_WEIGHT_LABEL
        shown = number(effective, places=2)
        text += f"<br/><font size=6.5 color='#5A6270'>{label}<br/>{shown}%</font>"
    return text


def sum_weights(sheet: EvaluationSheet) -> tuple[Decimal, Decimal | None]:
    """The 合计 row's weights: the nominal ones summed, and the weights the scores used
    (effective where printed, nominal elsewhere) summed, None when no row prints an
    effective weight. Each column adds up by hand to what it prints."""
    indicators = sheet.indicators
    nominal = sum((ind.weight for ind in indicators), Decimal(0))
    if all(ind.effective_weight is None for ind in indicators):
        return nominal, None
    used = (
        ind.weight if ind.effective_weight is None else ind.effective_weight for ind in indicators
    )
    return nominal, sum(used, Decimal(0))


def _sum_row(sheet: EvaluationSheet, s: st.SheetStyles) -> list[object]:
    """合计: the weight columns' sums and the earned scores' sum; after an N/A, a note in
    the standards' place says what 实际 means."""
    nominal, effective = sum_weights(sheet)
    earned = sheet.earned_sum
    note = "" if effective is None else s.paragraph(EFFECTIVE_WEIGHT_NOTE, s.cell)
    return [
        s.paragraph("合计", s.head),
        "",
        "",
        "",
        s.paragraph(_weights_text(nominal, effective), s.cell_center),
        note,
        "",
        s.paragraph("" if earned is None else number(earned, places=2), s.score),
    ]


def _level_cells(level: DescriptorLevel, chosen: bool, s: st.SheetStyles) -> list[object]:
    mark = st.CHOSEN_MARK if chosen else st.OTHER_MARK
    points = f"{number(level.min_points)}–{number(level.max_points)}分"
    label = f"{mark} {st.markup(level.label)}<br/><font size=6.5>{points}</font>"
    text = st.markup(level.text)
    if chosen:
        label = f"<font color='#1F3A5F'>{label}</font>"
        text = f"{text} <font color='#1F3A5F' size=7>【已选】</font>"
    return [s.template_paragraph(label, s.cell_center), s.template_paragraph(text, s.cell)]


def _notes(indicator: SheetIndicator) -> list[str]:
    notes: list[str] = []
    if indicator.scale_rule:
        notes.append(f"<font color='#5A6270'>计分：</font>{st.markup(indicator.scale_rule)}")
    if indicator.kpi is not None:
        notes.append(_kpi_text(indicator.kpi))
    if indicator.not_applicable:
        kpi_na = indicator.kpi is not None and indicator.kpi.value is None
        reason = st.markup(indicator.not_applicable_reason) or ("KPI 无数据" if kpi_na else "—")
        notes.append(f"<font color='#5A6270'>不适用：</font>{reason}")
    if indicator.comment:
        notes.append(f"<font color='#5A6270'>评语：</font>{st.markup(indicator.comment)}")
    return notes


def _kpi_text(kpi: KpiFigures) -> str:
    """Value (or 无数据), source figures and target; the n/a reason on a line of its own, so
    the first line stays short; the formula in small print."""
    unit = st.markup(kpi.unit)
    if kpi.value is None:
        value = "无数据"
    else:
        value = f"{number(kpi.value)}{unit}"
        if kpi.numerator is not None and kpi.denominator is not None:
            value += f"（{number(kpi.numerator)} / {number(kpi.denominator)}）"
    if kpi.target is not None:
        value += f"，目标 {number(kpi.target)}{unit}"
    text = f"<font color='#5A6270'>KPI {st.markup(kpi.kpi_name)}：</font>{value}"
    if kpi.value is None and kpi.no_value_reason:
        text += f"<br/><font color='#5A6270'>原因：</font>{st.markup(kpi.no_value_reason)}"
    if kpi.formula:
        text += f"<br/><font size=6.5 color='#5A6270'>公式：{st.markup(kpi.formula)}</font>"
    return text


def _score_cell(indicator: SheetIndicator, s: st.SheetStyles) -> Paragraph:
    if indicator.not_applicable:
        return s.paragraph("不适用", s.cell_center)
    if indicator.earned is None:
        return s.paragraph("", s.score)
    detail = ""
    points = indicator.points_given
    if points is not None:
        level = ""
        if indicator.chosen_level is not None:
            level = st.markup(indicator.levels[indicator.chosen_level].label) + " · "
        detail = f"<br/><font size=6.5 color='#5A6270'>{level}评分 {number(points)}</font>"
    return s.paragraph(f"{number(indicator.earned, places=2)}{detail}", s.score)


def indicator_table(
    sheet: EvaluationSheet, s: st.SheetStyles, widths: list[float], frame_height: float
) -> SheetTable:
    """The whole indicator table with its header and the sum row."""
    builder = _TableBuilder(s, span_limit=0.8 * frame_height, standard_width=widths[6])
    builder.rows.append([s.template_paragraph(text, s.head) for text in HEADER_TEXTS])
    for category in sheet.categories:
        builder.add_category(category)
    builder.rows.append(_sum_row(sheet, s))
    commands = [*_base_commands(len(builder.rows)), *builder.commands]
    return SheetTable.styled(builder.rows, widths, commands, repeat_rows=1)


def _base_commands(row_count: int) -> list[tuple[object, ...]]:
    last = row_count - 1
    return [
        ("FONTNAME", (0, 0), (-1, -1), st.CELL_FONT),
        ("SPAN", (5, 0), (6, 0)),
        ("SPAN", (0, last), (3, last)),
        ("SPAN", (5, last), (6, last)),
        ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
        ("BACKGROUND", (0, last), (-1, last), st.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("INNERGRID", (0, 0), (-1, -1), st.INNER_RULE, st.RULE),
        ("BOX", (0, 0), (-1, -1), st.OUTER_RULE, st.INK),
        ("LINEBELOW", (0, 0), (-1, 0), st.OUTER_RULE, st.INK),
        ("LINEABOVE", (0, last), (-1, last), st.OUTER_RULE, st.INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
