"""Deliberate workflow steps: a dialog that says what a step locks or hands on (total,
grade or 未评分, unrated indicators, N/A with their reasons) before it is taken, and the
one setting that skips it for power users (never before finalizing, nor before
acknowledging: that dialog records the employee's agree / disagree and comment).

Enter confirms, Esc cancels; before finalizing the focus starts on Cancel. `open()` the
dialog (non-blocking) and listen to `confirmed`, which carries the employee's
`Acknowledgement` for an acknowledgement and None otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.rating import RaterRatings
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.scoring import score_appraisal
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.appraisals.appraisal_views import (
    Acknowledgement,
    AppraisalForm,
    RatingEntry,
    shown_result,
)
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.state_labels import not_scored_label

SKIP_KEY = "workflow/skip_confirmations"  # kept when the setting's text changed
# Asked whatever the setting: finalizing locks for good, acknowledging takes an answer.
ALWAYS_ASKED = (Action.FINALIZE, Action.ACKNOWLEDGE)
CONFIRMED_STEPS = (Action.SUBMIT, Action.REVIEW, Action.FINALIZE, Action.ACKNOWLEDGE)


class StepSettings:
    """Whether to skip the confirmation of submit and review (QSettings)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def skip(self) -> bool:
        return str(self._settings.value(SKIP_KEY, "false")).lower() == "true"

    @skip.setter
    def skip(self, value: bool) -> None:
        self._settings.setValue(SKIP_KEY, "true" if value else "false")

    def asks(self, action: Action) -> bool:
        return action in ALWAYS_ASKED or not self.skip


def skip_action(settings: StepSettings, parent: QWidget) -> QAction:
    """A checkable menu entry for the setting."""
    action = QAction(
        QCoreApplication.translate("StepConfirmation", "Don't ask before submit and review"),
        parent,
    )
    action.setCheckable(True)
    action.setChecked(settings.skip)

    def remember(checked: bool) -> None:
        settings.skip = checked

    action.toggled.connect(remember)
    return action


@dataclass(frozen=True)
class StepSummary:
    """What the dialog states: the result and what is still open or left out."""

    result: str
    unrated: tuple[str, ...]
    not_applicable: tuple[str, ...]


def step_summary(
    form: AppraisalForm,
    role: RaterRole | None = None,
    shown: Mapping[str, RatingEntry] | None = None,
) -> StepSummary:
    """The summary of `form`, with the shown rater's unsaved entries `shown` in."""
    sheets = {r.role: dict(r.entries) for r in form.raters}
    if role is not None and shown is not None:
        sheets[role] = dict(shown)
    raters = [
        RaterRatings(r, {code: e.rating for code, e in entries.items()})
        for r, entries in sheets.items()
    ]
    try:
        score = score_appraisal(form.template, raters, form.scoring_inputs(), partial=True)
    except KpmUserError:
        score = None  # a score the engine refuses reads as not scored
    total, grade = shown_result(form.summary, score)
    result = not_scored_label() if total is None else f"{fmt(total)} · {grade}"
    names = {ind.code: ind.name for ind in form.template.indicators()}
    unrated: list[str] = []
    not_applicable: list[str] = []
    for rater, entries in sheets.items():
        label = rater_role_label(rater)
        missing = [c for c in names if c not in entries and c not in form.kpi_figures]
        if missing:
            unrated.append(f"{label}: {', '.join(missing)}")
        not_applicable += [
            f"{label} · {code} {names.get(code, '')}: {entry.na_reason}"
            for code, entry in entries.items()
            if entry.rating.not_applicable
        ]
    return StepSummary(result, tuple(unrated), tuple(not_applicable))


class StepConfirmation(QDialog):
    confirmed = Signal(object)  # Acknowledgement | None

    def __init__(self, action: Action, summary: StepSummary, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(self._title())
        layout = QVBoxLayout(self)
        self.heading = QLabel(self._heading())
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.details = QLabel("\n".join(self._lines(summary)))
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.agree = QRadioButton(self.tr("I agree with this appraisal"))
        self.disagree = QRadioButton(self.tr("I disagree (HR is told)"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Your comment (optional)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        if action is Action.ACKNOWLEDGE:
            self.agree.setChecked(True)
            for widget in (self.agree, self.disagree, self.comment):
                layout.addWidget(widget)
        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self._verb())
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        safe = action is Action.FINALIZE
        default = self.cancel_button if safe else self.confirm_button
        default.setDefault(True)
        default.setFocus()

    def accept(self) -> None:
        super().accept()
        said = None
        if self.action is Action.ACKNOWLEDGE:
            said = Acknowledgement(self.agree.isChecked(), self.comment.toPlainText().strip())
        self.confirmed.emit(said)

    def _lines(self, summary: StepSummary) -> Sequence[str]:
        lines = [self.tr("Total and grade: %1").replace("%1", summary.result)]
        if summary.unrated:
            lines.append(self.tr("Not rated yet: %1").replace("%1", "; ".join(summary.unrated)))
        for line in summary.not_applicable:
            lines.append(self.tr("N/A: %1").replace("%1", line))
        return lines

    def _title(self) -> str:
        return {
            Action.SUBMIT: self.tr("Submit this sheet?"),
            Action.REVIEW: self.tr("Review this appraisal?"),
            Action.FINALIZE: self.tr("Finalize this appraisal?"),
            Action.ACKNOWLEDGE: self.tr("Acknowledge this appraisal?"),
        }[self.action]

    def _heading(self) -> str:
        return {
            Action.SUBMIT: self.tr("Your sheet is handed on and can no longer be changed by you."),
            Action.REVIEW: self.tr("The appraisal is handed on to be finalized."),
            Action.FINALIZE: self.tr(
                "The result is stored, locked and sealed; only an amendment (a new revision "
                "with a reason) can correct it afterwards."
            ),
            Action.ACKNOWLEDGE: self.tr(
                "You confirm that you have seen your finalized appraisal; say whether you "
                "agree. It is sealed with your answer."
            ),
        }[self.action]

    def _verb(self) -> str:
        return {
            Action.SUBMIT: self.tr("Submit"),
            Action.REVIEW: self.tr("Review"),
            Action.FINALIZE: self.tr("Finalize"),
            Action.ACKNOWLEDGE: self.tr("Acknowledge"),
        }[self.action]
