"""A bug inside each page's background job reaches the crash handler on the UI thread and
the log (with its traceback), and the page stops waiting: it shows what happened, its
controls work again, and a new run succeeds.

The bug is injected by replacing the service method the job calls with one that raises."""

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QPushButton

from kpm_desktop.services.admin.backup import BackupService
from kpm_desktop.services.admin.database_setup import check_connection
from kpm_desktop.services.app_services import build_services
from kpm_desktop.services.imports.export_service import ExportService
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.backup_actions import add_backup_actions
from kpm_desktop.ui.admin.connection_dialog import ConnectionDialog
from kpm_desktop.ui.admin.integrity_check import add_help_menu
from kpm_desktop.ui.appraisals.cycles_page import CyclesPage
from kpm_desktop.ui.common.background_job import bug_message
from kpm_desktop.ui.imports.export_actions import ExportRun
from kpm_desktop.ui.imports.import_wizard import ImportWizard
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from kpm_desktop.ui.kpis.kpi_page import KpiPage
from kpm_desktop.ui.sheets.sheet_check_dialog import SheetCheckDialog
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings
from tests.access_helpers import HR_ADMIN
from tests.appraisal_world import PERIOD, World
from tests.services.import_helpers import write_csv

BUG = "the page must recover from an injected bug"
HANG = 900_000  # every wait ends on a signal; this only marks a hang


def _raise_bug(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError(BUG)


def _assert_one_bug_on_the_ui_thread(crash_hook) -> None:
    """One bug, handed to the crash handler on the UI thread and logged with its traceback."""
    assert [(str(error), on_ui_thread) for error, on_ui_thread in crash_hook.bugs] == [(BUG, True)]
    assert crash_hook.logged_bugs() == [BUG]


def test_a_bug_in_the_kpi_computation(database: Database, crash_hook, qtbot, monkeypatch) -> None:
    service = KpiService(database)
    page = KpiPage(service, HR_ADMIN)
    qtbot.addWidget(page)
    monkeypatch.setattr(service, "compute_for", _raise_bug)
    with qtbot.waitSignal(page.failed, timeout=HANG) as failed:
        page.refresh()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert failed.args[0] == bug_message() and page.status.text() == failed.args[0]
    assert not page.cancel_button.isEnabled() and page.busy.isHidden()
    monkeypatch.undo()
    with qtbot.waitSignal(page.computed, timeout=HANG):
        page.compute_button.click()
    page.wait_for_workers()


def test_a_bug_in_the_dashboard_load(
    demo_database: Database, crash_hook, qtbot, monkeypatch
) -> None:
    kpis = KpiService(demo_database)
    service = DashboardService(demo_database, kpis)
    page = DashboardPage(service, HR_ADMIN, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    monkeypatch.setattr(service, "load", _raise_bug)
    with qtbot.waitSignal(page.failed, timeout=HANG) as failed:
        page.show()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert page.status.text() == failed.args[0] == bug_message()
    assert not page.busy.isVisible() and page.refresh_button.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.refresh_button.click()
    page.wait_for_workers()


def test_a_bug_in_the_dashboard_warm_up(
    demo_database: Database, crash_hook, qtbot, monkeypatch
) -> None:
    kpis = KpiService(demo_database)
    service = DashboardService(demo_database, kpis)
    page = DashboardPage(service, HR_ADMIN, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    monkeypatch.setattr(service, "warm_up", _raise_bug)
    with qtbot.waitSignal(page.warmed, timeout=HANG) as warmed:
        page.show()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert warmed.args == [0] and not page.warming and page.status.text() != bug_message()
    monkeypatch.undo()
    with qtbot.waitSignal(page.warmed, timeout=HANG) as warmed:
        page.period.setCurrentIndex(page.period.findData("2026Q2"))
    assert warmed.args[0] > 0
    page.wait_for_workers()


@pytest.fixture
def cycle_world(empty_cycle_world: World) -> World:
    return empty_cycle_world


def _cycles_page(qtbot, cycle_world: World, tmp_path: Path) -> CyclesPage:
    settings = SheetSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    page = CyclesPage(
        cycle_world.services.cycles, cycle_world.admin, lambda: [],
        cycle_world.services.kpis.departments,
        sheets=cycle_world.services.sheets, sheet_settings=settings,
    )  # fmt: skip
    qtbot.addWidget(page)
    page.view.selectRow([c.period for c in page.model.rows].index(PERIOD))
    return page


def _assert_cycles_page_idle(page: CyclesPage) -> None:
    assert page.bulk_button.isEnabled() and page.new_button.isEnabled()
    assert page.export_button is not None and page.export_button.isEnabled()


def test_a_bug_in_bulk_creation(
    cycle_world: World, crash_hook, qtbot, monkeypatch, tmp_path
) -> None:
    page = _cycles_page(qtbot, cycle_world, tmp_path)
    monkeypatch.setattr(cycle_world.services.cycles, "bulk_create", _raise_bug)
    with qtbot.waitSignal(page.failed, timeout=HANG) as failed:
        progress = page.start_bulk()
        assert not page.bulk_button.isEnabled()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert page.report.toPlainText() == failed.args[0] == bug_message()
    assert progress is not None and not progress.isVisible()
    _assert_cycles_page_idle(page)
    monkeypatch.undo()
    with qtbot.waitSignal(page.bulk_finished, timeout=HANG) as finished:
        page.bulk_button.click()
    assert finished.args[0].created > 0
    page.wait_for_workers()


def test_cancelling_bulk_creation_creates_nothing(
    cycle_world: World, qtbot, monkeypatch, tmp_path
) -> None:
    page = _cycles_page(qtbot, cycle_world, tmp_path)
    cycles = cycle_world.services.cycles
    original, gate = cycles.bulk_create, threading.Event()

    def held(actor, period, progress):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            gate.wait()  # until the user has pressed Cancel
            progress(done, total)

        return original(actor, period, report)

    monkeypatch.setattr(cycles, "bulk_create", held)
    progress = page.start_bulk()
    assert progress is not None and page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=HANG):
        progress.findChild(QPushButton).click()  # its Cancel button
        gate.set()
    assert page.report.toPlainText() == "Cancelled: nothing was created"
    _assert_cycles_page_idle(page)
    monkeypatch.undo()
    with qtbot.waitSignal(page.bulk_finished, timeout=HANG) as finished:
        page.start_bulk()
    assert finished.args[0].created > 0 and not finished.args[0].duplicates
    page.wait_for_workers()


def test_a_bug_in_the_sheet_export(
    cycle_world: World, crash_hook, qtbot, monkeypatch, tmp_path
) -> None:
    cycle_world.services.cycles.bulk_create(cycle_world.admin, PERIOD)
    page = _cycles_page(qtbot, cycle_world, tmp_path)
    monkeypatch.setattr(cycle_world.services.sheets, "cycle_pdfs", _raise_bug)
    with qtbot.waitSignal(page.failed, timeout=HANG) as failed:
        progress = page.start_export(tmp_path / "all.pdf", True, None)
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert page.report.toPlainText() == failed.args[0] == bug_message()
    assert progress is not None and not progress.isVisible()
    _assert_cycles_page_idle(page)
    monkeypatch.undo()
    with qtbot.waitSignal(page.export_finished, timeout=HANG) as finished:
        page.start_export(tmp_path / "all.pdf", True, None)
    assert not finished.args[0].cancelled and (tmp_path / "all.pdf").exists()
    page.wait_for_workers()


def test_a_bug_in_the_import_check(database: Database, crash_hook, qtbot, monkeypatch, tmp_path):
    path = write_csv(tmp_path / "c.csv", [["客户编号", "客户名称", "创建日期"],
                                          ["B1", "客户", "2026-07-01"]])  # fmt: skip
    service = ImportService(database)
    wizard = ImportWizard(service, HR_ADMIN)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("customers"))
    wizard.file_page.path.setText(str(path))
    wizard.next()
    monkeypatch.setattr(service, "check", _raise_bug)
    check = wizard.check_page
    with qtbot.waitSignal(check.finished, timeout=HANG):
        wizard.next()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert check.status.text() == bug_message()
    assert not check.cancel_button.isEnabled() and not check.isComplete()
    monkeypatch.undo()
    with qtbot.waitSignal(check.finished, timeout=HANG):
        check.initializePage()
    assert check.report is not None and check.isComplete()


def test_a_bug_in_a_table_export(demo_database: Database, crash_hook, qtbot, monkeypatch, tmp_path):
    service = ExportService(demo_database)
    monkeypatch.setattr(service, "export", _raise_bug)
    run = ExportRun(service, HR_ADMIN, "staff", tmp_path / "staff.xlsx", None)
    with qtbot.waitSignal(run.failed, timeout=HANG) as failed:
        run.start()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert failed.args[0] == bug_message() and not run.dialog.isVisible()
    monkeypatch.undo()
    again = ExportRun(service, HR_ADMIN, "staff", tmp_path / "staff.xlsx", None)
    with qtbot.waitSignal(again.done, timeout=HANG) as done:
        again.start()
    assert done.args == [30]


def test_a_bug_in_a_backup(demo_database: Database, crash_hook, qtbot, monkeypatch, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    service = BackupService(demo_database, tmp_path / "backups")
    actions = add_backup_actions(window.menuBar().addMenu("File"), service, window)
    monkeypatch.setattr(service, "backup_to", _raise_bug)
    with qtbot.waitSignal(actions.failed, timeout=HANG) as failed:
        actions.back_up_to(str(tmp_path / "copy.sqlite3"))
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert failed.args[0] == bug_message() and actions._progress is None
    monkeypatch.undo()
    with qtbot.waitSignal(actions.backupFinished, timeout=HANG):
        actions.back_up_to(str(tmp_path / "copy.sqlite3"))


def test_a_bug_in_the_integrity_check(database: Database, crash_hook, qtbot, monkeypatch, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    service = build_services(database, witnesses_dir=tmp_path / "witnesses").integrity
    actions = add_help_menu(window, service)
    monkeypatch.setattr(service, "run", _raise_bug)
    with qtbot.waitSignal(actions.failed, timeout=HANG) as failed:
        actions.check_action.trigger()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert failed.args[0] == bug_message() and actions.check_action.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(actions.finished, timeout=HANG) as finished:
        actions.check_action.trigger()
    finished.args[0].close()


def test_a_bug_in_the_sheet_check(
    cycle_world: World, crash_hook, qtbot, monkeypatch, tmp_path
) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"%PDF-1.4 not a sheet")
    dialog = SheetCheckDialog(cycle_world.services.sheets, cycle_world.admin, None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(cycle_world.services.sheets, "verify_pdf", _raise_bug)
    with qtbot.waitSignal(dialog.checkFinished, timeout=HANG) as finished:
        dialog.check_file(str(path))
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert finished.args == [False] and dialog.verdict.text() == bug_message()
    assert dialog.choose_button.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(dialog.checkFinished, timeout=HANG):
        dialog.check_file(str(path))


def test_a_bug_in_the_connection_test(crash_hook, qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    checks = [_raise_bug, check_connection]
    dialog = ConnectionDialog(settings, lambda target: checks[0](target))
    qtbot.addWidget(dialog)
    dialog.sqlite_choice.setChecked(True)
    dialog.file_edit.setText(str(tmp_path / "office.sqlite3"))
    with qtbot.waitSignal(dialog.checkFinished, timeout=HANG) as finished:
        dialog.test_button.click()
    _assert_one_bug_on_the_ui_thread(crash_hook)
    assert finished.args == [False, bug_message()] and dialog.test_button.isEnabled()
    checks.pop(0)
    with qtbot.waitSignal(dialog.checkFinished, timeout=HANG) as finished:
        dialog.test_button.click()
    assert finished.args[0] is True
