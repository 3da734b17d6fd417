"""A rater packet as an XLSX workbook (docs/formats.md, "Rater packets"), with openpyxl.

Input cells are unlocked and white; everything else is locked, each sheet protected and
the workbook's structure too. Dropdowns and number checks carry a Chinese input message
and error alert; the preview column holds ordinary formulas. The hidden `_packet` sheet
holds the manifest, the fixed cells' copies and the keyed hash.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.packets.packet_book import PacketBook
from kpm_desktop.domain.packets.packet_hash import HIDDEN_SHEET
from kpm_desktop.domain.packets.packet_layout import (
    COMMENT,
    LEVEL,
    NA,
    NA_MARK,
    REASON,
    SCORE,
    InputRow,
    SheetLayout,
)

_INPUT_FILL = PatternFill("solid", fgColor="FFFFFF")
_FIXED_FILL = PatternFill("solid", fgColor="EEF1F5")
_UNLOCKED = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")
_HEADER_ROW = 4
_STANDARD_CHARS = 22  # Chinese characters a line of the 考评标准 column holds
_WIDTHS = {
    "A": 12,
    "B": 8,
    "C": 22,
    "D": 14,
    "E": 7,
    "F": 44,
    "G": 12,
    "H": 11,
    "I": 8,
    "J": 7,
    "K": 18,
    "L": 20,
    "M": 10,
}


def _height(text: str) -> float:
    """Points for a row whose 考评标准 cell holds `text` (about 22 characters a line)."""
    lines = sum(max(1, -(-len(line) // _STANDARD_CHARS)) for line in text.split("\n"))
    return max(18.0, 15.0 * lines)


def _put(sheet: Any, cell: str, value: str | Decimal) -> Any:
    target = sheet[cell]
    if isinstance(value, Decimal):
        target.value = int(value) if value == value.to_integral_value() else float(value)
    else:
        target.value = value
        target.data_type = "s"  # text that starts with '=' stays text
    return target


def _validation(kind: str, cells: str, prompt: str, error: str, **formulas: str) -> DataValidation:
    validation = DataValidation(
        type=kind,
        allow_blank=True,
        showInputMessage=True,
        showErrorMessage=True,
        promptTitle="填写提示",
        prompt=prompt[:255],
        errorTitle="输入有误",
        error=error[:255],
        errorStyle="stop",
        **formulas,
    )
    validation.add(cells)
    return validation


def _row_validations(row: InputRow) -> list[DataValidation]:
    found: list[DataValidation] = []
    if row.choices:
        options = ",".join(row.choices)
        found.append(
            _validation(
                "list",
                row.cell(LEVEL),
                f"请从下拉列表中选择：{options}",
                f"只能选择：{options}",
                formula1=f'"{options}"',
            )
        )
    if row.levels:
        level, score = row.cell(LEVEL), row.cell(SCORE)
        spans = "，".join(f"{n} {fmt(lo)}-{fmt(hi)}" for n, lo, hi in row.levels)
        checks = ",".join(
            f'AND({level}="{n}",{score}>={fmt(lo)},{score}<={fmt(hi)})' for n, lo, hi in row.levels
        )
        found.append(
            _validation(
                "custom",
                score,
                f"分数须在所选等级的范围内：{spans}",
                f"分数不在所选等级的范围内：{spans}",
                formula1=f'OR({score}="",{checks})',
            )
        )
    elif row.number is not None:
        lo, hi = (fmt(n) for n in row.number)
        found.append(
            _validation(
                "decimal",
                row.cell(SCORE),
                f"请输入 {lo} 到 {hi} 之间的数字",
                f"数值须在 {lo} 到 {hi} 之间",
                operator="between",
                formula1=lo,
                formula2=hi,
            )
        )
    found.append(
        _validation(
            "list",
            row.cell(NA),
            "指标不适用时选“是”，并填写不适用原因",
            "只能选择“是”或留空",
            formula1=f'"{NA_MARK}"',
        )
    )
    return found


def _unlock(sheet: Any, cell: str) -> None:
    sheet[cell].protection = _UNLOCKED
    sheet[cell].fill = _INPUT_FILL
    sheet[cell].alignment = _WRAP


def _appraisee_sheet(book: Workbook, layout: SheetLayout, password: str) -> None:
    sheet = book.create_sheet(layout.name)
    for column, width in _WIDTHS.items():
        sheet.column_dimensions[column].width = width
    for cell, value in layout.fixed.items():
        target = _put(sheet, cell, value)
        if target.row >= _HEADER_ROW:  # the title rows run on into the empty cells
            target.fill = _FIXED_FILL
            target.alignment = _WRAP
    sheet["A1"].font = Font(bold=True, size=14)
    for row in layout.inputs:
        # Office suites do not grow a row to its wrapped text when opening a file.
        sheet.row_dimensions[row.row].height = _height(str(layout.fixed.get(f"F{row.row}", "")))
    for cell, formula in layout.formulas.items():
        sheet[cell] = formula
        sheet[cell].fill = _FIXED_FILL
    for row in layout.inputs:
        for validation in _row_validations(row):
            sheet.add_data_validation(validation)
        for column in (NA, REASON, COMMENT):
            _unlock(sheet, row.cell(column))
        if row.choices:
            _unlock(sheet, row.cell(LEVEL))
        if row.number is not None:
            _unlock(sheet, row.cell(SCORE))
    for feedback in (layout.overall_cell, layout.plan_cell):
        if feedback is not None:
            _unlock(sheet, feedback)
            row_number = sheet[feedback].row
            sheet.merge_cells(f"{feedback}:L{row_number}")
            sheet.row_dimensions[row_number].height = 60
    sheet.freeze_panes = "D5"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.protection.password = password
    sheet.protection.enable()


def packet_workbook(book: PacketBook, digest: str, password: str) -> bytes:
    """The workbook's bytes; `digest` is the keyed hash of `book.hidden`."""
    workbook = Workbook()
    cover = workbook.active
    cover.title = book.cover_name
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 60
    for cell, text in book.cover.items():
        _put(cover, cell, text).alignment = _WRAP
    cover["A1"].font = Font(bold=True, size=16)
    cover.merge_cells("A9:B9")
    cover.row_dimensions[9].height = 190
    cover.sheet_properties.pageSetUpPr.fitToPage = True
    cover.protection.password = password
    cover.protection.enable()
    for layout in book.layouts:
        _appraisee_sheet(workbook, layout, password)
    hidden = workbook.create_sheet(HIDDEN_SHEET)
    for number, row in enumerate([*book.hidden, ["digest", digest]], start=1):
        for column, text in enumerate(row, start=1):
            _put(hidden, f"{chr(64 + column)}{number}", text)
    hidden.sheet_state = "hidden"
    hidden.protection.password = password
    hidden.protection.enable()
    workbook.security = WorkbookProtection(workbookPassword=password, lockStructure=True)
    workbook.active = 0
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
