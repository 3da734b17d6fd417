"""Texts the UI builds from parts, read in the Chinese UI: no English word is left in them.

Each of these was once assembled from English words (a report, a field name in an undo
text, a weight label, a connection message); the catalogue alone could not catch them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import update

from kpm_desktop.services.admin.database_setup import check_connection, open_database
from kpm_desktop.services.app_services import build_services
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.migrate import head_revision
from kpm_desktop.storage.records import AuditEntryRecord
from kpm_desktop.ui.admin.connection_dialog import ConnectionDialog
from kpm_desktop.ui.admin.integrity_check import add_help_menu
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.cycles_page import CyclesPage
from kpm_desktop.ui.sheets.sheet_check_dialog import SheetCheckDialog
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World
from tests.printed_sheets import finalized_appraisal

pytestmark = pytest.mark.usefixtures("chinese")

# Two Latin letters in a row: an English word (employee numbers such as E00013 have one).
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


# A hash (or its first hex digits) is data, not a word.
HEX_DIGITS = re.compile(r"\b[0-9a-f]{8,}\b")


def english_words(text: str) -> list[str]:
    return ENGLISH_WORD.findall(HEX_DIGITS.sub("", text))


def test_the_bulk_create_report_is_chinese(qtbot, empty_cycle_world: World) -> None:
    world = empty_cycle_world
    cycles = CyclesPage(world.services.cycles, world.admin, list, world.services.kpis.departments)
    qtbot.addWidget(cycles)
    cycles.view.selectRow(0)
    with qtbot.waitSignal(cycles.bulk_finished, timeout=20000) as finished:
        cycles.start_bulk()
    report = finished.args[0]
    assert report.created == 8 and len(report.without_template) > 10
    text = cycles.report.toPlainText()
    lines = text.splitlines()
    assert lines[0] == "已创建 8 份考核"
    more = len(report.without_template) - 10
    assert lines[1].startswith(f"{len(report.without_template)} 名员工没有适用的模板：")
    assert lines[1].endswith(f" 等，另有 {more} 人")
    assert english_words(text) == []


def test_a_second_bulk_create_reports_duplicates_in_chinese(qtbot, world: World) -> None:
    cycles = CyclesPage(world.services.cycles, world.admin, list, world.services.kpis.departments)
    qtbot.addWidget(cycles)
    cycles.view.selectRow(0)
    with qtbot.waitSignal(cycles.bulk_finished, timeout=20000):
        cycles.start_bulk()
    lines = cycles.report.toPlainText().splitlines()
    assert lines[0] == "已创建 0 份考核"
    assert lines[1].startswith("拒绝了 8 份重复考核：")
    assert english_words("\n".join(lines)) == []


def test_the_form_rows_show_the_weight_in_chinese(qtbot, world: World) -> None:
    rows = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    form = AppraisalFormWidget(world.services.appraisals, world.admin, rows[0].id)
    qtbot.addWidget(form)
    for row in form.rows:
        label = row.name.text()
        weight = label.splitlines()[1]
        assert re.fullmatch(r"权重 \d+(\.\d+)?", weight), label
        assert "weight" not in label


def test_undo_texts_name_the_field_in_chinese(page: TemplatesPage) -> None:
    editor = page.new_template()
    editor.settings.name.setText("新模板")
    assert editor.undo_stack.undoText() == "修改模板名称"
    editor.actions_.add_indicator.trigger()
    indicator = editor.actions_.current()
    editor.panel.code.setText("A1")
    editor.panel.weight.setText("30")
    assert editor.undo_stack.undoText() == "修改 A1 的权重"
    method = editor.panel.method
    method.kind.setCurrentIndex(method.kind.findData("kpi"))
    method.kind.activated.emit(method.kind.currentIndex())
    assert indicator.method.kind.value == "kpi"
    assert editor.undo_stack.undoText() == "修改 A1 的评分方法"
    texts = [editor.undo_stack.text(i) for i in range(editor.undo_stack.count())]
    assert [word for text in texts for word in english_words(text)] == []


def test_the_connection_test_speaks_chinese(qtbot, settings: QSettings, tmp_path: Path) -> None:
    dialog = ConnectionDialog(settings, check_connection)
    qtbot.addWidget(dialog)
    dialog.sqlite_choice.setChecked(True)
    new = tmp_path / "新建.sqlite3"
    dialog.file_edit.setText(str(new))
    with qtbot.waitSignal(dialog.checkFinished, timeout=10_000) as finished:
        dialog.test_connection()
    assert finished.args == [True, f"{new} 尚不存在；KPM Desktop 将创建它。"]
    existing = tmp_path / "office.sqlite3"
    open_database(existing).database.dispose()
    dialog.file_edit.setText(str(existing))
    with qtbot.waitSignal(dialog.checkFinished, timeout=10_000) as finished:
        dialog.test_connection()
    assert dialog.result_label.text() == f"已连接。数据库已是最新（结构版本 {head_revision()}）。"


def test_a_sheet_that_cannot_be_written_is_reported_in_chinese(
    qtbot, world: World, settings: QSettings, tmp_path: Path
) -> None:
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    form = AppraisalFormWidget(
        world.services.appraisals, world.admin, appraisal_id,
        sheets=world.services.sheets, sheet_settings=SheetSettings(settings),
    )  # fmt: skip
    qtbot.addWidget(form)
    assert form.sheet_actions is not None
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    target = not_a_folder / "sheet.pdf"
    with qtbot.waitSignal(form.sheet_actions.failed) as failed:
        form.sheet_actions.save_to(appraisal_id, target)
    assert failed.args[0].startswith(f"{target}：无法写入：")
    assert not target.exists()


def test_a_checked_sheet_is_described_in_chinese(qtbot, world: World, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(world.services.sheets.pdf(world.admin, finalized_appraisal(world)))
    dialog = SheetCheckDialog(world.services.sheets, world.admin, None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checkFinished, timeout=20_000) as finished:
        dialog.check_file(str(sheet))
    assert finished.args == [True]
    verdict, content, chain = dialog.details.toPlainText().splitlines()
    assert verdict.startswith("一致：考核 ") and "，修订 1，现为已定稿；SHA-256 " in verdict
    assert content == "  内容：每页的文字和绘图均与记录一致"
    assert chain.startswith("  审计链：打印的是条目 #") and "仍在审计链中" in chain
    assert english_words(dialog.details.toPlainText()) == ["SHA"]


def test_a_changed_audit_entry_is_described_in_chinese(
    qtbot, database: Database, tmp_path: Path
) -> None:
    services = build_services(database, witnesses_dir=tmp_path / "witnesses")
    services.auth.create_first_admin(ADMIN_PASSWORD)
    with database.engine.begin() as connection:
        connection.execute(
            update(AuditEntryRecord).where(AuditEntryRecord.id == 1).values(after='{"x":1}')
        )
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = add_help_menu(window, services.integrity)
    with qtbot.waitSignal(actions.finished, timeout=20_000) as finished:
        actions.check_action.trigger()
    dialog = finished.args[0]
    (line,) = [
        line for line in dialog.details.toPlainText().splitlines() if line.startswith("问题：")
    ]
    reason = line.split("）：", 1)[1]
    assert reason.startswith("存储的哈希值 ") and reason.endswith("：有字段被改动")
    assert english_words(reason) == []
    # The record and the action are named in the audit page's words, not as stored.
    assert "用户 1，创建，" in line
    assert "user" not in line and "create" not in line
    dialog.close()
