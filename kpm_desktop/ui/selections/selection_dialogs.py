"""The Selections page's set-up dialogs: a new selection, a bidder, a panel member, a
bidder's new name, a new deadline.

Each is opened with `open()` (non-blocking), calls the service on OK, and stays open with
the refusal shown when the service says no, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.builtin_templates import VENDOR_TEMPLATE_NAME
from kpm_desktop.domain.decimals import typed_decimal
from kpm_desktop.domain.errors import KpmUserError, ValidationError
from kpm_desktop.ui.common.line_edits import with_placeholder
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.selections.selection_ports import SelectionPort, SelectionSetupPort


class _ServiceDialog(QDialog):
    """A form, an error line and OK / Cancel; `saved` carries the selection's name."""

    saved = Signal(str)

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B22222")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            name = self.save()
        except KpmUserError as exc:
            self.error.setText(user_message(exc))
            return
        self.saved.emit(name)
        self.accept()

    def save(self) -> str:
        raise NotImplementedError


def date_of(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("'{text}' is not a date (YYYY-MM-DD)", text=text) from None


class NewSelectionDialog(_ServiceDialog):
    def __init__(self, service: SelectionPort, actor: Actor, parent: QWidget | None = None):
        super().__init__(self.tr("New selection"), parent)
        self._service, self._actor = service, actor
        self.name = with_placeholder(QLineEdit(), self.tr("e.g. CRM selection 2026"))
        self.template = QLineEdit(VENDOR_TEMPLATE_NAME)
        self.deadline = with_placeholder(QLineEdit(), "YYYY-MM-DD")
        self.sheets_open = QCheckBox(
            self.tr("Panel members see each other's sheets before closing")
        )
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Template"), self.template)
        self.form.addRow(self.tr("Deadline"), self.deadline)
        self.form.addRow(self.sheets_open)

    def save(self) -> str:
        deadline = date_of(self.deadline.text()) if self.deadline.text().strip() else None
        summary = self._service.create(
            self._actor,
            self.name.text(),
            self.template.text().strip(),
            deadline,
            sheets_open=self.sheets_open.isChecked(),
        )
        return summary.name


class BidderDialog(_ServiceDialog):
    """A bidder's name, contact, quoted figure per ranked indicator and documents' names."""

    def __init__(
        self,
        service: SelectionPort,
        actor: Actor,
        selection: str,
        ranked: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Bidder"), parent)
        self._service, self._actor, self._selection = service, actor, selection
        self.name = QLineEdit()
        self.contact = QLineEdit()
        self.figures = {code: QLineEdit() for code, _ in ranked}
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(self.tr("One file name a line"))
        self.documents.setMaximumHeight(90)
        self.form.addRow(self.tr("Bidder"), self.name)
        self.form.addRow(self.tr("Contact"), self.contact)
        for code, name in ranked:
            label = self.tr("Quoted %1 (%2)").replace("%1", code).replace("%2", name)
            self.form.addRow(label, self.figures[code])
        self.form.addRow(self.tr("Documents"), self.documents)

    def fill(self, name: str, contact: str, figures: dict[str, Decimal], documents: str) -> None:
        """Shows a bidder already entered, to change its bid or contact."""
        self.name.setText(name)
        self.contact.setText(contact)
        for code, value in figures.items():
            if code in self.figures:
                self.figures[code].setText(f"{value:f}")
        self.documents.setPlainText(documents)

    def save(self) -> str:
        figures = {
            code: typed_decimal(edit.text(), self.tr("Quoted %1").replace("%1", code))
            for code, edit in self.figures.items()
            if edit.text().strip()
        }
        documents = self.documents.toPlainText().splitlines()
        self._service.add_bidder(
            self._actor, self._selection, self.name.text(), self.contact.text(), figures, documents
        )
        return self._selection


class MemberDialog(_ServiceDialog):
    def __init__(
        self, service: SelectionPort, actor: Actor, selection: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Panel member"), parent)
        self._service, self._actor, self._selection = service, actor, selection
        self.user = QLineEdit()
        self.weight = with_placeholder(QLineEdit(), self.tr("e.g. 50"))
        self.form.addRow(self.tr("User name"), self.user)
        self.form.addRow(self.tr("Weight (%)"), self.weight)

    def save(self) -> str:
        weight = typed_decimal(self.weight.text(), self.tr("Weight"))
        self._service.add_member(self._actor, self._selection, self.user.text(), weight)
        return self._selection


class MemberWeightDialog(MemberDialog):
    """A panel member's new weight: the member named, only the weight to type."""

    def __init__(
        self,
        service: SelectionPort,
        actor: Actor,
        selection: str,
        member: str,
        weight: Decimal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, actor, selection, parent)
        self.setWindowTitle(self.tr("Weight of %1").replace("%1", member))
        self.user.setText(member)
        self.user.setReadOnly(True)
        self.weight.setText(f"{weight.normalize():f}")
        self.weight.setFocus()


class RenameBidderDialog(_ServiceDialog):
    """A bidder's new name; its sheets, contact and bid stay."""

    def __init__(
        self,
        setup: SelectionSetupPort,
        actor: Actor,
        selection: str,
        bidder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Rename bidder %1").replace("%1", bidder), parent)
        self._setup, self._actor, self._selection, self._bidder = setup, actor, selection, bidder
        self.new_name = QLineEdit(bidder)
        self.new_name.selectAll()
        self.form.addRow(self.tr("New name"), self.new_name)

    def save(self) -> str:
        self._setup.rename_bidder(self._actor, self._selection, self._bidder, self.new_name.text())
        return self._selection


class DeadlineDialog(_ServiceDialog):
    """The last day panel members may submit sheets, in the office's time zone."""

    def __init__(
        self,
        setup: SelectionSetupPort,
        actor: Actor,
        selection: str,
        deadline: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Deadline of %1").replace("%1", selection), parent)
        self._setup, self._actor, self._selection = setup, actor, selection
        self.deadline = with_placeholder(
            QLineEdit("" if deadline is None else deadline.isoformat()), "YYYY-MM-DD"
        )
        note = QLabel(
            self.tr("Sheets are taken until the end of this day (23:59:59, office time).")
        )
        note.setWordWrap(True)
        self.form.addRow(self.tr("Deadline"), self.deadline)
        self.form.addRow(note)

    def save(self) -> str:
        self._setup.set_deadline(self._actor, self._selection, date_of(self.deadline.text()))
        return self._selection
