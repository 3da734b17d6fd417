"""File > Database connection...: a local SQLite file or the shared office database.

`check` (given by app.py) is `services.database_setup.check_connection`.
The choice is kept in QSettings and used at the next start when neither `--db` nor `KPM_DB`
names a database. "Test connection" runs off the UI thread and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.errors import UserText
from kpm_desktop.ui.common.background_job import start_job
from kpm_desktop.ui.common.user_messages import user_message

SETTINGS_KEY = "database/target"
URL_PLACEHOLDER = "postgresql+psycopg://user@server:5432/kpm"


def saved_database_target(settings: QSettings) -> str | None:
    value = settings.value(SETTINGS_KEY)
    return str(value) if value else None


class ConnectionDialog(QDialog):
    checkFinished = Signal(bool, str)  # connected, message

    def __init__(
        self,
        settings: QSettings,
        check: Callable[[str], UserText],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._check = check
        self.setWindowTitle(self.tr("Database connection"))
        self.sqlite_choice = QRadioButton(self.tr("Local database file (SQLite)"))
        self.postgres_choice = QRadioButton(self.tr("Shared office database (PostgreSQL)"))
        choices = QButtonGroup(self)
        choices.addButton(self.sqlite_choice)
        choices.addButton(self.postgres_choice)
        self.file_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self.choose_file)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(URL_PLACEHOLDER)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(browse)
        self.sqlite_choice.toggled.connect(self._update_enabled)
        self._load(saved_database_target(settings))

    def _lay_out(self, browse: QPushButton) -> None:
        grid = QGridLayout()
        grid.addWidget(self.sqlite_choice, 0, 0, 1, 3)
        grid.addWidget(self.file_edit, 1, 1)
        grid.addWidget(browse, 1, 2)
        grid.addWidget(self.postgres_choice, 2, 0, 1, 3)
        grid.addWidget(self.url_edit, 3, 1, 1, 2)
        grid.setColumnMinimumWidth(0, 20)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)
        note = QLabel(self.tr("The choice takes effect when KPM Desktop starts next."))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(test_row)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _load(self, target: str | None) -> None:
        if target and "://" in target and not target.startswith("sqlite"):
            self.postgres_choice.setChecked(True)
            self.url_edit.setText(target)
        else:
            self.sqlite_choice.setChecked(True)
            self.file_edit.setText(target or "")
        self._update_enabled()

    def _update_enabled(self) -> None:
        local = self.sqlite_choice.isChecked()
        self.file_edit.setEnabled(local)
        self.url_edit.setEnabled(not local)

    def target(self) -> str:
        if self.postgres_choice.isChecked():
            return self.url_edit.text().strip()
        text = self.file_edit.text().strip()
        return str(Path(text).expanduser().resolve()) if text else ""

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Database file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
        dialog.setNameFilter(self.tr("KPM Desktop database (*.sqlite3 *.db);;All files (*)"))
        dialog.setDefaultSuffix("sqlite3")
        dialog.fileSelected.connect(self.file_edit.setText)
        dialog.open()
        return dialog

    def test_connection(self) -> None:
        target = self.target()
        if not target:
            self._show_result(False, self._missing_target_message())
            return
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing..."))
        check = self._check
        start_job(
            self,
            lambda _control: check(target),
            name="connection test",
            finished=self._connected,
            failed=self._not_connected,
        )

    def _connected(self, message: UserText) -> None:
        self._show_result(True, user_message(message))

    def _not_connected(self, message: str) -> None:
        self._show_result(False, message)

    def _show_result(self, connected: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(message)
        self.result_label.setStyleSheet("" if connected else "color: #b00020;")
        self.checkFinished.emit(connected, message)

    def _missing_target_message(self) -> str:
        if self.sqlite_choice.isChecked():
            return self.tr("Enter the database file.")
        return self.tr("Enter the address of the office database, like {0}").format(URL_PLACEHOLDER)

    def accept(self) -> None:
        target = self.target()
        if not target:
            self._show_result(False, self._missing_target_message())
            return
        self._settings.setValue(SETTINGS_KEY, target)
        super().accept()


def add_connection_action(
    menu: QMenu, settings: QSettings, check: Callable[[str], UserText], parent: QWidget
) -> QAction:
    """Add "Database connection..." to a menu (the File menu).

    `check` is `services.database_setup.check_connection`: it says what opening a target
    would do, or raises a `KpmUserError`.
    """
    action = QAction(
        QCoreApplication.translate("ConnectionDialog", "Database &connection..."), parent
    )

    def open_dialog() -> None:
        dialog = ConnectionDialog(settings, check, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action
