"""The comparison as the Selections page shows it: the printed sheet's rows with one column
per bidder, the outcome first (weighted total, rank, spread between members, each member's
total) so it shows without scrolling on a laptop screen, then the quoted figures and each
indicator's panel-weighted score. The printed sheet keeps the seed's order (outcome last)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.selection_sheet import SelectionSheet, number


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonTable", text)


OUTCOME_ROWS = 2  # the weighted total and the rank, shown in bold


def comparison_rows(sheet: SelectionSheet) -> list[tuple[str, list[str]]]:
    """(row heading, a text per bidder), the outcome first."""
    rows: list[tuple[str, list[str]]] = [
        (_tr("Weighted total"), [number(v) for v in sheet.weighted_totals]),
        (_tr("Rank"), ["—" if r is None else str(r) for r in sheet.ranks]),
        (_tr("Spread between members"), [number(v) for v in sheet.spreads]),
    ]
    for member in sheet.members:
        heading = _tr("%1 (%2%)").replace("%1", member.name).replace("%2", fmt(member.weight))
        rows.append((heading, [number(v) for v in member.totals]))
    for code, figures in sheet.figures:
        quoted = ["—" if v is None else f"{v:,.2f}" for v in figures]
        rows.append((_tr("Quoted %1").replace("%1", code), quoted))
    for row in sheet.rows:
        heading = f"{row.code} {row.name} ({fmt(row.weight)}%)"
        rows.append((heading, [number(v) for v in row.earned]))
    return rows


def fill_comparison(table: QTableWidget, sheet: SelectionSheet) -> None:
    rows = comparison_rows(sheet)
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(len(sheet.bidders))
    table.setHorizontalHeaderLabels(list(sheet.bidders))
    table.setVerticalHeaderLabels([heading for heading, _ in rows])
    bold = QFont(table.font())
    bold.setBold(True)
    for index, (_, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if index < OUTCOME_ROWS:
                item.setFont(bold)
            table.setItem(index, column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
