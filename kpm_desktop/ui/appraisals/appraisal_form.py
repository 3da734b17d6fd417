"""The appraisal form: one row per indicator for the chosen rater, live earned scores,
total and grade, comments, and the workflow buttons the signed-in user may use.

Errors show in a message line above the rows (no blocking box); a stale version offers
Reload. Ctrl+S saves; Tab walks row by row; keys 1-9 pick a level in a level chooser.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import ConflictError, KpmUserError
from kpm_desktop.domain.rating import RaterRatings
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.scoring import score_appraisal
from kpm_desktop.domain.workflow import STEPS, Action
from kpm_desktop.services.appraisals.appraisal_views import (
    Acknowledgement,
    AppraisalForm,
    RatingEntry,
    shown_result,
)
from kpm_desktop.ui.appraisals.appraisal_ports import AppraisalPort
from kpm_desktop.ui.appraisals.indicator_row import IndicatorRow
from kpm_desktop.ui.appraisals.step_confirmation import (
    CONFIRMED_STEPS,
    StepConfirmation,
    StepSettings,
    step_summary,
)
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.state_labels import appraisal_state_label, not_scored_label
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.sheets.sheet_actions import SheetActions, SheetPort
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings


class AmendDialog(QDialog):
    """Asks for the reason of an amendment; `open()` it and listen to `reason_given`."""

    reason_given = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend a finalized appraisal"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("What is corrected, and why (required)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A new revision is made; this one is kept as superseded.")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.reason.setFocus()
            return
        super().accept()
        self.reason_given.emit(self.reason.toPlainText().strip())


class AppraisalFormWidget(QWidget):
    saved = Signal(int)  # the new version
    state_changed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        service: AppraisalPort,
        actor: Actor,
        appraisal_id: int,
        parent: QWidget | None = None,
        *,
        sheets: SheetPort | None = None,
        sheet_settings: SheetSettings | None = None,
        step_settings: StepSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._step_settings = step_settings
        self._service = service
        self._actor = actor
        self.appraisal_id = appraisal_id
        self.form: AppraisalForm | None = None
        self.rows: list[IndicatorRow] = []
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.rater = QComboBox()
        self.rater.currentIndexChanged.connect(self._show_rater)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.load)
        self.reload_button.hide()
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.overall_comment = QPlainTextEdit()
        self.overall_comment.setMaximumHeight(60)
        self.improvement_plan = QPlainTextEdit()
        self.improvement_plan.setMaximumHeight(60)
        self.overall_comment.setTabChangesFocus(True)
        self.improvement_plan.setTabChangesFocus(True)
        self.buttons: dict[str, QPushButton] = {}
        button_row = QHBoxLayout()
        self._add_buttons(button_row)
        button_row.addStretch(1)
        self.sheet_actions: SheetActions | None = None
        self.chart_page: QCheckBox | None = None
        if sheets is not None and sheet_settings is not None:
            self._add_sheet_buttons(button_row, SheetActions(sheets, sheet_settings, actor, self))
            self._add_chart_page_choice(button_row, sheet_settings)
        self.buttons["save"].setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(QLabel(self.tr("Rater:")))
        top.addWidget(self.rater)
        top.addWidget(self.total)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.reload_button)
        feedback = QFormLayout()
        feedback.addRow(self.tr("Overall comment"), self.overall_comment)
        feedback.addRow(self.tr("Improvement plan (反馈改进)"), self.improvement_plan)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(message_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(feedback)
        layout.addLayout(button_row)
        self.load()

    def _add_sheet_buttons(self, row: QHBoxLayout, actions: SheetActions) -> None:
        self.sheet_actions = actions
        actions.failed.connect(self._show_error)
        actions.saved.connect(
            lambda path: self.message.setText(self.tr("Saved %1").replace("%1", path))
        )
        for name, text, handler in (
            ("print", self.tr("Print…"), self.print_sheet),
            ("open_pdf", self.tr("Open PDF"), self.open_sheet),
            ("save_pdf", self.tr("Save PDF…"), self.save_sheet),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            self.buttons[name] = button
            row.addWidget(button)

    def _add_chart_page_choice(self, row: QHBoxLayout, settings: SheetSettings) -> None:
        self.chart_page = QCheckBox(self.tr("Include chart page"))
        self.chart_page.setToolTip(
            self.tr("Print and save the sheet with a page of charts after it: indicator "
                    "profile against the department and KPI trends")
        )  # fmt: skip
        self.chart_page.setChecked(settings.chart_page)

        def remember(include: bool) -> None:
            settings.chart_page = include

        self.chart_page.toggled.connect(remember)
        row.addWidget(self.chart_page)

    def sheet_file_name(self) -> str:
        if self.form is None:
            return f"appraisal-{self.appraisal_id}.pdf"
        s = self.form.summary
        return f"{s.period}_{s.employee_no}_{s.staff_name}_rev{s.revision}.pdf"

    def print_sheet(self) -> object:
        """The print dialog (non-blocking), or None when the sheet cannot be made."""
        return (
            None
            if self.sheet_actions is None
            else self.sheet_actions.print_sheet(self.appraisal_id)
        )

    def open_sheet(self) -> object:
        if self.sheet_actions is None:
            return None
        return self.sheet_actions.open_sheet(self.appraisal_id, self.sheet_file_name())

    def save_sheet(self) -> object:
        if self.sheet_actions is None:
            return None
        return self.sheet_actions.save_sheet(self.appraisal_id, self.sheet_file_name())

    # Loading and showing
    def load(self) -> None:
        try:
            form = self._service.form(self._actor, self.appraisal_id)
        except KpmUserError as exc:
            self._show_error(user_message(exc))
            return
        self.form = form
        self._clear_message()
        summary = form.summary
        amended = ""
        if form.supersedes_id is not None:
            amended = self.tr("  amends #%1: %2").replace("%1", str(form.supersedes_id))
            amended = amended.replace("%2", form.amendment_reason or "")
        self.header.setText(
            f"{summary.employee_no} {summary.staff_name} · {summary.department} · "
            f"{summary.period} · {summary.template_name} v{summary.template_version} · "
            + self.tr("revision %1 · %2")
            .replace("%1", str(summary.revision))
            .replace("%2", appraisal_state_label(summary.state))
            + amended
        )
        self._build_rows()
        current = self.rater.currentData()
        self.rater.blockSignals(True)
        self.rater.clear()
        for rater in form.raters:
            who = rater.rater_name or self.tr("(entered by HR)")
            done = self.tr(" ✓ submitted") if rater.submitted_at else ""
            label = f"{rater_role_label(rater.role)} {fmt(rater.weight)}% · {who}{done}"
            self.rater.addItem(label, rater.role.value)
        preferred = current or next(
            (r.role.value for r in form.raters if r.role in form.editable_roles),
            form.raters[0].role.value if form.raters else None,
        )
        self.rater.setCurrentIndex(max(0, self.rater.findData(preferred)))
        self.rater.blockSignals(False)
        self.overall_comment.setPlainText(form.overall_comment)
        self.improvement_plan.setPlainText(form.improvement_plan)
        self._show_rater()

    def _build_rows(self) -> None:
        assert self.form is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        headers = (self.tr("Indicator"), self.tr("Rating"), "", self.tr("N/A reason"),
                   self.tr("Comment"), self.tr("Earned"))  # fmt: skip
        for column, text in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.rows = []
        row_number = 1
        for category in self.form.template.categories:
            self.grid.addWidget(QLabel(f"<b>{category.name}</b>"), row_number, 0, 1, 6)
            row_number += 1
            for indicator in category.indicators:
                row = IndicatorRow(indicator, self.form.kpi_figures.get(indicator.code))
                row.changed.connect(self._rescore)
                row.refresh_requested.connect(self.refresh_kpis)
                for column, widget in enumerate(
                    (row.name, row.editor, row.na, row.na_reason, row.comment, row.earned)
                ):
                    self.grid.addWidget(widget, row_number, column)
                self.rows.append(row)
                row_number += 1
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(4, 1)
        self.grid.setRowStretch(row_number, 1)
        chain = [self.rater] + [w for row in self.rows for w in row.focus_chain()]
        chain += [self.overall_comment, self.improvement_plan, self.buttons["save"]]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_buttons(self, row: QHBoxLayout) -> None:
        """Save, then a button per workflow step (domain/workflow.py's STEPS), in its order."""
        steps: dict[Action, tuple[str, Callable[[], object]]] = {
            Action.SUBMIT: (self.tr("Submit"), self.submit),
            Action.REVIEW: (self.tr("Review"), self.review),
            Action.FINALIZE: (self.tr("Finalize"), self.finalize),
            Action.ACKNOWLEDGE: (self.tr("Acknowledge"), self.acknowledge),
            Action.AMEND: (self.tr("Amend…"), self.amend),
        }
        named: list[tuple[str, str, Callable[[], object]]] = [("save", self.tr("Save"), self.save)]
        named += [
            (step.value, steps[step][0], self._confirmed(step) if step in CONFIRMED_STEPS
             else steps[step][1])
            for step in STEPS
        ]  # fmt: skip
        for name, text, handler in named:
            button = QPushButton(text)
            button.clicked.connect(handler)
            self.buttons[name] = button
            row.addWidget(button)

    def _confirmed(self, action: Action) -> Callable[[], object]:
        return lambda: self.confirm_step(action)

    def confirm_step(self, action: Action) -> StepConfirmation | None:
        """The confirmation of a step (non-blocking; the step is taken when confirmed), or
        None when the step was taken at once because the setting skips asking."""
        if self.form is None:
            return None
        if self._step_settings is not None and not self._step_settings.asks(action):
            self._take(action, None)
            return None
        summary = step_summary(self.form, self.role, self.entries())
        dialog = StepConfirmation(action, summary, self)
        dialog.confirmed.connect(lambda said: self._take(action, said))
        dialog.open()
        return dialog

    def _take(self, action: Action, said: Acknowledgement | None) -> None:
        if action is Action.ACKNOWLEDGE:
            self.acknowledge(said)
        else:
            {Action.SUBMIT: self.submit, Action.REVIEW: self.review,
             Action.FINALIZE: self.finalize}[action]()  # fmt: skip

    @property
    def role(self) -> RaterRole | None:
        data = self.rater.currentData()
        return None if data is None else RaterRole(data)

    def _show_rater(self) -> None:
        form, role = self.form, self.role
        if form is None or role is None:
            return
        rater = form.rater(role)
        actions = form.open_to(role)
        for row in self.rows:
            row.set_entry(rater.entries.get(row.indicator.code) if rater else None)
            row.set_editable(Action.RATE in actions)
        self.overall_comment.setReadOnly(Action.FEEDBACK not in actions)
        self.improvement_plan.setReadOnly(Action.FEEDBACK not in actions)
        self.buttons["save"].setEnabled(bool(actions & {Action.RATE, Action.FEEDBACK}))
        for step in STEPS:
            button = self.buttons[step.value]
            button.setEnabled(step in actions)
            button.setToolTip(
                self.tr("Separation of duties: you scored this appraisal as the superior, so "
                        "someone else must take this step")
                if step in form.separated_actions
                else ""
            )  # fmt: skip
        self._rescore()

    def entries(self) -> dict[str, RatingEntry]:
        return {
            row.indicator.code: entry for row in self.rows if (entry := row.entry()) is not None
        }

    def _rescore(self) -> None:
        form, role = self.form, self.role
        if form is None or role is None:
            return
        raters = [
            RaterRatings(role, {c: e.rating for c, e in self.entries().items()})
            if r.role is role
            else r.as_ratings()
            for r in form.raters
        ]
        try:
            score = score_appraisal(form.template, raters, form.scoring_inputs(), partial=True)
        except KpmUserError as exc:
            self.total.setText(self.tr("Total %1").replace("%1", not_scored_label()))
            self.total.setToolTip(user_message(exc))
            return
        self.total.setToolTip("")
        mine = next(s for s in score.raters if s.role is role)
        lines = {line.code: line for line in mine.indicators}
        for row in self.rows:
            line = lines[row.indicator.code]
            row.earned.setText(self.tr("N/A") if line.not_applicable else fmt(line.earned))
        total, grade = shown_result(form.summary, score)
        result = not_scored_label() if total is None else f"{fmt(total)} · {grade}"
        self.total.setText(
            self.tr("This rater %1 · Total %2")
            .replace("%1", fmt(mine.earned_sum) if mine.complete else not_scored_label())
            .replace("%2", result)
        )

    # Actions
    def _run(self, action: str, call) -> bool:  # type: ignore[no-untyped-def]
        try:
            summary = call()
        except ConflictError as exc:
            self._show_error(user_message(exc), reload=True)
            return False
        except KpmUserError as exc:
            self._show_error(user_message(exc))
            return False
        self._clear_message()
        self.saved.emit(summary.version)
        if action != "save":
            self.state_changed.emit(summary.state.value)
        if summary.id != self.appraisal_id:
            self.appraisal_id = summary.id
        self.load()
        return True

    def save(self) -> bool:
        form, role = self.form, self.role
        if form is None or role is None or not self.buttons["save"].isEnabled():
            return False

        def call():  # type: ignore[no-untyped-def]
            version = form.summary.version
            summary = None
            if role in form.editable_roles:
                summary = self._service.save_ratings(
                    self._actor, self.appraisal_id, role, self.entries(), version
                )
                version = summary.version
            comment, plan = self.overall_comment.toPlainText(), self.improvement_plan.toPlainText()
            changed = (comment.strip(), plan.strip()) != (
                form.overall_comment,
                form.improvement_plan,
            )
            if Action.FEEDBACK in form.allowed_actions and (changed or summary is None):
                summary = self._service.save_feedback(
                    self._actor, self.appraisal_id, comment, plan, version
                )
            return summary

        return self._run("save", call)

    def submit(self) -> None:
        role = self.role
        if role is None or not self.save():
            return
        self._run("submit", lambda: self._service.submit(self._actor, self.appraisal_id, role))

    def review(self) -> None:
        self._run("review", lambda: self._service.review(self._actor, self.appraisal_id))

    def finalize(self) -> None:
        self._run("finalize", lambda: self._service.finalize(self._actor, self.appraisal_id))

    def acknowledge(self, said: Acknowledgement | None = None) -> None:
        self._run(
            "acknowledge",
            lambda: self._service.acknowledge(self._actor, self.appraisal_id, said=said),
        )

    def refresh_kpis(self) -> None:
        form = self.form
        if form is None:
            return
        version = form.summary.version
        self._run(
            "save", lambda: self._service.refresh_kpis(self._actor, self.appraisal_id, version)
        )

    def amend(self) -> AmendDialog:
        """Opens the reason dialog (non-blocking); the amendment is made when it is given."""
        dialog = AmendDialog(self)
        dialog.reason_given.connect(
            lambda reason: self._run(
                "amend", lambda: self._service.amend(self._actor, self.appraisal_id, reason)
            )
        )
        dialog.open()
        return dialog

    def _show_error(self, text: str, *, reload: bool = False) -> None:
        self.message.setText(text)
        self.reload_button.setVisible(reload)
        self.failed.emit(text)

    def _clear_message(self) -> None:
        self.message.clear()
        self.reload_button.hide()
