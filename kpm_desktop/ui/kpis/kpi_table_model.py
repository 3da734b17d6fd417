"""Staff x KPIs of one period as a sortable table; n/a greyed, formula and figures in tooltips."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kpm_desktop.domain.kpi import KpiDefinition, KpiUnit, KpiValue, ScopeLevel, format_number
from kpm_desktop.domain.kpi_table import KpiRow, KpiTable
from kpm_desktop.ui.common.vocabulary import kpi_formula, kpi_name, kpi_reason

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_FIXED_COLUMNS = 3  # code, name, department
_NA_BRUSH = QBrush(QColor("#9a9a9a"))
AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("KpiTableModel", text)


class KpiTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._definitions: tuple[KpiDefinition, ...] = ()
        self._rows: list[KpiRow] = []

    def set_table(self, table: KpiTable) -> None:
        self.beginResetModel()
        self._definitions = table.definitions
        self._rows = list(table.rows)
        self.endResetModel()

    def row_at(self, row: int) -> KpiRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _FIXED_COLUMNS + len(self._definitions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < _FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return (_tr("No."), _tr("Name"), _tr("Department"))[section]
            return None
        definition = self._definitions[section - _FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return kpi_name(definition)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{definition.key} — {definition.name_en}\n{kpi_formula(definition)}"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column < _FIXED_COLUMNS:
            name = _tr("Whole company") if row.level is ScopeLevel.COMPANY else row.name
            text = (row.code, name, row.department)[column]
            return text if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        definition = self._definitions[column - _FIXED_COLUMNS]
        value = row.values[definition.key]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(value.value, definition.unit)
        if role == Qt.ItemDataRole.ForegroundRole and value.is_na:
            return _NA_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return kpi_tooltip(definition, value)
        if role == SORT_ROLE:
            return None if value.value is None else float(value.value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by value; n/a rows always go last, whatever the order."""
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        keyed = [(self.data(self.index(r, column), SORT_ROLE), row) for r, row in enumerate(before)]
        present = [pair for pair in keyed if pair[0] is not None]
        missing = [pair[1] for pair in keyed if pair[0] is None]
        present.sort(key=lambda pair: pair[0], reverse=order is Qt.SortOrder.DescendingOrder)
        self._rows = [row for _key, row in present] + missing
        position = {id(row): r for r, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(position[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


def kpi_tooltip(definition: KpiDefinition, value: KpiValue) -> str:
    lines = [f"{definition.name_zh} {definition.name_en}", kpi_formula(definition)]
    if value.is_na:
        lines.append(_tr("n/a: {reason}").format(reason=kpi_reason(value.reason)))
    if value.numerator is not None and value.denominator is not None:
        lines.append(
            _tr("numerator {num} / denominator {den}").format(
                num=_plain(value.numerator), den=_plain(value.denominator)
            )
        )
    for label, figure in value.details:
        lines.append(f"{label}: {_plain(figure)}")
    if value.target is not None:
        attainment = _display(value.attainment, KpiUnit.PERCENT)
        lines.append(
            _tr("target {target}, attainment {attainment}").format(
                target=_plain(value.target), attainment=attainment
            )
        )
    if value.previous is not None or value.growth_reason:
        lines.append(_tr("growth vs previous period: {growth}").format(
            growth=_display(value.growth, KpiUnit.PERCENT)
        ))  # fmt: skip
    return "\n".join(lines)


def _display(number: Decimal | None, unit: KpiUnit) -> str:
    return _tr("n/a") if number is None else format_number(number, unit)


def _plain(number: Decimal) -> str:
    return format_number(number)
