"""A packet through a real office suite: LibreOffice Calc (headless) opens the filled
packet, recalculates its preview formulas and saves it as XLSX; the import reads back
exactly what it reads from the file before the round trip (issue 19)."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tests.appraisal_world import World
from tests.packet_helpers import edit_cells, export_for, sheet_names

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed (Debian: libreoffice-calc-nogui, which "
    "scripts/ensure-system-packages.sh installs): the office-suite round trip is not run",
)


def _through_libreoffice(path: Path, folder: Path) -> Path:
    assert SOFFICE is not None
    out = folder / "saved-by-libreoffice"
    out.mkdir()
    subprocess.run(
        [
            SOFFICE, "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to", "xlsx", "--outdir", str(out), str(path),
        ],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / path.name


def _read_back(world: World, path: Path) -> list[tuple[object, ...]]:
    [preview] = world.services.packets.preview(world.admin, [path], record_return=False)
    assert preview.refused is None, preview.refused
    return [
        (a.appraisal_id, a.changes, a.after_total, a.after_grade, tuple(map(str, a.problems)))
        for a in preview.appraisals
    ]


def test_libreoffice_round_trip_reads_back_exactly(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    first, second = sheet_names(path)[:2]
    edit_cells(
        path,
        {
            first: {"H5": "优", "I5": 95, "L5": "记录完整\n跟进及时", "B9": "继续保持"},
            second: {"J5": "是", "K5": "本季度休产假", "B10": "下季度加强跟进"},
        },
    )
    saved = _through_libreoffice(path, tmp_path)
    book = openpyxl.load_workbook(saved, data_only=True)
    assert Decimal(str(book[first]["M5"].value)) == Decimal(57)  # 95 / 100 x weight 60
    assert book["_packet"].sheet_state == "hidden"
    assert book[first].protection.sheet
    assert not book[first]["H5"].protection.locked and book[first]["E5"].protection.locked
    prompts = {v.prompt for v in book[first].data_validations.dataValidation}
    assert "请从下拉列表中选择：优,良,中,差" in prompts
    assert _read_back(world, saved) == _read_back(world, path)
    [preview] = world.services.packets.preview(world.admin, [saved])
    applied = world.services.packets.apply(world.admin, preview)
    assert len(applied.applied) == 2  # the two sheets filled in
