"""File > "Verify a printed sheet...": a chosen or dropped PDF checked in the background,
the verdict and the details shown (pytest-qt, no exec())."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMainWindow

from kpm_desktop.ui.sheets.sheet_check_dialog import SheetCheckDialog, add_sheet_check_action
from tests import pdf_tampering as tamper
from tests.appraisal_world import World
from tests.printed_sheets import finalized_appraisal


@pytest.fixture
def sheet_file(world: World, tmp_path: Path) -> Path:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(world.services.sheets.pdf(world.admin, finalized_appraisal(world)))
    return path


def test_a_chosen_sheet_that_matches(world: World, sheet_file: Path, qtbot):
    dialog = SheetCheckDialog(world.services.sheets, world.admin, None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checkFinished) as finished:
        dialog.check_file(str(sheet_file))
    assert finished.args == [True]
    assert "sheet.pdf matches the record" in dialog.verdict.text()
    assert "content: the text of every page" in dialog.details.toPlainText()
    assert dialog.choose_button.isEnabled()


def test_a_sheet_dropped_on_the_main_window_is_checked(world: World, sheet_file: Path, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("File")
    actions = add_sheet_check_action(menu, world.services.sheets, world.admin, window)
    assert actions.action in menu.actions()
    edited = sheet_file.with_name("edited.pdf")
    edited.write_bytes(tamper.swap_text(sheet_file.read_bytes(), "E00013", "E00031"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(edited))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog = actions.open_dialog()
    # What Qt calls when a file is dropped on the window (a test cannot start a real drag).
    with qtbot.waitSignal(dialog.checkFinished) as finished:
        assert actions.eventFilter(window, drop)
    assert finished.args == [False]
    assert "edited.pdf does NOT match the record" in dialog.verdict.text()
    assert "employee number: PDF shows 'E00031'" in dialog.details.toPlainText()
    with qtbot.waitSignal(dialog.checkFinished) as finished:  # dropped onto the dialog
        mime.setUrls([QUrl.fromLocalFile(str(sheet_file))])
        dialog.dropEvent(drop)
    assert finished.args == [True]


def test_an_unreadable_file_says_why(world: World, tmp_path: Path, qtbot):
    dialog = SheetCheckDialog(world.services.sheets, world.admin, None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checkFinished) as finished:
        dialog.check_file(str(tmp_path / "missing.pdf"))
    assert finished.args == [False]
    assert "missing.pdf" in dialog.verdict.text()
