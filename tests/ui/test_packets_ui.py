"""Rater packets on the cycles page: export into a folder, import several files through
the preview dialog where HR chooses, and the status per rater (pytest-qt, no exec())."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from kpm_desktop.ui.appraisals.cycles_page import CyclesPage
from tests.appraisal_world import PERIOD, World
from tests.packet_helpers import edit_cells, sheet_names


def _page(qtbot, world: World) -> CyclesPage:
    page = CyclesPage(
        world.services.cycles, world.admin, lambda: [], lambda: [],
        packets=world.services.packets,
    )  # fmt: skip
    qtbot.addWidget(page)
    assert page.selected_period() == PERIOD and page.packets is not None
    return page


def test_export_then_drop_several_packets_and_apply_the_chosen(qtbot, world, tmp_path: Path):
    page = _page(qtbot, world)
    panel = page.packets
    panel.deadline_check.setChecked(True)
    panel.deadline.setDate(QDate(2026, 10, 15))
    with qtbot.waitSignal(panel.exported, timeout=30000) as exported:
        panel.export_to(str(tmp_path))
    files = [packet.path for packet in exported.args[0]]
    assert len(files) == 3 and panel.table.rowCount() == 3
    sales = next(f for f in files if "E00002" in f.name)
    assert openpyxl.load_workbook(sales).worksheets[0]["B5"].value == "2026-10-15"
    first, second = sheet_names(sales)[:2]
    edit_cells(sales, {first: {"H5": "优", "I5": 92}, second: {"H5": "特优"}})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in (sales, files[0])])
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(panel.previewed, timeout=30000) as previewed:
        panel.dropEvent(drop)
    dialog = previewed.args[0]
    qtbot.addWidget(dialog)
    assert "1 appraisals to change, 1 left untouched, 0 files refused" in dialog.summary.text()
    [(_preview, ticked)] = dialog.choices()
    assert len(ticked) == 1
    with qtbot.waitSignal(panel.applied, timeout=30000) as applied:
        dialog.accept()
    assert applied.args[0][0].applied == ticked
    assert "Entered the ratings of 1 appraisals" in panel.message.text()
    sales_row = next(
        r for r in range(panel.table.rowCount()) if "E00002" in panel.table.item(r, 0).text()
    )
    assert panel.table.item(sales_row, 3).text()  # applied, with its time
