"""The parts of the sheet around the indicator table: header band, staff details, result,
rater breakdown, comments, improvement plan and signature blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet, SignatoryRole
from kpm_desktop.reports import styles as st
from kpm_desktop.reports.number_text import number, percent, printed_total
from kpm_desktop.reports.template_forms import SheetTable

SIGNATURE_LABELS = (
    (SignatoryRole.EMPLOYEE, "被考核人"),
    (SignatoryRole.DIRECT_SUPERIOR, "直接上级"),
    (SignatoryRole.DEPARTMENT_HEAD, "部门负责人"),
    (SignatoryRole.HR, "人力资源部"),
)
_DETAIL_LABELS = ("部门", "姓名", "员工编号", "职位", "考核期间", "考评表")
_RATER_HEADS = ("考评人", "姓名", "权重", "得分", "加权得分")
# The labels every sheet prints (see template_forms): their characters are assigned first.
BLOCK_LABELS = (
    *_DETAIL_LABELS, *_RATER_HEADS, "总分", "等级", "结果区间", "综合评语", "改进计划",
    "员工意见", "员工绩效考评表", "考核期间",
)  # fmt: skip


def boxed(
    rows: list[list[object]],
    widths: list[float],
    extra: Sequence[tuple[object, ...]],
    *,
    repeat_rows: int = 0,
) -> Table:
    return SheetTable.styled(
        rows,
        widths,
        [
            ("FONTNAME", (0, 0), (-1, -1), st.CELL_FONT),
            ("BOX", (0, 0), (-1, -1), st.OUTER_RULE, st.INK),
            ("INNERGRID", (0, 0), (-1, -1), st.INNER_RULE, st.RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ],
        repeat_rows=repeat_rows,
    )


def header_band(sheet: EvaluationSheet, s: st.SheetStyles, width: float) -> Table:
    """Dark band: company left, title centred, period and template version right."""
    template = f"{st.markup(sheet.template_name)}"
    rows = [
        [
            s.template_paragraph(st.markup(sheet.company), s.company),
            s.template_paragraph(template, s.title),
            s.template_paragraph(
                f"员工绩效考评表<br/>考核期间 {st.markup(sheet.period)}", s.subtitle
            ),
        ]
    ]
    return SheetTable.styled(rows, band_widths(width), band_style().getCommands())


def band_widths(width: float) -> list[float]:
    """The dark band's columns: company, title, what the sheet is."""
    return [0.24 * width, 0.52 * width, 0.24 * width]


def band_style() -> TableStyle:
    """The dark band at the top of every printed sheet (evaluation and comparison)."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), st.CELL_FONT),
            ("BACKGROUND", (0, 0), (-1, -1), st.BAND_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
    )


def details_grid(sheet: EvaluationSheet, s: st.SheetStyles, width: float) -> Table:
    """Two rows of label / value pairs naming whom the sheet is about."""
    values = (
        sheet.department,
        sheet.staff_name,
        sheet.employee_no,
        sheet.position,
        sheet.period,
        f"{sheet.template_name}（第 {sheet.template_version} 版）",
    )
    cells = [
        [s.template_paragraph(label, s.label), s.paragraph(st.markup(value), s.value)]
        for label, value in zip(_DETAIL_LABELS, values, strict=True)
    ]
    rows = [cells[0] + cells[1] + cells[2], cells[3] + cells[4] + cells[5]]
    label_w, value_w = 0.09 * width, 0.2433 * width
    last_w = width - 2 * (label_w + value_w) - label_w
    widths = [label_w, value_w, label_w, value_w, label_w, last_w]
    fills = [("BACKGROUND", (c, 0), (c, -1), st.HEADER_FILL) for c in (0, 2, 4)]
    return boxed(rows, widths, fills)


def result_block(sheet: EvaluationSheet, s: st.SheetStyles, width: float) -> Flowable:
    """Total, grade and scale beside the per-rater breakdown."""
    scale = f"{number(sheet.result_scale.low)}–{number(sheet.result_scale.high)}"
    total = printed_total(sheet.total)
    summary = boxed(
        [
            [s.template_paragraph("总分", s.head), s.template_paragraph("等级", s.head)],
            [s.paragraph(total, s.total), s.paragraph(st.markup(sheet.grade) or "—", s.total)],
            [s.template_paragraph(f"结果区间 {scale}", s.small_center), ""],
        ],
        [0.17 * width, 0.17 * width],
        [("SPAN", (0, 2), (1, 2)), ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL)],
    )
    blocks: list[object] = [summary, ""]
    widths = [0.34 * width, 0.03 * width, 0.63 * width]
    if sheet.raters:
        blocks.append(_rater_table(sheet, s, widths[2]))
    else:
        blocks.append("")
    return SheetTable.styled(
        [blocks],
        widths,
        [
            ("FONTNAME", (0, 0), (-1, -1), st.CELL_FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )


def _rater_table(sheet: EvaluationSheet, s: st.SheetStyles, width: float) -> Table:
    rows: list[list[object]] = [[s.template_paragraph(text, s.head) for text in _RATER_HEADS]]
    for rater in sheet.raters:
        weighted = "—"
        total = printed_total(rater.total)
        if rater.total is not None:
            weighted = number(rater.total * rater.weight / 100, places=2)
        rows.append(
            [
                s.paragraph(st.markup(rater.role), s.cell_center),
                s.paragraph(st.markup(rater.name), s.cell_center),
                s.paragraph(percent(rater.weight), s.cell_center),
                s.paragraph(total, s.cell_center),
                s.paragraph(weighted, s.cell_center),
            ]
        )
    share = width / 5
    return boxed(rows, [share] * 5, [("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL)])


def text_block(title: str, text: str, s: st.SheetStyles, width: float) -> Table:
    """A labelled box for the overall comment or the improvement plan."""
    body = s.paragraph(st.markup(text) if text else "&nbsp;", s.body)
    return boxed(
        [[s.template_paragraph(title, s.head), body]],
        [0.12 * width, 0.88 * width],
        [("BACKGROUND", (0, 0), (0, -1), st.HEADER_FILL)],
    )


def acknowledgement_block(
    sheet: EvaluationSheet, s: st.SheetStyles, width: float
) -> list[Flowable]:
    """The employee's agreement and comment, once acknowledged with one."""
    if not sheet.acknowledgement:
        return []
    return [Spacer(1, 2 * mm), text_block("员工意见", sheet.acknowledgement, s, width)]


def signature_blocks(sheet: EvaluationSheet, s: st.SheetStyles, width: float) -> Flowable:
    """Four boxes with a printed name, a signature line and a date line."""
    cells = []
    for role, label in SIGNATURE_LABELS:
        signatory = sheet.signatory(role)
        name = st.markup(signatory.name) if signatory else ""
        signed_on = signatory.signed_on if signatory else None
        if role is SignatoryRole.EMPLOYEE and signed_on is None:
            signed_on = sheet.acknowledged_on
        day = (
            f"{signed_on.year} 年 {signed_on.month:02d} 月 {signed_on.day:02d} 日"
            if signed_on
            else "______ 年 ____ 月 ____ 日"
        )
        cells.append(
            s.paragraph(
                f"<font color='#5A6270'>{label}签字</font>　{name}<br/><br/><br/>"
                f"签字：________________<br/><br/>日期：{day}",
                s.cell,
            )
        )
    share = width / 4
    table = boxed(
        [cells],
        [share] * 4,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ],
    )
    return KeepTogether([Spacer(1, 4 * mm), table])
