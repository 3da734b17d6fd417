"""The cycles page: the list of cycles, a dialog to create one, and the bulk creation of
its appraisals in a worker thread with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.period import Period
from kpm_desktop.services.cycle_views import BulkReport, TemplateChoice
from kpm_desktop.services.sheet_views import SheetExport, SheetSigning
from kpm_desktop.ui.appraisal_models import cycle_model
from kpm_desktop.ui.appraisal_ports import CyclePort, Departments, TemplateChoices
from kpm_desktop.ui.background_job import bug_message, report_bug
from kpm_desktop.ui.sheet_actions import SheetPort
from kpm_desktop.ui.sheet_export import ExportSheetsDialog, SheetExportWorker, start_in_thread
from kpm_desktop.ui.sheet_settings import SheetSettings, SheetSettingsDialog, with_signing
from kpm_desktop.ui.user_messages import user_message


class _Cancelled(Exception):
    """Raised from the progress callback: the bulk run's unit of work rolls back."""


class BulkSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # BulkReport
    failed = Signal(str)
    crashed = Signal(object)  # a bug's exception, for the crash handler on the UI thread
    cancelled = Signal()


class BulkWorker(QRunnable):
    def __init__(self, run: Callable[[Callable[[int, int], None]], BulkReport]) -> None:
        super().__init__()
        self._run = run
        self._cancel = threading.Event()
        self.signals = BulkSignals()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            report = self._run(self._progress)
        except _Cancelled:
            self.signals.cancelled.emit()
        except KpmUserError as exc:
            self.signals.failed.emit(user_message(exc))
        except Exception as exc:
            self.signals.crashed.emit(exc)
            self.signals.failed.emit(bug_message())
        else:
            self.signals.finished.emit(report)


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)


class CreateCycleDialog(QDialog):
    """Period, name and templates by department or position; `open()` it, then `created`."""

    created = Signal(str)  # the period

    def __init__(
        self,
        service: CyclePort,
        actor: Actor,
        templates: list[tuple[int, str]],
        departments: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self.setWindowTitle(self.tr("New appraisal cycle"))
        self.period = QLineEdit(str(Period.quarter_of(date.today())))
        self.name = QLineEdit()
        self.template = QComboBox()
        for template_id, label in templates:
            self.template.addItem(label, template_id)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Everyone else"), None)
        for code, name in departments:
            self.scope.addItem(self.tr("Department: %1").replace("%1", name), code)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("or a position, e.g. CRM系统主管"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_choice)
        self.choices: list[TemplateChoice] = []
        self.choice_list = QListWidget()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Name"), self.name)
        row = QHBoxLayout()
        for widget in (self.template, self.scope, self.position, add):
            row.addWidget(widget)
        form.addRow(self.tr("Template"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.choice_list)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_choice(self) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            return
        scope = self.scope.currentData()
        position = self.position.text().strip() or None
        department = scope if scope and not position else None
        self.choices.append(TemplateChoice(template_id, department, position))
        where = position or (self.scope.currentText() if department else self.tr("everyone else"))
        self.choice_list.addItem(f"{self.template.currentText()} → {where}")
        self.position.clear()

    def accept(self) -> None:
        if not self.choices:
            self.add_choice()
        try:
            cycle = self._service.create_cycle(
                self._actor, self.period.text(), self.choices, self.name.text()
            )
        except KpmUserError as exc:
            self.error.setText(user_message(exc))
            return
        super().accept()
        self.created.emit(cycle.period)


class CyclesPage(QWidget):
    bulk_finished = Signal(object)  # BulkReport
    export_finished = Signal(object)  # SheetExport
    failed = Signal(str)

    def __init__(
        self,
        cycles: CyclePort,
        actor: Actor,
        templates: TemplateChoices,
        departments: Departments,
        parent: QWidget | None = None,
        *,
        sheets: SheetPort | None = None,
        sheet_settings: SheetSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._cycles = cycles
        self._sheets = sheets
        self._sheet_settings = sheet_settings
        self.export_worker: SheetExportWorker | None = None
        self._actor = actor
        self._templates = templates
        self._departments = departments
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.worker: BulkWorker | None = None
        self.model = cycle_model(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("New cycle…"))
        self.new_button.clicked.connect(self.open_create_dialog)
        self.bulk_button = QPushButton(self.tr("Create appraisals"))
        self.bulk_button.setToolTip(self.tr("One appraisal per active staff member"))
        self.bulk_button.clicked.connect(self.start_bulk)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(140)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.bulk_button)
        if sheets is not None and sheet_settings is not None:
            self.export_button = QPushButton(self.tr("Export sheets…"))
            self.export_button.setToolTip(self.tr("The cycle's evaluation sheets as PDF"))
            self.export_button.clicked.connect(self.open_export_dialog)
            settings_button = QPushButton(self.tr("Sheet settings…"))
            settings_button.clicked.connect(self.open_sheet_settings)
            buttons.addWidget(self.export_button)
            buttons.addWidget(settings_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.report)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._cycles.list_cycles(self._actor))
        except KpmUserError as exc:
            self.report.setPlainText(user_message(exc))
            self.failed.emit(user_message(exc))
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def selected_period(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].period if rows else None

    def open_create_dialog(self) -> CreateCycleDialog:
        dialog = CreateCycleDialog(
            self._cycles, self._actor, self._templates(), self._departments(), self
        )
        dialog.created.connect(lambda _period: self.refresh())
        dialog.open()
        return dialog

    def start_bulk(self) -> QProgressDialog | None:
        period = self.selected_period()
        if period is None:
            return None
        progress = QProgressDialog(self.tr("Creating appraisals…"), self.tr("Cancel"), 0, 0, self)
        worker = BulkWorker(lambda report: self._cycles.bulk_create(self._actor, period, report))
        worker.signals.progress.connect(lambda done, total: _show_progress(progress, done, total))
        worker.signals.finished.connect(self._bulk_done)
        worker.signals.failed.connect(self._bulk_failed)
        worker.signals.crashed.connect(report_bug)
        worker.signals.cancelled.connect(
            lambda: self.report.setPlainText(self.tr("Cancelled: nothing was created"))
        )
        for signal in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
            signal.connect(progress.reset)
        progress.canceled.connect(worker.cancel)
        self.worker = worker
        progress.show()
        self._pool.start(worker)
        return progress

    def _bulk_done(self, report: BulkReport) -> None:
        self.report.setPlainText("\n".join(report.lines()))
        self.refresh()
        self.bulk_finished.emit(report)

    def _bulk_failed(self, message: str) -> None:
        self.report.setPlainText(message)
        self.failed.emit(message)

    # Evaluation sheets
    def open_sheet_settings(self) -> SheetSettingsDialog | None:
        if self._sheet_settings is None:
            return None
        dialog = SheetSettingsDialog(self._sheet_settings, self)
        dialog.open()
        return dialog

    def open_export_dialog(self) -> ExportSheetsDialog | None:
        period = self.selected_period()
        if period is None or self._sheets is None:
            return None
        chart_page = self._sheet_settings is not None and self._sheet_settings.chart_page
        dialog = ExportSheetsDialog(period, self, chart_page=chart_page)
        dialog.chosen.connect(
            lambda path, combined, charts: self.export_sheets(Path(path), combined, charts)
        )
        dialog.open()
        return dialog

    def export_sheets(self, target: Path, combined: bool, chart_page: bool = False) -> None:
        """Export the selected cycle's sheets (the chart page choice is remembered), asking
        for the certificate password first when signing is set up and it was not given
        this session."""
        settings = self._sheet_settings
        if settings is not None:
            settings.chart_page = chart_page
            with_signing(
                self, settings, lambda sign: self.start_export(target, combined, sign, chart_page)
            )

    def start_export(
        self, target: Path, combined: bool, sign: SheetSigning | None, chart_page: bool = False
    ) -> QProgressDialog | None:
        period = self.selected_period()
        if period is None or self._sheets is None or self._sheet_settings is None:
            return None
        progress = QProgressDialog(self.tr("Reading appraisals…"), self.tr("Cancel"), 0, 0, self)
        worker = SheetExportWorker(
            self._sheets, self._actor, period, target, combined=combined,
            company=self._sheet_settings.company, sign=sign, chart_page=chart_page,
        )  # fmt: skip
        # Bound methods of this page: they run in the UI thread, not in the worker's.
        self._export_progress = progress
        worker.progress.connect(self._show_export_progress)
        worker.finished.connect(self._export_done)
        worker.failed.connect(self._bulk_failed)
        for signal in (worker.finished, worker.failed):
            signal.connect(progress.reset)
        # Direct: the worker's thread is busy in run() and would never get a queued call.
        progress.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        self.export_worker = worker
        self.export_thread = start_in_thread(worker, self)
        progress.show()
        return progress

    def _show_export_progress(self, stage: str, done: int, total: int) -> None:
        stages = {
            "reading": self.tr("Reading appraisals…"),
            "rendering": self.tr("Rendering sheets…"),
            "signing": self.tr("Signing sheets…"),
        }
        self._export_progress.setLabelText(stages.get(stage, stage))
        _show_progress(self._export_progress, done, total)

    def _export_done(self, export: SheetExport) -> None:
        if export.cancelled:
            text = self.tr("Export cancelled after %1 sheets").replace("%1", str(export.sheets))
        else:
            text = self.tr("Exported %1 sheets: %2 files").replace("%1", str(export.sheets))
            text = text.replace("%2", str(len(export.written)))
        lines = [text, *(str(path) for path in export.written[:20])]
        self.report.setPlainText("\n".join(lines))
        self.export_finished.emit(export)
