"""The words the sheet check and the audit page take from the data, in Chinese: the sheet
field a difference is in, and an audit entry's record type and action (the integrity
check's use of them is in test_chinese_messages.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.ui.admin.audit_words import audit_word
from kpm_desktop.ui.sheets.sheet_check_dialog import SheetCheckDialog
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


def test_the_audit_page_uses_the_same_words(qapp) -> None:
    assert (audit_word("user"), audit_word("create")) == ("用户", "创建")
    assert audit_word("set_password") == "设置密码"
    assert audit_word("a_new_action") == "a_new_action"
