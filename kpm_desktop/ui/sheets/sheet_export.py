"""Exporting a cycle's evaluation sheets: a dialog to choose a folder (one PDF each) or a
combined PDF, and the work that reads, renders and signs them, run as a background `Job`
(ui/common/background_job.py).

The work calls `EvaluationSheetService.cycle_pdfs`, which reads the sheets from the
database on the job's thread and renders them through `reports/batch.py`'s process pool.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
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
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.sheets.sheet_views import SheetExport, SheetSigning
from kpm_desktop.ui.common.background_job import JobControl
from kpm_desktop.ui.sheets.sheet_actions import SheetPort


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


def export_sheets(
    control: JobControl,
    sheets: SheetPort,
    actor: Actor,
    period: str,
    target: Path,
    *,
    combined: bool,
    company: str,
    sign: SheetSigning | None,
    chart_page: bool = False,
) -> SheetExport:
    """Job work: a cycle's sheets to `target`. Progress texts are the stages ("rendering",
    "signing"); a cancelled export returns what it wrote, marked cancelled."""
    try:
        return sheets.cycle_pdfs(
            actor,
            period,
            out_dir=None if combined else target,
            combined_path=target if combined else None,
            company=company,
            sign=sign,
            progress=lambda stage, done, total: control.progress(done, total, stage),
            cancelled=control.cancelled,
            chart_page=chart_page,
        )
    except OSError as exc:  # the service words its own writes; this is any other
        raise ValidationError(
            "{path}: cannot write: {reason}", path=exc.filename or target, reason=exc.strerror
        ) from exc
