"""Exporting a cycle's evaluation sheets: a dialog to choose a folder (one PDF each) or a
combined PDF, and the worker that reads, renders and signs them off the UI thread.

The worker calls `EvaluationSheetService.cycle_pdfs`, which renders through
`reports/batch.py` (the process pool of `BatchRenderWorker`) after reading the sheets from
the database in this worker's thread; reading and signing need the services, so the
whole export runs here rather than in `BatchRenderWorker`, which takes ready-made sheets.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.services.sheet_views import SheetSigning
from kpm_desktop.ui.sheet_actions import SheetPort
from kpm_desktop.ui.user_messages import user_message


class ExportSheetsDialog(QDialog):
    """Folder or combined file for a cycle's sheets, with or without chart pages; `open()`
    it, then `chosen(path, combined, chart_page)`."""

    chosen = Signal(str, bool, bool)

    def __init__(
        self, period: str, parent: QWidget | None = None, *, chart_page: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export evaluation sheets of %1").replace("%1", period))
        self.to_folder = QRadioButton(self.tr("One PDF per appraisal, in a folder"))
        self.to_combined = QRadioButton(self.tr("All sheets in one combined PDF"))
        self.to_folder.setChecked(True)
        self.chart_page = QCheckBox(self.tr("Include chart page after each sheet"))
        self.chart_page.setChecked(chart_page)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self._period = period
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.to_folder)
        layout.addWidget(self.to_combined)
        layout.addWidget(self.chart_page)
        layout.addWidget(QLabel(self.tr("Where")))
        layout.addLayout(row)
        layout.addWidget(buttons)

    def browse(self) -> QFileDialog:
        dialog = QFileDialog(self)
        if self.to_combined.isChecked():
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
            dialog.setDefaultSuffix("pdf")
            dialog.selectFile(f"{self._period}_evaluation_sheets.pdf")
        else:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()
        return dialog

    def accept(self) -> None:
        if not self.path.text().strip():
            self.path.setFocus()
            return
        super().accept()
        self.chosen.emit(
            self.path.text().strip(), self.to_combined.isChecked(), self.chart_page.isChecked()
        )


class SheetExportWorker(QObject):
    """Move to a QThread (`start_in_thread`) and `run`; `cancel` is safe from the UI thread.
    Emits `progress(stage, done, total)`, then `finished(SheetExport)` or `failed(message)`."""

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        sheets: SheetPort,
        actor: Actor,
        period: str,
        target: Path,
        *,
        combined: bool,
        company: str,
        sign: SheetSigning | None,
        chart_page: bool = False,
    ) -> None:
        super().__init__()
        self._sheets = sheets
        self._actor = actor
        self._period = period
        self._target = target
        self._combined = combined
        self._company = company
        self._sign = sign
        self._chart_page = chart_page
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            export = self._sheets.cycle_pdfs(
                self._actor,
                self._period,
                out_dir=None if self._combined else self._target,
                combined_path=self._target if self._combined else None,
                company=self._company,
                sign=self._sign,
                progress=self.progress.emit,
                cancelled=self._cancel.is_set,
                chart_page=self._chart_page,
            )
        except (KpmUserError, OSError) as exc:
            self.failed.emit(user_message(exc))
            return
        self.finished.emit(export)


def start_in_thread(worker: SheetExportWorker, parent: QObject) -> QThread:
    """Run `worker` in a new thread (owned by `parent`) that quits when the worker is done."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    return thread
