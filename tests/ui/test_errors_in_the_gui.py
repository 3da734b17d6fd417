"""Bugs reach the crash dialog without losing saved data; user errors are messages;
a database that cannot be opened stops the start with a clear message."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from kpm_desktop.domain.errors import ConflictError
from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.common.crash_dialog import CrashDialog, CrashHandler
from tests.access_helpers import HR_ADMIN


class _Emitter(QObject):
    fired = Signal()


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot) -> None:
    dialog = CrashDialog("Traceback (most recent call last):\n  boom")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback (most recent call last):\n  boom"


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_the_crash_dialog_and_keeps_saved_data(
    qtbot, monkeypatch, database: Database
) -> None:
    handler = CrashHandler()
    monkeypatch.setattr(sys, "excepthook", handler)
    staff = build_table_browsers(database).staff
    emitter = _Emitter()

    def buggy_slot() -> None:
        staff.add(HR_ADMIN, {"employee_no": "E1", "name": "张三", "department_code": "D01"})
        raise RuntimeError("bug after saving")

    _department(database)
    emitter.fired.connect(buggy_slot)
    emitter.fired.emit()
    assert handler.last_dialog is not None
    qtbot.addWidget(handler.last_dialog)
    assert "RuntimeError: bug after saving" in handler.last_dialog.details
    assert staff.count(HR_ADMIN) == 1


@pytest.mark.qt_no_exception_capture
def test_a_bug_is_logged_and_reported_in_a_file_the_dialog_names(
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KPM_LOG_DIR", str(tmp_path))
    handler = CrashHandler()
    monkeypatch.setattr(sys, "excepthook", handler)
    opened: list[str] = []
    monkeypatch.setattr(
        "kpm_desktop.ui.common.crash_dialog.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    emitter = _Emitter()

    def buggy_slot() -> None:
        raise RuntimeError("injected bug")

    emitter.fired.connect(buggy_slot)
    emitter.fired.emit()
    dialog = handler.last_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.report is not None and dialog.report.parent == tmp_path
    report = dialog.report.read_text(encoding="utf-8")
    assert "RuntimeError: injected bug" in report
    assert "PySide6 " in report and "Qt " in report
    dialog.open_folder_button.click()
    assert opened == [str(tmp_path)]


@pytest.mark.qt_no_exception_capture
def test_a_user_error_in_a_slot_is_a_message_not_a_crash(qtbot, monkeypatch) -> None:
    handler = CrashHandler()
    monkeypatch.setattr(sys, "excepthook", handler)
    emitter = _Emitter()

    def refusing_slot() -> None:
        raise ConflictError("Cannot delete customer C1: 2 deals refer to it")

    emitter.fired.connect(refusing_slot)
    emitter.fired.emit()
    assert handler.last_dialog is None
    assert handler.last_error_box is not None
    assert handler.last_error_box.text() == "Cannot delete customer C1: 2 deals refer to it"
    handler.last_error_box.close()


def _department(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO departments (id, code, name) VALUES (1, 'D01', '营销管理部')"
        )


def _start_app(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "kpm_desktop", "--db", str(db), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_start_on_a_corrupt_file_says_so_and_exits(tmp_path: Path) -> None:
    db = tmp_path / "corrupt.sqlite3"
    db.write_bytes(b"this is not a database at all" * 100)
    result = _start_app(db, tmp_path)
    assert result.returncode == 2
    assert f"{db} is not a KPM Desktop database" in result.stderr
    assert "Traceback" not in result.stderr


def test_start_on_a_damaged_sqlite_file_says_so_and_exits(tmp_path: Path) -> None:
    db = tmp_path / "damaged.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db.write_bytes(bytes(data))
    result = _start_app(db, tmp_path)
    assert result.returncode == 2
    assert f"The database {db} is damaged or not a database" in result.stderr
    assert "Traceback" not in result.stderr


def test_start_on_a_newer_schema_says_update_and_exits(tmp_path: Path, database) -> None:
    db = database.file_path
    database.dispose()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = _start_app(db, tmp_path)
    assert result.returncode == 2
    assert "created by a newer KPM Desktop (schema 9999)" in result.stderr
    assert "Traceback" not in result.stderr
