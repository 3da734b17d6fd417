"""The Templates page's table: name, version, department, status, used by."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kpm_desktop.domain.rubric import TemplateStatus
from kpm_desktop.services.templates.template_summary import TemplateSummary

Index = QModelIndex | QPersistentModelIndex
_STATUS_COLOURS = {
    TemplateStatus.DRAFT: QColor("#8a6d00"),
    TemplateStatus.ACTIVE: QColor("#2e7d32"),
    TemplateStatus.RETIRED: QColor("#777777"),
}


class TemplateListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[TemplateSummary] = []

    def set_summaries(self, summaries: Sequence[TemplateSummary]) -> None:
        self.beginResetModel()
        self.summaries = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> TemplateSummary:
        return self.summaries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Template"),
            self.tr("Version"),
            self.tr("Department"),
            self.tr("Status"),
            self.tr("Used by"),
        )[section]

    def status_label(self, status: TemplateStatus) -> str:
        labels = {
            TemplateStatus.DRAFT: self.tr("draft"),
            TemplateStatus.ACTIVE: self.tr("active"),
            TemplateStatus.RETIRED: self.tr("retired"),
        }
        return labels[status]

    def used_by_label(self, summary: TemplateSummary) -> str:
        if summary.used_by_count:
            return self.tr("%n appraisal(s)", "", summary.used_by_count)
        return self.tr("in use") if summary.in_use else "—"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summaries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                summary.name,
                f"v{summary.version}",
                summary.department,
                self.status_label(summary.status),
                self.used_by_label(summary),
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QBrush(_STATUS_COLOURS[summary.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
