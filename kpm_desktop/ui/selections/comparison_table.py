"""The comparison as the Selections page shows it: the printed sheet's rows (quoted figures,
each indicator's panel-weighted score, each member's total, the weighted total, the rank and
the spread between members) with one column per bidder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.selection_sheet import SelectionSheet, number


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonTable", text)


def comparison_rows(sheet: SelectionSheet) -> list[tuple[str, list[str]]]:
    """(row heading, a text per bidder) in the printed sheet's order."""
    rows: list[tuple[str, list[str]]] = []
    for code, figures in sheet.figures:
        quoted = ["—" if v is None else f"{v:,.2f}" for v in figures]
        rows.append((_tr("Quoted %1").replace("%1", code), quoted))
    for row in sheet.rows:
        heading = f"{row.code} {row.name} ({fmt(row.weight)}%)"
        rows.append((heading, [number(v) for v in row.earned]))
    for member in sheet.members:
        heading = _tr("%1 (%2%)").replace("%1", member.name).replace("%2", fmt(member.weight))
        rows.append((heading, [number(v) for v in member.totals]))
    rows.append((_tr("Weighted total"), [number(v) for v in sheet.weighted_totals]))
    rows.append((_tr("Rank"), ["—" if r is None else str(r) for r in sheet.ranks]))
    rows.append((_tr("Spread between members"), [number(v) for v in sheet.spreads]))
    return rows


def fill_comparison(table: QTableWidget, sheet: SelectionSheet) -> None:
    rows = comparison_rows(sheet)
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(len(sheet.bidders))
    table.setHorizontalHeaderLabels(list(sheet.bidders))
    table.setVerticalHeaderLabels([heading for heading, _ in rows])
    for index, (_, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(index, column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
