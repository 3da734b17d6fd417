"""Help menu: "Check integrity...", the same check as `kpm verify` (the database file,
the audit chain, every sealed record and the witness), run off the UI thread and shown
in a dialog. `run_check()` is the non-blocking entry point; `finished` carries the dialog.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.errors import UserText
from kpm_desktop.ui.common.background_job import start_job
from kpm_desktop.ui.common.user_messages import user_message, user_messages


class IntegrityOutcome(Protocol):
    """What the dialog needs of `services.integrity.IntegrityReport`."""

    @property
    def problems(self) -> list[UserText]: ...
    @property
    def notes(self) -> list[UserText]: ...
    @property
    def ok(self) -> bool: ...
    def summary(self) -> UserText: ...


class IntegrityChecking(Protocol):
    def run(self) -> IntegrityOutcome: ...


class IntegrityDialog(QDialog):
    """The outcome: a summary line, then one line per problem and per note."""

    def __init__(self, outcome: IntegrityOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Integrity check"))
        self.resize(760, 420)
        self.summary = QLabel(user_message(outcome.summary()))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("integrityOk" if outcome.ok else "integrityProblems")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        lines = [self.tr("Problem: {0}").format(text) for text in user_messages(outcome.problems)]
        lines += [self.tr("Note: {0}").format(text) for text in user_messages(outcome.notes)]
        if not lines:
            lines = [self.tr("No problem found.")]
        self.details.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


class IntegrityActions(QObject):
    finished = Signal(object)  # the IntegrityDialog shown
    failed = Signal(str)

    def __init__(self, service: IntegrityChecking, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._parent = parent
        self.check_action = QAction(self.tr("Check &integrity..."), parent)
        self.check_action.setStatusTip(
            self.tr("Check the audit log, the sealed records and the witness, like kpm verify")
        )
        self.check_action.triggered.connect(self.run_check)

    def run_check(self) -> None:
        self.check_action.setEnabled(False)
        self._show_status(self.tr("Checking integrity..."))
        service = self._service
        start_job(
            self,
            lambda _control: service.run(),
            name="integrity check",
            finished=self._on_checked,
            failed=self._on_failure,
        )

    def _on_checked(self, outcome: IntegrityOutcome) -> None:
        self.check_action.setEnabled(True)
        self._show_status("")
        dialog = IntegrityDialog(outcome, self._parent)
        dialog.open()
        self.finished.emit(dialog)

    def _on_failure(self, message: str) -> None:
        self.check_action.setEnabled(True)
        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("KPM Desktop"), message, parent=self._parent
        )
        box.open()
        self.failed.emit(message)

    def _show_status(self, text: str) -> None:
        if isinstance(self._parent, QMainWindow):
            self._parent.statusBar().showMessage(text)


def add_help_menu(window: QMainWindow, service: IntegrityChecking) -> IntegrityActions:
    """The Help menu with "Check integrity..."."""
    menu: QMenu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    actions = IntegrityActions(service, window)
    menu.addAction(actions.check_action)
    return actions
