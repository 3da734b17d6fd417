"""File > "Verify a printed sheet...": the check `kpm verify --pdf` makes, for a PDF chosen
in a file dialog or dropped onto the dialog or the main window.

The check (reading the file, rendering the sheet again, validating signatures) runs off
the UI thread; `check_file` is the non-blocking entry point, `checkFinished` tells when the
result is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.sheets.sheet_views import VerifyResult, VerifyStatus
from kpm_desktop.ui.common.background_job import start_job
from kpm_desktop.ui.common.user_messages import user_messages


class SheetCheckPort(Protocol):
    def verify_pdf(self, actor: Actor, pdf: bytes, source: str = ...) -> VerifyResult: ...


def dropped_pdf(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The local PDF file a drag carries (the first one), if any."""
    for url in event.mimeData().urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
            return url.toLocalFile()
    return None


class SheetCheckDialog(QDialog):
    checkFinished = Signal(bool)  # whether the sheet matches the record

    def __init__(self, service: SheetCheckPort, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._path = ""
        self.setWindowTitle(self.tr("Verify a printed sheet"))
        self.setAcceptDrops(True)
        self.resize(760, 420)
        self.verdict = QLabel(
            self.tr(
                "Drop an evaluation sheet PDF here, or choose one. Its content is compared "
                "with the record, the audit chain head it printed is looked up, and a "
                "signature is validated."
            )
        )
        self.verdict.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose PDF..."))
        self.choose_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose a printed sheet"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.fileSelected.connect(self.check_file)
        dialog.open()
        return dialog

    def check_file(self, path: str) -> None:
        """Start checking `path`; the result replaces the dialog's text when it is ready."""
        self.choose_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking {0}...").format(path))
        self.details.clear()
        self._path = path
        service, actor = self._service, self._actor
        start_job(
            self,
            lambda _control: service.verify_pdf(actor, _read(path), source=path),
            name="sheet check",
            finished=self._show_result,
            failed=self._show_failure,
        )

    def _show_result(self, result: VerifyResult) -> None:
        headline = {
            VerifyStatus.MATCHES: self.tr("{0} matches the record."),
            VerifyStatus.DIFFERS: self.tr("{0} does NOT match the record."),
            VerifyStatus.NO_SUCH_APPRAISAL: self.tr(
                "{0} names an appraisal the database does not have."
            ),
        }[result.status]
        self.verdict.setText(headline.format(Path(self._path).name))
        self.details.setPlainText("\n  ".join(user_messages(result.lines())))
        self.choose_button.setEnabled(True)
        self.checkFinished.emit(result.matches)

    def _show_failure(self, message: str) -> None:
        self.verdict.setText(message)
        self.choose_button.setEnabled(True)
        self.checkFinished.emit(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_pdf(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_pdf(event)
        if path is not None:
            event.acceptProposedAction()
            self.check_file(path)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(
            "{path}: cannot read: {reason}", path=path, reason=exc.strerror
        ) from exc


class SheetCheckActions(QObject):
    """The menu action, and a PDF dropped onto the main window opening the dialog on it."""

    def __init__(self, service: SheetCheckPort, actor: Actor, window: QMainWindow) -> None:
        super().__init__(window)
        self._service = service
        self._actor = actor
        self._window = window
        self.dialog: SheetCheckDialog | None = None
        self.action = QAction(self.tr("&Verify a printed sheet..."), window)
        self.action.triggered.connect(self.open_dialog)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def open_dialog(self) -> SheetCheckDialog:
        if self.dialog is None:
            self.dialog = SheetCheckDialog(self._service, self._actor, self._window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDropEvent) and dropped_pdf(event) is not None:
            event.acceptProposedAction()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                path = dropped_pdf(event)
                assert path is not None
                self.open_dialog().check_file(path)
            return True
        return super().eventFilter(watched, event)


def add_sheet_check_action(
    menu: QMenu, service: SheetCheckPort, actor: Actor, window: QMainWindow
) -> SheetCheckActions:
    """Add "Verify a printed sheet..." to a menu (the File menu) and take PDFs dropped on
    the window."""
    actions = SheetCheckActions(service, actor, window)
    menu.addAction(actions.action)
    return actions
