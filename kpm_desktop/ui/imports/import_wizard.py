"""The import wizard: choose a file, correct the column mapping (or let an import profile
do it), see the errors and the values no value map lists, map those, import.

Checking and importing run as background `Job`s (ui/common/background_job.py) with a progress
bar; cancel rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profiles import ImportProfile, profile_from_mapping
from kpm_desktop.ui.common.background_job import Job, JobControl
from kpm_desktop.ui.common.i18n import format_integer
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.common.vocabulary import data_kind_label
from kpm_desktop.ui.imports.import_ports import ImportServiceLike, RowsTableModel, rows_view
from kpm_desktop.ui.imports.mapping_page import MappingPage
from kpm_desktop.ui.imports.unmapped_values import UnmappedValuesBox


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("CSV (UTF-8 or GBK; comma, semicolon or tab) or XLSX."))
        self.kind = QComboBox()
        for name in IMPORT_KINDS:
            self.kind.addItem(f"{data_kind_label(name)} ({name})", name)
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._browse)
        self.sheet = QLineEdit()
        self.sheet.setPlaceholderText(self.tr("first sheet"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Import"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("XLSX sheet"), self.sheet)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), "", self.tr("Tables (*.csv *.xlsx *.txt)")
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()


ImportTask = Callable[[Callable[[float, int], None], Callable[[], bool]], Any]


def _rows_read(rows: int) -> str:
    return QCoreApplication.translate("_WorkPage", "{0} rows read").format(format_integer(rows))


def _file_task(wizard: ImportWizard, run: Callable[..., Any]) -> ImportTask:
    """`run(actor, path, kind, mapping, sheet, progress, cancelled, profile=...)` (the
    service's check or import) over what the wizard's pages chose. The task captures these
    values and the service, not the wizard (see background_job.Job)."""
    actor, mapping = wizard.actor, wizard.mapping_page.mapping()
    path, kind, sheet = wizard.path(), wizard.kind(), wizard.sheet()
    profile = wizard.working_profile()

    def task(progress: Callable[[float, int], None], cancelled: Callable[[], bool]) -> Any:
        return run(actor, path, kind, mapping, sheet, progress, cancelled, profile=profile)

    return task


class _WorkPage(QWizardPage):
    """A page that runs one job, with a progress bar and a cancel button."""

    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.job: Job | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.done = False
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(row)
        self.body.addWidget(self.status)
        self.cancel_button.clicked.connect(self.cancel)

    def start(self, task: ImportTask) -> None:
        """Run `task(progress(fraction, rows), cancelled)`; the service rolls back and
        refuses when `cancelled()` turns true."""

        def work(control: JobControl) -> Any:
            def progress(fraction: float, rows: int) -> None:
                control.progress(round(fraction * 1000), 1000, _rows_read(rows))

            return task(progress, control.cancelled)

        self.done = False
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        if self.job is not None:
            self.job.discard()
        self.job = Job(self, work, name="import " + type(self).__name__)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._ended)
        self.completeChanged.emit()
        self.job.start(self._pool)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def wait(self) -> None:
        """Wait for the job under way to end (the wizard closing, tests)."""
        self._pool.waitForDone()

    def _progressed(self, per_mille: int, _total: int, rows_read: str) -> None:
        self.progress.setValue(per_mille)
        self.status.setText(rows_read)

    def _succeeded(self, result: Any) -> None:
        raise NotImplementedError

    def _failed(self, message: str, error: Any) -> None:
        raise NotImplementedError

    def _ended(self) -> None:
        self.done = True
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        self.finished.emit()

    def isComplete(self) -> bool:
        return self.done and super().isComplete()


def _error_rows(report: Any) -> list[list[str]]:
    return [[str(e.row), e.column, e.value, user_message(e.reason)] for e in report.errors]


class CheckPage(_WorkPage):
    """Reads the whole file and lists every row error; nothing is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check"))
        self.errors = QTableView()
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.preview = rows_view()
        self.unmapped = UnmappedValuesBox()
        self.unmapped.apply_requested.connect(self._map_values)
        self.body.addWidget(self.unmapped)
        self.body.addWidget(QLabel(self.tr("Problems")))
        self.body.addWidget(self.errors, 2)
        self.body.addWidget(QLabel(self.tr("First rows (rows with problems highlighted)")))
        self.body.addWidget(self.preview, 1)
        self.report: Any = None

    def initializePage(self) -> None:
        self.report = None
        self.start(_file_task(self._wizard, self._wizard.service.check))

    def _map_values(self) -> None:
        for name, added in self.unmapped.chosen().items():
            self._wizard.added_values.setdefault(name, {}).update(added)
        self.initializePage()

    def _succeeded(self, report: Any) -> None:
        self.report = report
        self.progress.setValue(1000)
        self.unmapped.show_values(report.unmapped, IMPORT_KINDS[self._wizard.kind()])
        headers = [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        self.errors.setModel(
            RowsTableModel(headers, _error_rows(report), set(range(len(report.errors))), self)
        )
        preview = self._wizard.preview
        bad_numbers = {error.row for error in report.errors}
        bad_rows = {
            i for i, number in enumerate(preview.first_row_numbers) if number in bad_numbers
        }
        self.preview.setModel(RowsTableModel(preview.headers, preview.first_rows, bad_rows, self))
        self.preview.resizeColumnsToContents()
        if report.error_count:
            self.status.setText(
                self.tr("{0} problem(s) in {1} rows: correct the file, then check again.").format(
                    report.error_count, report.rows
                )
            )
        else:
            self.status.setText(
                self.tr("{0} rows: {1} new, {2} changed, {3} unchanged.").format(
                    report.rows, report.inserted, report.updated, report.unchanged
                )
            )

    def _failed(self, message: str, _error: Any) -> None:
        self.status.setText(message)

    def isComplete(self) -> bool:
        return super().isComplete() and self.report is not None and not self.report.error_count


class ConfirmPage(_WorkPage):
    """Writes the file in one transaction; cancel rolls it back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)
        self.report: Any = None

    def initializePage(self) -> None:
        self.report = None
        self.start(_file_task(self._wizard, self._wizard.service.import_file))

    def _succeeded(self, report: Any) -> None:
        self.report = report
        self.progress.setValue(1000)
        self.status.setText(
            self.tr("Imported {0} rows: {1} inserted, {2} updated, {3} unchanged.").format(
                report.rows, report.inserted, report.updated, report.unchanged
            )
        )
        self._wizard.imported.emit(report)

    def _failed(self, message: str, _error: Any) -> None:
        self.status.setText(message)


class ImportWizard(QWizard):
    """Open it with `open()` or `show()`; `imported` fires with the report on success."""

    imported = Signal(object)

    def __init__(
        self, service: ImportServiceLike, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.preview: Any = None
        self.profile: ImportProfile | None = None  # the profile reading the file
        self.added_values: dict[str, dict[str, str]] = {}  # mapped on the check page
        self.setWindowTitle(self.tr("Import"))
        self.file_page = FilePage()
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.confirm_page):
            self.addPage(page)
        self.resize(900, 640)

    def kind(self) -> str:
        return str(self.file_page.kind.currentData())

    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def sheet(self) -> str | None:
        return self.file_page.sheet.text().strip() or None

    def mapped_profile(self) -> ImportProfile:
        """The profile the wizard's choices make: the profile picked (or a new one) with
        the mapping page's columns and the values mapped on the check page."""
        base = self.profile or ImportProfile(self.tr("this import"), self.kind(), ())
        profile = profile_from_mapping(base, self.preview.headers, self.mapping_page.mapping())
        for name, added in self.added_values.items():
            profile = profile.with_values(name, added)
        return profile

    def working_profile(self) -> ImportProfile | None:
        """What the check and the import read the file with; None: no profile, the
        columns as mapped."""
        if self.profile is None and not self.added_values:
            return None
        return self.mapped_profile()

    def reject(self) -> None:
        for page in (self.check_page, self.confirm_page):
            page.cancel()
            page.wait()
        super().reject()
