"""The database connection dialog: test without changing anything, save to QSettings."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kpm_desktop.services.admin.database_setup import check_connection, open_database
from kpm_desktop.ui.admin.connection_dialog import (
    SETTINGS_KEY,
    ConnectionDialog,
    saved_database_target,
)


@pytest.fixture
def dialog(qtbot, settings: QSettings) -> ConnectionDialog:
    dialog = ConnectionDialog(settings, check_connection)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_testing_an_existing_database(dialog: ConnectionDialog, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(path).database.dispose()
    modified = path.stat().st_mtime_ns
    dialog.sqlite_choice.setChecked(True)
    dialog.file_edit.setText(str(path))
    with qtbot.waitSignal(dialog.checkFinished, timeout=10_000) as finished:
        dialog.test_button.click()
    assert finished.args[0] is True
    assert "up to date" in finished.args[1]
    assert "up to date" in dialog.result_label.text()
    assert dialog.test_button.isEnabled()
    assert path.stat().st_mtime_ns == modified


def test_testing_a_new_file_does_not_create_it(
    dialog: ConnectionDialog, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "新建.sqlite3"
    dialog.file_edit.setText(str(path))
    with qtbot.waitSignal(dialog.checkFinished, timeout=10_000) as finished:
        dialog.test_connection()
    assert finished.args == [True, f"{path} does not exist yet; KPM Desktop will create it."]
    assert not path.exists()


def test_an_unreachable_office_server_is_reported(
    dialog: ConnectionDialog, qtbot, tmp_path: Path
) -> None:
    dialog.postgres_choice.setChecked(True)
    assert dialog.url_edit.isEnabled() and not dialog.file_edit.isEnabled()
    dialog.url_edit.setText(f"postgresql+psycopg://kpm@/kpm?host={tmp_path}&port=5999")
    with qtbot.waitSignal(dialog.checkFinished, timeout=20_000) as finished:
        dialog.test_connection()
    assert finished.args[0] is False
    assert "Cannot connect" in finished.args[1]


def test_save_keeps_the_choice_for_the_next_start(
    dialog: ConnectionDialog, settings: QSettings, qtbot
) -> None:
    url = "postgresql+psycopg://kpm@db.office.lan:5432/kpm"
    dialog.postgres_choice.setChecked(True)
    dialog.url_edit.setText(url)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert saved_database_target(settings) == url
    reopened = ConnectionDialog(settings, check_connection)
    qtbot.addWidget(reopened)
    assert reopened.postgres_choice.isChecked() and reopened.url_edit.text() == url


def test_an_empty_entry_is_not_saved(dialog: ConnectionDialog, settings: QSettings, qtbot) -> None:
    dialog.sqlite_choice.setChecked(True)
    dialog.file_edit.setText("  ")
    with qtbot.waitSignal(dialog.checkFinished) as finished:
        dialog.buttons.accepted.emit()
    assert finished.args == [False, "Enter the database file."]
    assert dialog.isVisible()
    assert settings.value(SETTINGS_KEY) is None
