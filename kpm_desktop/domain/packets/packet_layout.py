"""Where everything goes on a packet's appraisee sheet (docs/formats.md, "Rater packets").

The layout depends on the template alone (rows) and the packet's data (values), so the
import finds the input cells of a sheet from its template version, which never changes.
Fixed cells hold text or Decimal; the writer protects them, the keyed hash covers them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import assert_never

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.methods.protocol import (
    KpiFigureInput,
    LevelChoice,
    MetChoice,
    NumberEntry,
    ProvidedChoice,
    RatingField,
)
from kpm_desktop.domain.packets.packet_content import AppraiseeSheet
from kpm_desktop.domain.rating import MetLevel
from kpm_desktop.domain.rubric import RATER_ROLE_LABELS, Indicator

FIRST_ROW = 5
HEADERS = (
    "指标类别",
    "编号",
    "考核指标",
    "信息来源",
    "权重",
    "考评标准",
    "已知KPI",
    "等级/结果",
    "分数",
    "不适用",
    "不适用原因",
    "备注",
    "预览得分",
)
COLUMNS = "ABCDEFGHIJKLM"
LEVEL, SCORE, NA, REASON, COMMENT, PREVIEW = "H", "I", "J", "K", "L", "M"
NA_MARK = "是"
NOT_ASKED = "—"
MET_WORDS: dict[str, MetLevel] = {
    "达成": MetLevel.FULL,
    "部分达成": MetLevel.PARTIAL,
    "未达成": MetLevel.NONE,
}
PROVIDED_WORDS: dict[str, bool] = {"已提供": True, "未提供": False}
# Characters a sheet name may not hold in Excel, and its longest length.
_BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
_MAX_SHEET_NAME = 31


@dataclass(frozen=True)
class InputRow:
    """An indicator's row: what its level cell offers and the range of its score cell."""

    code: str
    row: int
    choices: tuple[str, ...]  # the level cell's dropdown; empty: the cell is not asked
    levels: tuple[tuple[str, Decimal, Decimal], ...]  # (name, lo, hi) of a levels method
    number: tuple[Decimal, Decimal] | None  # the score cell's range; None: not asked
    number_field: RatingField = RatingField.SCORE

    def cell(self, column: str) -> str:
        return f"{column}{self.row}"


@dataclass(frozen=True)
class SheetLayout:
    """One appraisee sheet: fixed cells, the input rows, preview formulas, feedback cells."""

    name: str
    fixed: dict[str, str | Decimal]
    inputs: tuple[InputRow, ...]
    formulas: dict[str, str]
    total_row: int
    overall_cell: str | None
    plan_cell: str | None

    def input_cells(self) -> Iterator[str]:
        for row in self.inputs:
            if row.choices:
                yield row.cell(LEVEL)
            if row.number is not None:
                yield row.cell(SCORE)
            yield from (row.cell(NA), row.cell(REASON), row.cell(COMMENT))
        yield from (c for c in (self.overall_cell, self.plan_cell) if c is not None)


def sheet_name_for(staff_name: str, employee_no: str, taken: set[str]) -> str:
    """The appraisee's name as a valid, unique sheet name (their number when taken)."""
    base = staff_name.translate(_BAD_SHEET_CHARS).strip("' ") or employee_no
    for candidate in (base, f"{base} {employee_no}"):
        name = candidate[:_MAX_SHEET_NAME]
        if name.casefold() not in {t.casefold() for t in taken}:
            return name
    number = 2
    while f"{base[:25]} ({number})".casefold() in {t.casefold() for t in taken}:
        number += 1
    return f"{base[:25]} ({number})"


def input_row(indicator: Indicator, row: int) -> InputRow:
    wanted = indicator.method.rating_input()
    match wanted:
        case LevelChoice(levels=levels):
            spans = tuple((lv.name, lv.lo, lv.hi) for lv in levels)
            top = (Decimal(0), wanted.max_points)
            return InputRow(indicator.code, row, tuple(n for n, _, _ in spans), spans, top)
        case MetChoice():
            return InputRow(indicator.code, row, tuple(MET_WORDS), (), None)
        case ProvidedChoice():
            return InputRow(indicator.code, row, tuple(PROVIDED_WORDS), (), None)
        case NumberEntry(lo=lo, hi=hi, field=field):
            return InputRow(indicator.code, row, (), (), (lo, hi), field)
        case KpiFigureInput():
            return InputRow(indicator.code, row, (), (), None)
        case _:
            assert_never(wanted)


def standard_text(indicator: Indicator) -> str:
    """The 考评标准 cell: every level with its points and descriptor, or the rule."""
    lines = [
        f"{lv.name}（{fmt(lv.lo)}-{fmt(lv.hi)}分）{lv.descriptor}".rstrip()
        for lv in indicator.method.descriptor_levels()
    ]
    rule = indicator.method.printed_rule()
    if rule:
        lines.append(rule)
    wanted = indicator.method.rating_input()
    if isinstance(wanted, MetChoice):
        lines.append("达成 / 部分达成 / 未达成")
    if isinstance(wanted, NumberEntry):
        lines.append(f"{fmt(wanted.lo)}-{fmt(wanted.hi)}{wanted.suffix}")
    if isinstance(wanted, KpiFigureInput):
        target = "" if wanted.target is None else f"，目标 {fmt(wanted.target)}"
        lines.append(f"按 CRM 数据计分（{wanted.kpi_key}{target}）")
    else:
        lines.append(f"满分 {fmt(indicator.method.max_points)}")
    return "\n".join(lines)


def _kpi_text(appraisee: AppraiseeSheet, code: str) -> str:
    line = next((k for k in appraisee.kpi_lines if k.indicator_code == code), None)
    if line is None:
        return ""
    return line.reason or "n/a" if line.value is None else fmt(line.value)


def _preview_formula(indicator: Indicator, row: InputRow) -> str:
    r, weight = row.row, f"E{row.row}"
    maximum = fmt(indicator.method.max_points)
    points: str
    if row.levels:
        points = "0"
        for name, _lo, hi in reversed(row.levels):
            points = f'IF({LEVEL}{r}="{name}",{fmt(hi)},{points})'
        points = f'IF({SCORE}{r}<>"",{SCORE}{r},{points})'
    elif row.choices == tuple(MET_WORDS):
        partial = indicator.method.to_json().get("partial_points", 0)
        points = (
            f'IF({LEVEL}{r}="达成",{maximum},IF({LEVEL}{r}="部分达成",{fmt(Decimal(partial))},0))'
        )
    elif row.choices:
        points = f'IF({LEVEL}{r}="已提供",{maximum},0)'
    elif row.number is not None and row.number_field is RatingField.SCORE:
        lo, hi = row.number
        span = fmt(hi - lo) if hi > lo else "1"
        points = f'IF({SCORE}{r}="",0,({SCORE}{r}-{fmt(lo)})/{span}*{maximum})'
    else:
        return ""  # KPI and rank indicators are scored by the app on import
    return f'=IF({NA}{r}="{NA_MARK}","",ROUND({points}/{maximum}*{weight},2))'


def sheet_layout(appraisee: AppraiseeSheet) -> SheetLayout:
    sheet, template = appraisee.sheet, appraisee.template
    fixed: dict[str, str | Decimal] = {
        "A1": f"绩效考核评分表：{appraisee.staff_name}",
        "A2": f"员工：{sheet.employee_no} {appraisee.staff_name}",
        "D2": f"部门：{appraisee.department}",
        "F2": f"考评人角色：{RATER_ROLE_LABELS[sheet.role]}",
        "H2": f"考核表：{template.name} v{template.version}",
    }
    fixed.update({f"{col}4": text for col, text in zip(COLUMNS, HEADERS, strict=True)})
    inputs: list[InputRow] = []
    formulas: dict[str, str] = {}
    row = FIRST_ROW
    for category in template.categories:
        for indicator in category.indicators:
            spec = input_row(indicator, row)
            inputs.append(spec)
            fixed.update(
                {
                    f"A{row}": category.name,
                    f"B{row}": indicator.code,
                    f"C{row}": indicator.name,
                    f"D{row}": indicator.source,
                    f"E{row}": indicator.weight,
                    f"F{row}": standard_text(indicator),
                    f"G{row}": _kpi_text(appraisee, indicator.code),
                }
            )
            if not spec.choices:
                fixed[spec.cell(LEVEL)] = NOT_ASKED
            if spec.number is None:
                fixed[spec.cell(SCORE)] = NOT_ASKED
            formula = _preview_formula(indicator, spec)
            if formula:
                formulas[spec.cell(PREVIEW)] = formula
            row += 1
    last = row - 1
    fixed[f"A{row}"] = "合计（预览，以导入时系统计算为准）"
    counted = f'SUMIF({NA}{FIRST_ROW}:{NA}{last},"<>{NA_MARK}",E{FIRST_ROW}:E{last})'
    formulas[f"{PREVIEW}{row}"] = (
        f'=IF({counted}=0,"",ROUND(SUM({PREVIEW}{FIRST_ROW}:{PREVIEW}{last})*100/{counted},2))'
    )
    overall = plan = None
    if sheet.role.value != "self":
        fixed[f"A{row + 2}"] = "总体评价"
        fixed[f"A{row + 3}"] = "改进计划"
        overall, plan = f"B{row + 2}", f"B{row + 3}"
    fixed = {cell: value for cell, value in fixed.items() if value != ""}
    return SheetLayout(sheet.sheet_name, fixed, tuple(inputs), formulas, row, overall, plan)
