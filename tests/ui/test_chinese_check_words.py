"""The words the sheet check and the integrity check take from the data, in Chinese: the
sheet field a difference is in, and an audit entry's record type and action."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import update

from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.services.app_services import build_services
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import AuditEntryRecord
from kpm_desktop.ui.admin.audit_words import audit_word
from kpm_desktop.ui.admin.integrity_check import add_help_menu
from kpm_desktop.ui.sheets.sheet_check_dialog import SheetCheckDialog
from tests.access_helpers import ADMIN_PASSWORD
from tests.appraisal_world import World
from tests.printed_sheets import finalized_appraisal

pytestmark = pytest.mark.usefixtures("chinese")

ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def test_a_sheet_difference_names_the_field_in_chinese(qtbot, world: World, tmp_path: Path) -> None:
    sheets = world.services.sheets
    sheet = sheets.sheet(world.admin, finalized_appraisal(world))
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(EvaluationSheetRenderer().render(replace(sheet, position="销售总监")))
    dialog = SheetCheckDialog(sheets, world.admin, None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checkFinished, timeout=20_000) as finished:
        dialog.check_file(str(edited))
    assert finished.args == [False]
    (content,) = [line for line in dialog.details.toPlainText().splitlines() if "内容：" in line]
    assert content.startswith("  内容：职位：PDF 显示为 ")
    assert "销售总监" in content and "CRM系统主管" in content
    assert ENGLISH_WORD.findall(content.replace(sheet.position, "")) == ["PDF"]


def test_a_broken_chain_names_the_record_and_action_in_chinese(
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
    assert "用户 1，创建，" in line
    assert "user" not in line and "create" not in line
    dialog.close()


def test_the_audit_page_uses_the_same_words(qapp) -> None:
    assert (audit_word("user"), audit_word("create")) == ("用户", "创建")
    assert audit_word("set_password") == "设置密码"
    assert audit_word("a_new_action") == "a_new_action"
