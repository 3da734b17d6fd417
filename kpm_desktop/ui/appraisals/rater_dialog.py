"""Assign rater…: HR chooses who fills an appraisal's peer or department head sheet.

The sheet is chosen in a list of the appraisal's open sheets HR may fill; the person is
picked from the staff by typing any part of their number, name or department (Up / Down
move through the matches, Enter assigns). A refusal is shown in the dialog, which stays
open. `open()` it (non-blocking) and listen to `assigned`, which carries the new summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import AppraisalForm, RaterCandidate
from kpm_desktop.ui.appraisals.appraisal_ports import RaterPort
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.user_messages import user_message

ASSIGNABLE = (RaterRole.PEER, RaterRole.DEPARTMENT_HEAD)


def open_sheets(form: AppraisalForm) -> list[RaterRole]:
    """The sheets of a draft whose rater HR may still choose."""
    if form.summary.state is not AppraisalState.DRAFT:
        return []
    return [r.role for r in form.raters if r.role in ASSIGNABLE and r.submitted_at is None]


class RaterDialog(QDialog):
    assigned = Signal(object)  # AppraisalSummary

    def __init__(
        self,
        service: RaterPort,
        actor: Actor,
        form: AppraisalForm,
        candidates: Sequence[RaterCandidate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._form = form
        self._candidates = list(candidates)
        summary = form.summary
        self.setWindowTitle(self.tr("Assign rater"))
        self.sheet = QComboBox()
        roles = open_sheets(form)
        names = {r.role: r.rater_name for r in form.raters}
        for role in roles:
            now = names.get(role) or self.tr("(entered by HR)")
            self.sheet.addItem(f"{rater_role_label(role)} · {now}", role.value)
        # The first sheet nobody holds yet is offered first.
        self.sheet.setCurrentIndex(next((i for i, r in enumerate(roles) if not names[r]), 0))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number, name or department"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.people = QListWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.people.itemActivated.connect(lambda _item: self.accept())
        fields = QFormLayout()
        fields.addRow(self.tr("Sheet"), self.sheet)
        fields.addRow(self.tr("Find"), self.search)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{summary.employee_no} {summary.staff_name} · {summary.period}")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addLayout(fields)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._filter("")
        if self.sheet.count() == 0:
            self.message.setText(self.tr("No rater sheet of this appraisal is open to assign."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the matches."""
        moves = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in moves
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.people.currentRow() + step, 0), self.people.count() - 1)
            self.people.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = text.strip().lower()
        self.people.clear()
        for person in self._candidates:
            line = f"{person.employee_no} {person.name} · {person.department}"
            if words and words not in line.lower():
                continue
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, person.employee_no)
            self.people.addItem(item)
        self.people.setCurrentRow(0)

    @property
    def chosen(self) -> str | None:
        item = self.people.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        role, number = self.sheet.currentData(), self.chosen
        if role is None or number is None:
            self.message.setText(self.tr("Choose a sheet and a person."))
            return
        try:
            summary = self._service.assign_rater(
                self._actor,
                self._form.summary.id,
                RaterRole(role),
                number,
                self._form.summary.version,
            )
        except KpmUserError as exc:
            self.message.setText(user_message(exc))
            return
        super().accept()
        self.assigned.emit(summary)
