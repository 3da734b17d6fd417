"""A selection's comparison as an XLSX workbook (docs/formats.md, "Selection comparison").

Sheet 对比表 holds what the printed comparison shows, numbers as numbers; sheet 评分明细
one row per panel member, bidder and indicator with the rating, points and earned score.
"""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from kpm_desktop.domain.rating import IndicatorScore
from kpm_desktop.domain.selection import Comparison, MemberSheet
from kpm_desktop.domain.selection_sheet import SelectionSheet

_HEAD_FILL = PatternFill("solid", fgColor="DDE4ED")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
DETAIL_HEADERS = (
    "评委",
    "投标人",
    "类别",
    "指标代码",
    "指标",
    "评分",
    "得分点数",
    "有效权重",
    "得分",
    "备注",
)


def selection_workbook(
    sheet: SelectionSheet, comparison: Comparison, sheets: tuple[MemberSheet, ...]
) -> bytes:
    book = Workbook()
    summary = book.active
    assert isinstance(summary, Worksheet)
    summary.title = "对比表"
    _comparison_sheet(summary, sheet)
    _detail_sheet(book.create_sheet("评分明细"), comparison, sheets)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _number(value: Decimal | None) -> Decimal | str:
    """openpyxl writes a Decimal as a number; an empty cell would hide "not scored yet"."""
    return "—" if value is None else value


def _comparison_sheet(ws: Worksheet, sheet: SelectionSheet) -> None:
    ws.append([sheet.template_name, "", "", "", sheet.name])
    ws.append([])
    header = ["类别", "指标代码", "评分项", "权重(%)", *sheet.bidders]
    ws.append(header)
    for cell in ws[ws.max_row]:
        cell.fill, cell.font = _HEAD_FILL, _BOLD
    for code, figures in sheet.figures:
        ws.append(["报价", code, "", "", *[_number(v) for v in figures]])
    for row in sheet.rows:
        ws.append([row.category, row.code, row.name, row.weight, *[_number(v) for v in row.earned]])
    for member in sheet.members:
        label = f"评委 {member.name}（权重 {member.weight}%）得分"
        ws.append([label, "", "", "", *[_number(v) for v in member.totals]])
    ws.append(["加权总分", "", "", "", *[_number(v) for v in sheet.weighted_totals]])
    ws.append(["排名", "", "", "", *["—" if r is None else r for r in sheet.ranks]])
    ws.append(["评委间分差", "", "", "", *[_number(v) for v in sheet.spreads]])
    for column, width in zip("ABCD", (14, 10, 28, 9), strict=True):
        ws.column_dimensions[column].width = width
    _two_decimals(ws)


def _detail_sheet(ws: Worksheet, comparison: Comparison, sheets: tuple[MemberSheet, ...]) -> None:
    ws.append(list(DETAIL_HEADERS))
    for cell in ws[1]:
        cell.fill, cell.font = _HEAD_FILL, _BOLD
    names = {m.id: m.shown for m in comparison.members}
    given = {(s.member_id, s.bidder_id): s for s in sheets}
    for result in comparison.results:
        for member_id, scored in result.sheets.items():
            own = given.get((member_id, result.bidder.id))
            for line in scored.lines:
                rating = None if own is None else own.ratings.get(line.code)
                ws.append(
                    [
                        names[member_id],
                        result.bidder.name,
                        line.category,
                        line.code,
                        line.name,
                        _rating_text(line),
                        _number(line.points),
                        line.effective_weight,
                        line.earned,
                        "" if rating is None else rating.comment,
                    ]
                )
    for row in ws.iter_rows(min_row=2):
        row[-1].alignment = _WRAP
    _two_decimals(ws)


def _two_decimals(ws: Worksheet) -> None:
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"


_LABELS = {
    "full": "满足",
    "partial": "部分满足",
    "none": "不满足",
    "provided": "能提供",
    "not provided": "不能提供",
}


def _rating_text(line: IndicatorScore) -> str:
    if line.not_applicable:
        return "不适用"
    return _LABELS.get(line.label or "", line.label or "")
