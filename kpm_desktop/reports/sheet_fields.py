"""Which sheet field a line of a sheet's extracted text belongs to.

The fields are listed in sections in print order (header, one section per indicator,
the sum row, result, comments, signatures), each field with its text as printed, white
space removed. `label_lines` walks the text of a rendered sheet and gives each line the
field whose printed text it continues; so a difference found between two page texts can
be named ("total", "earned score of 'CRM系统标准制定'", a `UserText` the GUI translates)
instead of only located.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet, SheetIndicator, SignatoryRole
from kpm_desktop.reports import styles as st
from kpm_desktop.reports.number_text import number, percent, printed_total
from kpm_desktop.reports.sheet_blocks import SIGNATURE_LABELS
from kpm_desktop.reports.sheet_tables import EFFECTIVE_WEIGHT_LABEL

FOOTER = UserText("footer (appraisal id, revision, status, audit chain head)")
RUNNING_HEADER = UserText("running header")
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Text without white space: table cells wrap anywhere, so lines are compared squeezed."""
    return _SPACE.sub("", text)


@dataclass(frozen=True)
class PrintedField:
    name: UserText  # in English; the GUI shows it translated
    text: str  # as printed, squeezed


def sheet_sections(sheet: EvaluationSheet) -> list[list[PrintedField]]:
    sections = [_header(sheet)]
    sections += [_indicator(ind) for ind in sheet.indicators]
    earned = sheet.earned_sum
    sum_row = "" if earned is None else number(earned, places=2)
    sections.append([PrintedField(UserText("sum of earned scores"), sum_row)])
    sections.append(_result(sheet))
    sections.append(
        [
            PrintedField(UserText("overall comment"), sheet.overall_comment),
            PrintedField(UserText("improvement plan"), sheet.improvement_plan),
            PrintedField(UserText("acknowledgement"), sheet.acknowledgement),
        ]
    )
    sections.append(_signatures(sheet))
    return [[PrintedField(f.name, squeeze(f.text)) for f in s if squeeze(f.text)] for s in sections]


def _header(sheet: EvaluationSheet) -> list[PrintedField]:
    return [
        PrintedField(UserText("company"), sheet.company),
        PrintedField(UserText("template name"), sheet.template_name),
        PrintedField(UserText("period"), f"员工绩效考评表考核期间{sheet.period}"),
        PrintedField(UserText("department"), sheet.department),
        PrintedField(UserText("name"), sheet.staff_name),
        PrintedField(UserText("employee number"), sheet.employee_no),
        PrintedField(UserText("position"), sheet.position),
        PrintedField(UserText("period"), sheet.period),
        PrintedField(
            UserText("template"), f"{sheet.template_name}（第{sheet.template_version}版）"
        ),
    ]


def _indicator(ind: SheetIndicator) -> list[PrintedField]:
    of = ind.name
    fields = [
        PrintedField(UserText("indicator '{of}'", of=of), ind.name + ind.description),
        PrintedField(UserText("information source of '{of}'", of=of), ind.information_source),
        PrintedField(UserText("appraiser of '{of}'", of=of), ind.rater_role),
        PrintedField(UserText("weight of '{of}'", of=of), _weight(ind)),
    ]
    for index, level in enumerate(ind.levels):
        chosen = index == ind.chosen_level
        mark = st.CHOSEN_MARK if chosen else st.OTHER_MARK
        points = f"{number(level.min_points)}–{number(level.max_points)}分"
        label = level.label
        fields += [
            PrintedField(
                UserText("chosen level of '{of}' (level {level})", of=of, level=label),
                f"{mark}{label}",
            ),
            PrintedField(UserText("points of level {level} of '{of}'", of=of, level=label), points),
            PrintedField(
                UserText("text of level {level} of '{of}'", of=of, level=label),
                level.text + ("【已选】" if chosen else ""),
            ),
        ]
    fields += _score_fields(ind, of)
    return fields


def _weight(ind: SheetIndicator) -> str:
    text = percent(ind.weight)
    if ind.effective_weight is not None:
        text += f"{EFFECTIVE_WEIGHT_LABEL}{number(ind.effective_weight, places=2)}%"
    return text


def _score_fields(ind: SheetIndicator, of: str) -> list[PrintedField]:
    fields = []
    if ind.not_applicable:
        fields.append(PrintedField(UserText("score of '{of}'", of=of), "不适用"))
    elif ind.earned is not None:
        earned = number(ind.earned, places=2)
        fields.append(PrintedField(UserText("earned score of '{of}'", of=of), earned))
        points = ind.points_given
        if points is not None:
            level = "" if ind.chosen_level is None else ind.levels[ind.chosen_level].label + "·"
            given = f"{level}评分{number(points)}"
            fields.append(PrintedField(UserText("points given of '{of}'", of=of), given))
    if ind.kpi is not None:
        fields.append(PrintedField(UserText("KPI figures of '{of}'", of=of), ind.kpi.kpi_name))
    if ind.not_applicable:
        reason = "不适用：" + ind.not_applicable_reason
        fields.append(PrintedField(UserText("N/A reason of '{of}'", of=of), reason))
    if ind.comment:
        comment = "评语：" + ind.comment
        fields.append(PrintedField(UserText("comment of '{of}'", of=of), comment))
    return fields


def _result(sheet: EvaluationSheet) -> list[PrintedField]:
    scale = f"结果区间{number(sheet.result_scale.low)}–{number(sheet.result_scale.high)}"
    fields = [
        PrintedField(UserText("total"), printed_total(sheet.total)),
        PrintedField(UserText("grade"), sheet.grade or "—"),
        PrintedField(UserText("result scale"), scale),
    ]
    for rater in sheet.raters:
        of = rater.role
        total, weighted = printed_total(rater.total), "—"
        if rater.total is not None:
            weighted = number(rater.total * rater.weight / 100, places=2)
        fields += [
            PrintedField(UserText("rater role of rater {of}", of=of), rater.role),
            PrintedField(UserText("name of rater {of}", of=of), rater.name),
            PrintedField(UserText("weight of rater {of}", of=of), percent(rater.weight)),
            PrintedField(UserText("total of rater {of}", of=of), total),
            PrintedField(UserText("weighted total of rater {of}", of=of), weighted),
        ]
    return fields


def _signatures(sheet: EvaluationSheet) -> list[PrintedField]:
    fields = []
    for role, label in SIGNATURE_LABELS:
        signatory = sheet.signatory(role)
        name = signatory.name if signatory else ""
        signed_on = signatory.signed_on if signatory else None
        if role is SignatoryRole.EMPLOYEE and signed_on is None:
            signed_on = sheet.acknowledged_on
        day = f"{signed_on:%Y年%m月%d日}" if signed_on else "______年____月____日"
        fields += [
            PrintedField(UserText("signature line {box}", box=label), f"{label}签字{name}"),
            PrintedField(
                UserText("signature date {box}", box=label), f"签字：________________日期：{day}"
            ),
        ]
    return fields


def label_lines(
    lines: Sequence[str], sections: list[list[PrintedField]], running_title: str
) -> list[UserText | None]:
    """The field each line (of all the sheet's pages, in order) continues; None for labels
    and the texts every sheet prints.

    A line belongs to the first field, in the current section or the next one, whose
    printed text not yet matched starts with it; fields are consumed as they are matched,
    so equal values (a total and a rater's total) go to the fields in print order.
    """
    running = squeeze(running_title)
    consumed = [[0] * len(section) for section in sections]
    current = 0
    labels: list[UserText | None] = []
    for line in lines:
        text = squeeze(line)
        if text.startswith("考评编号") or text.startswith("内容校验"):
            labels.append(FOOTER)
            continue
        if text == running:
            labels.append(RUNNING_HEADER)
            continue
        found = _find(text, sections, consumed, current)
        if found is None:
            labels.append(None)
            continue
        current, index = found
        consumed[current][index] += len(text)
        labels.append(sections[current][index].name)
    return labels


def _find(
    text: str, sections: list[list[PrintedField]], consumed: list[list[int]], current: int
) -> tuple[int, int] | None:
    if not text:
        return None
    for number_ in range(current, min(current + 2, len(sections))):
        for index, field in enumerate(sections[number_]):
            if field.text[consumed[number_][index] :].startswith(text):
                return number_, index
    return None
