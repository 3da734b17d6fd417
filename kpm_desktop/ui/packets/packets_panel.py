"""The packets box of the cycles page: export a packet per rater into a chosen folder,
import returned packets (button or drag-and-drop of several files) through a preview
where HR chooses, and per rater what became of the packets. Export, reading and applying
run as background jobs (ui/common/background_job.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.services.packets.packet_views import (
    ApplyReport,
    ExportedPacket,
    PacketPreview,
    PacketStatus,
)
from kpm_desktop.ui.common.background_job import Job, JobControl
from kpm_desktop.ui.common.i18n import format_datetime, ui_is_chinese
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.packets.packet_ports import PacketPort
from kpm_desktop.ui.packets.packet_preview_dialog import PacketPreviewDialog

Chosen = list[tuple[PacketPreview, list[int]]]


def _apply_all(packets: PacketPort, actor: Actor, chosen: Chosen) -> list[ApplyReport]:
    return [packets.apply(actor, preview, ids) for preview, ids in chosen]


class PacketsPanel(QGroupBox):
    exported = Signal(object)  # list[ExportedPacket]
    previewed = Signal(object)  # PacketPreviewDialog
    applied = Signal(object)  # list[ApplyReport]

    def __init__(
        self,
        packets: PacketPort,
        actor: Actor,
        period: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rater packets (offline scoring in Excel or WPS)"))
        self._packets, self._actor, self._period = packets, actor, period
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._progress: QProgressDialog | None = None
        self.job: Job | None = None
        self.dialog: PacketPreviewDialog | None = None
        self.setAcceptDrops(True)
        self.export_button = QPushButton(self.tr("Export packets…"))
        self.export_button.setToolTip(self.tr("One XLSX per rater of the selected cycle"))
        self.export_button.clicked.connect(self.choose_folder)
        self.import_button = QPushButton(self.tr("Import packets…"))
        self.import_button.clicked.connect(self.choose_files)
        self.deadline_check = QCheckBox(self.tr("Return by"))
        self.deadline = QDateEdit(QDate.currentDate().addDays(14))
        self.deadline.setCalendarPopup(True)
        self.deadline.setEnabled(False)
        self.deadline_check.toggled.connect(self.deadline.setEnabled)
        hint = QLabel(self.tr("or drop returned packets here"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rater"), self.tr("Exported"), self.tr("Returned"), self.tr("Applied"),
             self.tr("Conflicts")]
        )  # fmt: skip
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(120)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        for widget in (
            self.deadline_check,
            self.deadline,
            self.export_button,
            self.import_button,
            hint,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table)

    # Status
    def refresh(self) -> None:
        period = self._period()
        rows: list[PacketStatus] = []
        if period is not None:
            try:
                rows = self._packets.status(self._actor, period)
            except KpmUserError as exc:
                self.message.setText(user_message(exc))
        self.table.setRowCount(len(rows))
        for number, line in enumerate(rows):
            cells = [
                f"{line.rater_no} {line.rater_name}",
                format_datetime(line.exported_at),
                format_datetime(line.returned_at) if line.returned_at else "",
                format_datetime(line.applied_at) if line.applied_at else "",
                str(line.conflicts) if line.applied_at else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))

    # Export
    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Folder for the packets"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self.export_to)
        dialog.open()
        return dialog

    def export_to(self, folder: str) -> QProgressDialog | None:
        period = self._period()
        if period is None:
            return None
        packets, actor = self._packets, self._actor
        language = "zh" if ui_is_chinese() else "en"
        chosen = self.deadline.date()
        deadline = (
            date(chosen.year(), chosen.month(), chosen.day())
            if self.deadline_check.isChecked()
            else None
        )

        def export(control: JobControl) -> list[ExportedPacket]:
            def report(done: int, total: int) -> None:
                control.progress(done, total)

            return packets.export(
                actor, period, Path(folder), deadline=deadline, language=language,
                progress=report,
            )  # fmt: skip

        job = Job(self, export, name="packet export")
        job.progressed.connect(self._show_progress)
        job.finished.connect(self._export_done)
        return self._start(job, self.tr("Writing packets…"))

    def _export_done(self, exported: list[ExportedPacket]) -> None:
        text = self.tr("%1 packets written").replace("%1", str(len(exported)))
        folder = str(exported[0].path.parent) if exported else ""
        self.message.setText(f"{text}: {folder}")
        self.refresh()
        self.exported.emit(exported)

    # Import
    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Returned packets"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Workbooks (*.xlsx)"))
        dialog.filesSelected.connect(self.import_files)
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    def import_files(self, files: list[str]) -> QProgressDialog | None:
        period = self._period()
        packets, actor, paths = self._packets, self._actor, [Path(f) for f in files]
        job = Job(
            self, lambda _control: packets.preview(actor, paths, period=period), name="packet check"
        )
        job.finished.connect(self._show_preview)
        return self._start(job, self.tr("Checking packets…"))

    def _show_preview(self, previews: list[PacketPreview]) -> None:
        dialog = PacketPreviewDialog(previews, self)
        dialog.chosen.connect(self.apply_chosen)
        self.dialog = dialog
        self.refresh()
        dialog.open()
        self.previewed.emit(dialog)

    def apply_chosen(self, chosen: Chosen) -> QProgressDialog | None:
        packets, actor = self._packets, self._actor
        job = Job(self, lambda _control: _apply_all(packets, actor, chosen), name="packet apply")
        job.finished.connect(self._applied)
        return self._start(job, self.tr("Applying packets…"))

    def _applied(self, reports: list[ApplyReport]) -> None:
        count = sum(len(r.applied) for r in reports)
        self.message.setText(
            self.tr("Entered the ratings of %1 appraisals from %2 packets")
            .replace("%1", str(count))
            .replace("%2", str(len(reports)))
        )
        self.refresh()
        self.applied.emit(reports)

    # Jobs
    def _start(self, job: Job, label: str) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.canceled.connect(job.cancel)
        job.failed.connect(self._failed)
        job.ended.connect(self._ended)
        self.job, self._progress = job, progress
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        progress.show()
        job.start(self._pool)
        return progress

    def _show_progress(self, done: int, total: int, _text: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _failed(self, message: str, _error: object) -> None:
        self.message.setText(message)

    def _ended(self) -> None:
        if self._progress is not None:
            self._progress.reset()
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def wait_for_workers(self) -> None:
        self._pool.waitForDone()
