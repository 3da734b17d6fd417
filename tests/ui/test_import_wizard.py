from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from kpm_desktop.services.imports.export_service import ExportService
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord
from kpm_desktop.ui.imports.export_actions import ExportRun
from kpm_desktop.ui.imports.import_ports import ERROR_BACKGROUND, RowsTableModel
from kpm_desktop.ui.imports.import_wizard import ImportWizard
from tests.access_helpers import HR_ADMIN
from tests.services.import_helpers import write_csv


def _customers(database: Database, prefix: str) -> int:
    with database.unit_of_work() as uow:
        statement = select(func.count()).select_from(CustomerRecord)
        return int(uow.session.scalar(statement.where(CustomerRecord.code.like(f"{prefix}%"))) or 0)


def _wizard_on(qtbot, database: Database, path: Path) -> ImportWizard:
    wizard = ImportWizard(ImportService(database), HR_ADMIN)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("customers"))
    page.path.setText(str(path))
    assert page.isComplete()
    return wizard


def test_wizard_file_mapping_errors_then_import(
    qtbot, qtmodeltester, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["客户编号", "名字", "创建日期", "电话"],
        ["W1", "向导客户一", "2026/7/1", "13800000001"],
        ["W2", "向导客户二", "2026-02-30", ""],
        ["W3", "向导客户三", "2026年7月3日", ""],
    ]
    path = write_csv(tmp_path / "wizard.csv", rows, "gbk")
    wizard = _wizard_on(qtbot, demo_database, path)

    wizard.next()
    mapping = wizard.mapping_page
    assert "gb18030" in mapping.layout_label.text()
    assert not mapping.isComplete()  # 客户名称 is required and "名字" is not a known header
    assert mapping.ignored_label.text() == "Not imported: 名字"
    mapping.choose("name", 1)
    assert mapping.isComplete()
    assert mapping.ignored_label.text() == "Every column of the file is imported."
    assert mapping.mapping() == {"code": 0, "name": 1, "created_on": 2, "phone": 3}
    qtmodeltester.check(mapping.preview.model())

    with qtbot.waitSignal(wizard.check_page.finished, timeout=20_000):
        wizard.next()
    check = wizard.check_page
    errors = check.errors.model()
    qtmodeltester.check(errors)
    assert errors.rowCount() == 1
    assert [errors.index(0, c).data() for c in range(4)] == [
        "3",
        "创建日期",
        "2026-02-30",
        errors.index(0, 3).data(),
    ]
    assert errors.index(0, 3).data().startswith("bad date")
    assert errors.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    preview = check.preview.model()
    assert [preview.is_highlighted(r) for r in range(3)] == [False, True, False]
    assert not check.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    rows[2][2] = "2026-07-02"
    write_csv(path, rows, "gbk")
    wizard.back()
    with qtbot.waitSignal(wizard.check_page.finished, timeout=20_000):
        wizard.next()
    assert check.isComplete() and check.report.inserted == 3
    assert _customers(demo_database, "W") == 0  # checking writes nothing

    with qtbot.waitSignals([wizard.confirm_page.finished, wizard.imported], timeout=20_000):
        wizard.next()
    assert wizard.confirm_page.report.inserted == 3
    assert "3 inserted" in wizard.confirm_page.status.text()
    assert _customers(demo_database, "W") == 3


def test_cancel_rolls_the_import_back(qtbot, database: Database, tmp_path: Path) -> None:
    rows = [
        ["客户编号", "客户名称", "创建日期"],
        *[[f"Z{i:06d}", "客户", "2026-07-01"] for i in range(30_000)],
    ]
    wizard = _wizard_on(qtbot, database, write_csv(tmp_path / "big.csv", rows))
    wizard.next()
    with qtbot.waitSignal(wizard.check_page.finished, timeout=60_000):
        wizard.next()
    assert wizard.check_page.report.inserted == 30_000
    with qtbot.waitSignal(wizard.confirm_page.finished, timeout=60_000):
        wizard.next()
        wizard.confirm_page.cancel_button.click()
    assert "cancelled" in wizard.confirm_page.status.text()
    assert wizard.confirm_page.report is None
    assert _customers(database, "Z") == 0


def test_rows_model() -> None:
    model = RowsTableModel(["a", "b"], [["1", "2"], ["3"]], {1})
    assert model.index(1, 1).data() == ""
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_export_runs_in_a_worker(qtbot, demo_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "staff.xlsx"
    run = ExportRun(ExportService(demo_database), HR_ADMIN, "staff", path, None)
    with qtbot.waitSignal(run.done, timeout=20_000) as blocker:
        run.start()
    assert blocker.args == [30] and path.stat().st_size > 0
    failing = ExportRun(ExportService(demo_database), HR_ADMIN, "staff", tmp_path / "x.pdf", None)
    with qtbot.waitSignal(failing.failed, timeout=20_000) as blocker:
        failing.start()
    assert ".csv or .xlsx" in blocker.args[0]
