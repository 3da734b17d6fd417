"""The template page of the editor: name, department, result scale, raters, grades, quotas."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.rubric import (
    GradeBand,
    GradeQuota,
    RaterRole,
    RaterWeight,
    ResultScale,
)
from kpm_desktop.domain.rubric_validation import RATER_WEIGHTS, weight_total_problem
from kpm_desktop.ui.common.decimal_edit import DecimalEdit
from kpm_desktop.ui.common.field_row import FieldWithProblems
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.crm_tables.record_table import Column, ColumnKind, RecordTableEditor
from kpm_desktop.ui.templates.editor_commands import SetTemplateField
from kpm_desktop.ui.templates.template_tree_model import RubricTreeModel


def _unused_role(rows: tuple[Any, ...]) -> RaterWeight:
    taken = {row.role for row in rows}
    role = next((r for r in RaterRole if r not in taken), RaterRole.SUPERIOR)
    return RaterWeight(role, Decimal(0))


class TemplateSettings(QWidget):
    def __init__(self, model: RubricTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._showing = False
        self.name = QLineEdit()
        self.name_field = FieldWithProblems(self.name)
        self.department = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.scale_lo, self.scale_hi = DecimalEdit(), DecimalEdit()
        for edit in (self.scale_lo, self.scale_hi):
            edit.setMaximumWidth(90)
        scale = QHBoxLayout()
        scale.addWidget(self.scale_lo)
        scale.addWidget(QLabel("–"))
        scale.addWidget(self.scale_hi)
        scale.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Template name"), self.name_field)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Result scale"), scale)
        role_choices = tuple((rater_role_label(role), role) for role in RaterRole)
        self.raters = RecordTableEditor(
            (
                Column(
                    self.tr("Rater (考评人)"), "role", ColumnKind.CHOICE, role_choices, stretch=True
                ),
                Column(self.tr("Weight %"), "weight", ColumnKind.DECIMAL),
            ),
            _unused_role,
        )
        self.rater_total = QLabel()
        self.grades = RecordTableEditor(
            (
                Column(self.tr("Grade"), "grade", stretch=True),
                Column(self.tr("From total"), "min_total", ColumnKind.DECIMAL),
            ),
            lambda rows: GradeBand("", Decimal(0)),
        )
        self.quotas = RecordTableEditor(
            (
                Column(self.tr("Grade"), "grade", stretch=True),
                Column(self.tr("At most % of a group"), "max_percent", ColumnKind.DECIMAL),
            ),
            lambda rows: GradeQuota("", Decimal(100)),
        )
        for table in (self.raters, self.grades, self.quotas):
            table.view.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            self._group(self.tr("Raters and their weights"), self.raters, self.rater_total)
        )
        layout.addWidget(self._group(self.tr("Grade bands"), self.grades), 1)
        layout.addWidget(self._group(self.tr("Forced distribution quotas"), self.quotas))
        self.name.textChanged.connect(lambda text: self._edit("name", text))
        self.department.textChanged.connect(lambda text: self._edit("department", text))
        self.description.textChanged.connect(
            lambda: self._edit("description", self.description.toPlainText())
        )
        self.scale_lo.valueEdited.connect(
            lambda v: self._edit("scale", ResultScale(v, self.model.draft.scale.hi))
        )
        self.scale_hi.valueEdited.connect(
            lambda v: self._edit("scale", ResultScale(self.model.draft.scale.lo, v))
        )
        self.raters.rowsEdited.connect(lambda rows: self._edit("raters", rows, typing=False))
        self.grades.rowsEdited.connect(lambda rows: self._edit("grade_bands", rows, typing=False))
        self.quotas.rowsEdited.connect(lambda rows: self._edit("quotas", rows, typing=False))

    @staticmethod
    def _group(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _edit(self, field: str, value: Any, typing: bool = True) -> None:
        if self._showing or getattr(self.model.draft, field) == value:
            return
        self.model.undo_stack.push(SetTemplateField(self.model, field, value, typing=typing))

    def refresh(self) -> None:
        draft = self.model.draft
        self._showing = True
        try:
            if self.name.text() != draft.name:
                self.name.setText(draft.name)
            self.name_field.set_problems(
                [] if draft.name.strip() else [self.tr("The template needs a name")]
            )
            if self.department.text() != draft.department:
                self.department.setText(draft.department)
            if self.description.toPlainText() != draft.description:
                self.description.setPlainText(draft.description)
            self.scale_lo.set_value(draft.scale.lo)
            self.scale_hi.set_value(draft.scale.hi)
            self.raters.set_rows(draft.raters)
            self.grades.set_rows(draft.grade_bands)
            self.quotas.set_rows(draft.quotas)
            total = sum((r.weight for r in draft.raters), Decimal(0))
            gap = weight_total_problem(total, RATER_WEIGHTS)
            self.rater_total.setText(
                user_message(gap)
                if gap
                else self.tr("Rater weights total %1").replace("%1", fmt(total))
            )
            self.rater_total.setStyleSheet("color: #c62828;" if gap else "color: #2e7d32;")
        finally:
            self._showing = False
