"""Rater packets in tests: export one, fill or damage its cells with openpyxl, import it
(tests/services/test_packets*.py, tests/cli, tests/ui)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import openpyxl

from kpm_desktop.domain.packets.packet_hash import HIDDEN_SHEET
from tests.appraisal_world import PERIOD, World

SALES_HEAD = "E00002"  # 陆波 rates the 销售一部 staff


def export_for(world: World, folder: Path, rater: str = SALES_HEAD) -> Path:
    packets = world.services.packets.export(world.admin, PERIOD, folder, rater_no=rater)
    assert len(packets) == 1
    return packets[0].path


def sheet_names(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [name for name in book.sheetnames[1:] if name != HIDDEN_SHEET]


def edit_cells(path: Path, edits: Mapping[str, Mapping[str, object]]) -> None:
    """Write `edits` (sheet -> cell -> value) into the workbook, as a rater's office suite
    would save it (protection and validations kept)."""
    book = openpyxl.load_workbook(path)
    for sheet, cells in edits.items():
        for cell, value in cells.items():
            book[sheet][cell] = value
    book.save(path)
