"""The cycles page: the list of cycles, a dialog to create one, and two background jobs
(ui/common/background_job.py) with progress and cancel: the bulk creation of a cycle's
appraisals and the export of its evaluation sheets; below, the rater packets box
(ui/packets/packets_panel.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from kpm_desktop.services.appraisals.cycle_views import BulkReport, TemplateChoice
from kpm_desktop.services.sheets.sheet_views import SheetExport, SheetSigning
from kpm_desktop.ui.appraisals.appraisal_models import cycle_model
from kpm_desktop.ui.appraisals.appraisal_ports import CyclePort, Departments, TemplateChoices
from kpm_desktop.ui.appraisals.extra_raters_box import ExtraRatersBox
from kpm_desktop.ui.common.background_job import Job, JobControl
from kpm_desktop.ui.common.line_edits import with_placeholder
from kpm_desktop.ui.common.page import Page
from kpm_desktop.ui.common.user_messages import user_message, user_messages
from kpm_desktop.ui.packets.packet_ports import PacketPort
from kpm_desktop.ui.packets.packets_panel import PacketsPanel
from kpm_desktop.ui.sheets.sheet_actions import SheetPort
from kpm_desktop.ui.sheets.sheet_export import ExportSheetsDialog, export_sheets
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings, SheetSettingsDialog, with_signing


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
        with_placeholder(self.position, self.tr("or a position, e.g. CRM系统主管"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_choice)
        self.choices: list[TemplateChoice] = []
        self.choice_list = QListWidget()
        self.extra_raters = ExtraRatersBox(
            lambda template_id, extras: service.rater_preview(actor, template_id, extras)
        )
        self.template.currentIndexChanged.connect(
            lambda _index: self.extra_raters.show_template(self.template.currentData())
        )
        self.extra_raters.show_template(self.template.currentData())
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
        self.separation = QCheckBox(self.tr("Separation of duties"))
        self.separation.setChecked(True)
        self.separation.setToolTip(
            self.tr("Whoever scores an appraisal as the superior may not also review or "
                    "finalize it")
        )  # fmt: skip
        form.addRow("", self.separation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.choice_list)
        layout.addWidget(self.extra_raters)
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
        extras = self.extra_raters.extras()
        choices = [replace(choice, extra_raters=extras) for choice in self.choices]
        try:
            cycle = self._service.create_cycle(
                self._actor,
                self.period.text(),
                choices,
                self.name.text(),
                separation_of_duties=self.separation.isChecked(),
            )
        except KpmUserError as exc:
            self.error.setText(user_message(exc))
            return
        super().accept()
        self.created.emit(cycle.period)


class CyclesPage(Page):
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
        packets: PacketPort | None = None,
    ) -> None:
        super().__init__(parent)
        self._cycles = cycles
        self._sheets = sheets
        self._sheet_settings = sheet_settings
        self._actor = actor
        self._templates = templates
        self._departments = departments
        # Bulk creation and export are long and exclusive: one at a time, in the page's pool.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self._progress: QProgressDialog | None = None  # the running job's
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
        self.export_button: QPushButton | None = None
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
        self.packets: PacketsPanel | None = None
        if packets is not None:
            self.packets = PacketsPanel(packets, actor, self.selected_period, self)
            layout.addWidget(self.packets)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._cycles.list_cycles(self._actor))
        except KpmUserError as exc:
            self.report.setPlainText(user_message(exc))
            self.failed.emit(user_message(exc))
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def _selection_changed(self) -> None:
        if self.packets is not None:
            self.packets.refresh()

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
        cycles, actor = self._cycles, self._actor

        def create(control: JobControl) -> BulkReport:
            def report(done: int, total: int) -> None:
                control.check()  # raising rolls the bulk run's unit of work back
                control.progress(done, total)

            return cycles.bulk_create(actor, period, report)

        job = Job(self, create, name="bulk creation")
        job.progressed.connect(self._show_bulk_progress)
        job.finished.connect(self._bulk_done)
        job.cancelled.connect(self._bulk_cancelled)
        return self._start(job, self.tr("Creating appraisals…"))

    def _start(self, job: Job, label: str) -> QProgressDialog:
        """Run `job` with a progress dialog showing and the buttons that start jobs
        disabled until it ends."""
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.canceled.connect(job.cancel)
        job.failed.connect(self._job_failed)
        job.ended.connect(self._job_ended)
        self.job, self._progress = job, progress
        self._set_running(True)
        progress.show()
        job.start(self._pool)
        return progress

    def _job_ended(self) -> None:
        if self._progress is not None:
            self._progress.reset()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for button in (self.new_button, self.bulk_button, self.export_button):
            if button is not None:
                button.setEnabled(not running)

    def _show_bulk_progress(self, done: int, total: int, _text: str) -> None:
        if self._progress is not None:
            _show_progress(self._progress, done, total)

    def _bulk_cancelled(self) -> None:
        self.report.setPlainText(self.tr("Cancelled: nothing was created"))

    def _bulk_done(self, report: BulkReport) -> None:
        self.report.setPlainText("\n".join(user_messages(report.lines())))
        self.refresh()
        self.bulk_finished.emit(report)

    def _job_failed(self, message: str, _error: object) -> None:
        self.report.setPlainText(message)
        self.failed.emit(message)

    def wait_for_workers(self) -> None:
        """Wait for a bulk run, an export or packet work under way (tests, quitting)."""
        self._pool.waitForDone()
        if self.packets is not None:
            self.packets.wait_for_workers()

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
        sheets, actor, company = self._sheets, self._actor, self._sheet_settings.company
        job = Job(
            self,
            lambda control: export_sheets(
                control, sheets, actor, period, target,
                combined=combined, company=company, sign=sign, chart_page=chart_page,
            ),
            name="sheet export",
        )  # fmt: skip
        job.progressed.connect(self._show_export_progress)
        job.finished.connect(self._export_done)
        return self._start(job, self.tr("Reading appraisals…"))

    def _show_export_progress(self, done: int, total: int, stage: str) -> None:
        stages = {
            "reading": self.tr("Reading appraisals…"),
            "rendering": self.tr("Rendering sheets…"),
            "signing": self.tr("Signing sheets…"),
        }
        if self._progress is not None:
            self._progress.setLabelText(stages.get(stage, stage))
            _show_progress(self._progress, done, total)

    def _export_done(self, export: SheetExport) -> None:
        if export.cancelled:
            text = self.tr("Export cancelled after %1 sheets").replace("%1", str(export.sheets))
        else:
            text = self.tr("Exported %1 sheets: %2 files").replace("%1", str(export.sheets))
            text = text.replace("%2", str(len(export.written)))
        lines = [text, *(str(path) for path in export.written[:20])]
        self.report.setPlainText("\n".join(lines))
        self.export_finished.emit(export)
