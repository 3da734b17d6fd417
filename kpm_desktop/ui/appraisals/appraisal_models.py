"""Table models of the appraisal pages: cycles, appraisals, calibration rows, distribution."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import LIST_SEPARATOR
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary
from kpm_desktop.services.appraisals.calibration_views import CalibrationRow, QuotaGroup
from kpm_desktop.services.appraisals.cycle_views import CycleSummary
from kpm_desktop.ui.common.state_labels import (
    appraisal_state_label,
    cycle_status_label,
    not_scored_label,
)
from kpm_desktop.ui.common.user_messages import user_message, user_messages

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
OVERRUN = QColor("#f8d0d0")
OVERRUN_TEXT = QColor("#b00020")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppraisalModels", text)


def _number(value: Decimal | None) -> str:
    return "" if value is None else format(value.quantize(Decimal("0.01")), "f")


def _total(value: Decimal | None) -> str:
    """A total, or "not scored" for an appraisal without a complete score (never 0)."""
    return not_scored_label() if value is None else _number(value)


def _state(summary: AppraisalSummary) -> str:
    """The state, flagged for HR when the employee acknowledged and disagreed."""
    state = appraisal_state_label(summary.state)
    flag = _tr("disagrees")
    return f"{state} ⚑ {flag}" if summary.disagreed else state


def _grade(total: Decimal | None, grade: str | None) -> str:
    return not_scored_label() if total is None else grade or ""


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of plain records, one column per (title, getter)."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[T], str]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: T, column: int, role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0] if 0 <= section < len(self._columns) else None
        return str(section + 1)


def cycle_model(parent: Any = None) -> RowsModel[CycleSummary]:
    return RowsModel[CycleSummary](
        [
            (_tr("Period"), lambda c: c.period),
            (_tr("Name"), lambda c: c.name),
            (_tr("Status"), lambda c: cycle_status_label(c.status)),
            (_tr("Appraisals"), lambda c: str(c.appraisals)),
            (_tr("Templates"), lambda c: "; ".join(c.templates)),
            (_tr("Override reason"), lambda c: c.close_override_reason or ""),
        ],
        parent,
    )


class AppraisalListModel(RowsModel[AppraisalSummary]):
    """The appraisal list. A provisional result (the running score of an appraisal not
    yet finalized) is shown in italics, its grade marked "(provisional)", with a tooltip
    saying it is not final."""

    TOTAL, GRADE = 7, 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (_tr("ID"), lambda a: str(a.id)),
                (_tr("Employee no."), lambda a: a.employee_no),
                (_tr("Name"), lambda a: a.staff_name),
                (_tr("Department"), lambda a: a.department),
                (_tr("Template"), lambda a: f"{a.template_name} v{a.template_version}"),
                (_tr("Revision"), lambda a: str(a.revision)),
                (_tr("State"), _state),
                (_tr("Total"), lambda a: _total(a.total)),
                (_tr("Grade"), _listed_grade),
                (_tr("Next step"), _next_step),
            ],
            parent,
        )

    def extra_data(self, row: AppraisalSummary, column: int, role: int) -> Any:
        if not row.provisional or column not in (self.TOTAL, self.GRADE):
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(
                "Provisional: the running score of the ratings so far, "
                "final only when the appraisal is finalized"
            )
        return None


def appraisal_model(parent: Any = None) -> AppraisalListModel:
    return AppraisalListModel(parent)


def _listed_grade(summary: AppraisalSummary) -> str:
    grade = _grade(summary.total, summary.grade)
    if not summary.provisional:
        return grade
    return _tr("%1 (provisional)").replace("%1", grade)


def _next_step(summary: AppraisalSummary) -> str:
    """Whose turn: "自评：任倩; 直接上级评分：董敏", empty when nothing is due."""
    if summary.turn is None:
        return ""
    return user_message(LIST_SEPARATOR).join(user_messages(summary.turn.describe()))


class CalibrationModel(RowsModel[CalibrationRow]):
    """Appraisals of a department; the grades over their quota are shown in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (_tr("Employee no."), lambda r: r.summary.employee_no),
                (_tr("Name"), lambda r: r.summary.staff_name),
                (_tr("Template"), lambda r: r.summary.template_name),
                (_tr("State"), lambda r: _state(r.summary)),
                (_tr("Total"), lambda r: _total(r.total)),
                (_tr("Grade"), lambda r: _grade(r.total, r.grade)),
                (_tr("Result"), lambda r: _tr("final") if r.final else _tr("live")),
            ],
            parent,
        )
        self.over_quota: set[str] = set()

    def extra_data(self, row: CalibrationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.grade in self.over_quota:
            return QBrush(OVERRUN_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DistributionLine:
    def __init__(self, group: QuotaGroup, grade: str) -> None:
        self.template = group.template
        self.grade = grade
        self.count = group.counts.get(grade, 0)
        self.size = group.size
        quota = next((q for q in group.quotas if q.grade == grade), None)
        self.max_percent = None if quota is None else quota.max_percent
        self.allowed = group.allowed(grade)
        self.over = any(b.grade == grade for b in group.breaches)

    @property
    def share(self) -> str:
        if not self.size:
            return ""
        return f"{fmt((Decimal(self.count) * 100 / self.size).quantize(Decimal('0.1')))}%"


class UnscoredLine(DistributionLine):
    """The appraisals of a group without a complete score: counted, no share, no quota."""

    def __init__(self, group: QuotaGroup) -> None:
        self.template = group.template
        self.grade = not_scored_label()
        self.count = group.unscored
        self.size = 0
        self.max_percent = None
        self.allowed = None
        self.over = False


class DistributionModel(RowsModel[DistributionLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (_tr("Template"), lambda d: d.template),
                (_tr("Grade"), lambda d: d.grade),
                (_tr("Count"), lambda d: str(d.count)),
                (_tr("Share"), lambda d: d.share),
                (
                    _tr("Quota"),
                    lambda d: "" if d.max_percent is None else f"≤ {fmt(d.max_percent)}%",
                ),
                (_tr("Allowed"), lambda d: "" if d.allowed is None else str(d.allowed)),
                (
                    _tr("Over by"),
                    lambda d: str(d.count - d.allowed) if d.over and d.allowed is not None else "",
                ),
            ],
            parent,
        )

    def set_groups(self, groups: Sequence[QuotaGroup]) -> None:
        """Each group's grades, then its count of appraisals not scored (outside the shares
        and quotas) when there are any."""
        self.set_rows(
            [
                line
                for g in groups
                for line in [DistributionLine(g, grade) for grade in g.grades]
                + ([UnscoredLine(g)] if g.unscored else [])
            ]
        )

    def extra_data(self, row: DistributionLine, column: int, role: int) -> Any:
        if row.over and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERRUN)
        if row.over and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERRUN_TEXT)
        return None
