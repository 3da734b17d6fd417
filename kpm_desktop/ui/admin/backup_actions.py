"""File menu: "Back up database..." and "Restore database...", and the daily backup.

Every step has a non-blocking entry point (dialogs are opened, never exec'd) and the copying
runs off the UI thread behind a busy indicator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kpm_desktop.ui.common.background_job import start_job


class RestoreOutcome(Protocol):
    @property
    def restored_from(self) -> Path: ...
    @property
    def safety_backup(self) -> Path: ...


class BackupOperations(Protocol):
    """What the actions need of `services.backup.BackupService` (given by app.py)."""

    @property
    def is_available(self) -> bool: ...
    @property
    def backups_dir(self) -> Path: ...
    def suggested_backup_name(self) -> str: ...
    def backup_to(self, destination: Path) -> Path: ...
    def restore_from(self, source: Path) -> RestoreOutcome: ...
    def daily_backup(self) -> Path | None: ...


class BackupActions(QObject):
    backupFinished = Signal(str)  # the backup file
    restoreFinished = Signal(str)  # the file restored from
    dailyBackupFinished = Signal(str)  # the new daily copy, or "" when none was due
    failed = Signal(str)  # a message fit to show

    def __init__(self, service: BackupOperations, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._parent = parent
        self._progress: QProgressDialog | None = None
        self.backup_action = QAction(self.tr("&Back up database..."), parent)
        self.restore_action = QAction(self.tr("&Restore database..."), parent)
        self.backup_action.triggered.connect(self.choose_backup_file)
        self.restore_action.triggered.connect(self.choose_restore_file)
        if not service.is_available:
            hint = self.tr("The office database is backed up on its server (pg_dump).")
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(hint)
                action.setStatusTip(hint)

    def choose_backup_file(self) -> QFileDialog:
        dialog = QFileDialog(self._parent, self.tr("Back up database"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self._file_filter())
        dialog.setDefaultSuffix("sqlite3")
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(self._service.suggested_backup_name())
        dialog.fileSelected.connect(self.back_up_to)
        dialog.open()
        return dialog

    def back_up_to(self, path: str) -> None:
        self._show_progress(self.tr("Backing up the database..."))
        service = self._service
        start_job(
            self,
            lambda _control: service.backup_to(Path(path)),
            name="backup",
            finished=self._on_backup_written,
            failed=self._on_failure,
        )

    def choose_restore_file(self) -> QFileDialog:
        dialog = QFileDialog(self._parent, self.tr("Restore database"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self._file_filter())
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(self.confirm_restore)
        dialog.open()
        return dialog

    def confirm_restore(self, path: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore database"),
            self.tr(
                "Replace all data in the database with the backup {0}?\n\n"
                "The current data is copied to {1} first."
            ).format(path, self._service.backups_dir),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                self.restore_from(path) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        return box

    def restore_from(self, path: str) -> None:
        self._show_progress(self.tr("Restoring the database..."))
        service = self._service
        start_job(
            self,
            lambda _control: service.restore_from(Path(path)),
            name="restore",
            finished=self._on_restored,
            failed=self._on_failure,
        )

    def start_daily_backup(self) -> None:
        """The first start of a day copies the database to the backups folder, quietly."""
        if not self._service.is_available:
            return
        service = self._service
        start_job(
            self,
            lambda _control: service.daily_backup(),
            name="daily backup",
            finished=self._on_daily_backup,
            failed=self._on_daily_backup_failed,
        )

    def _on_backup_written(self, path: Path) -> None:
        self._hide_progress()
        self._inform(self.tr("The database was backed up to {0}.").format(path))
        self.backupFinished.emit(str(path))

    def _on_restored(self, result: RestoreOutcome) -> None:
        self._hide_progress()
        self._inform(
            self.tr(
                "The database was restored from {0}.\n\nThe data it replaced is kept in {1}."
            ).format(result.restored_from, result.safety_backup)
        )
        self.restoreFinished.emit(str(result.restored_from))

    def _on_failure(self, message: str) -> None:
        self._hide_progress()
        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("KPM Desktop"), message, parent=self._parent
        )
        box.open()
        self.failed.emit(message)

    def _on_daily_backup(self, path: Path | None) -> None:
        if path is not None:
            self._show_status(self.tr("Daily backup written to {0}").format(path))
        self.dailyBackupFinished.emit("" if path is None else str(path))

    def _on_daily_backup_failed(self, message: str) -> None:
        self._show_status(self.tr("Daily backup failed: {0}").format(message))
        self.failed.emit(message)

    def _file_filter(self) -> str:
        return self.tr("KPM Desktop database (*.sqlite3 *.db);;All files (*)")

    def _inform(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("KPM Desktop"), text, parent=self._parent
        )
        box.open()

    def _show_status(self, text: str) -> None:
        if isinstance(self._parent, QMainWindow):
            self._parent.statusBar().showMessage(text, 15_000)

    def _show_progress(self, label: str) -> None:
        progress = QProgressDialog(label, "", 0, 0, self._parent)
        progress.setCancelButton(None)  # a half-done restore is worse than waiting
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self._progress = progress

    def _hide_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None


def add_backup_actions(menu: QMenu, service: BackupOperations, parent: QWidget) -> BackupActions:
    """Add the backup and restore actions to a menu (the File menu)."""
    actions = BackupActions(service, parent)
    menu.addAction(actions.backup_action)
    menu.addAction(actions.restore_action)
    return actions
