"""File menu backup and restore, driven through the non-blocking entry points."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from kpm_desktop.services.admin.backup import BackupService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.backup_actions import BackupActions, add_backup_actions


@pytest.fixture
def window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def actions(demo_database: Database, tmp_path: Path, window: QMainWindow) -> BackupActions:
    service = BackupService(demo_database, tmp_path / "backups")
    menu = window.menuBar().addMenu("File")
    return add_backup_actions(menu, service, window)


def _staff_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM staff").fetchone()[0])


def test_the_menu_gets_both_actions(actions: BackupActions, window: QMainWindow) -> None:
    menu = window.menuBar().findChild(QMenu)
    texts = [action.text() for action in menu.actions()]
    assert texts == ["&Back up database...", "&Restore database..."]
    assert actions.backup_action.isEnabled() and actions.restore_action.isEnabled()


def test_backup_through_the_file_dialog(actions: BackupActions, qtbot, tmp_path: Path) -> None:
    dialog = actions.choose_backup_file()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles()[0].endswith(".sqlite3")
    target = tmp_path / "office-copy.sqlite3"
    with qtbot.waitSignal(actions.backupFinished, timeout=10_000) as finished:
        dialog.fileSelected.emit(str(target))
    assert finished.args == [str(target)]
    assert _staff_count(target) == 30
    dialog.close()


def test_restore_asks_first_and_cancel_changes_nothing(
    actions: BackupActions, demo_database: Database, qtbot, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite3"
    with qtbot.waitSignal(actions.backupFinished, timeout=10_000):
        actions.back_up_to(str(copy))
    with demo_database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM targets")
    box = actions.confirm_restore(str(copy))
    assert str(copy) in box.text()
    with qtbot.assertNotEmitted(actions.restoreFinished):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert not (tmp_path / "backups").exists()

    box = actions.confirm_restore(str(copy))
    with qtbot.waitSignal(actions.restoreFinished, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    with demo_database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM targets").scalar()


def test_a_refused_restore_is_reported(actions: BackupActions, qtbot, tmp_path: Path) -> None:
    text_file = tmp_path / "staff.csv"
    text_file.write_text("工号,姓名\n")
    with qtbot.waitSignal(actions.failed, timeout=10_000) as failed:
        actions.restore_from(str(text_file))
    assert "not a SQLite file" in failed.args[0]


def test_daily_backup_runs_in_the_background(actions: BackupActions, qtbot, tmp_path: Path) -> None:
    with qtbot.waitSignal(actions.dailyBackupFinished, timeout=10_000) as done:
        actions.start_daily_backup()
    assert Path(done.args[0]).parent == tmp_path / "backups"
    with qtbot.waitSignal(actions.dailyBackupFinished, timeout=10_000) as again:
        actions.start_daily_backup()
    assert again.args == [""]


def test_actions_are_greyed_out_for_the_office_database(window: QMainWindow, tmp_path) -> None:
    office = Database("postgresql+psycopg://kpm@/kpm?host=/nonexistent")
    actions = BackupActions(BackupService(office, tmp_path / "backups"), window)
    assert not actions.backup_action.isEnabled()
    assert "pg_dump" in actions.backup_action.toolTip()
    office.dispose()
