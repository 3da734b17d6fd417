"""A packet edited outside its input cells, or brought to the wrong cycle or rater, is
refused naming what differs; a stale appraisal is a conflict left untouched (issue 19)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kpm_desktop.domain.packets.packet_hash import HIDDEN_SHEET
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from tests.appraisal_world import World
from tests.packet_helpers import edit_cells, export_for, sheet_names


def _refusal(world: World, path: Path, **expected: str) -> str:
    [preview] = world.services.packets.preview(world.admin, [path], **expected)
    assert preview.refused is not None
    assert preview.applicable_ids == []
    return str(preview.refused)


def test_an_edited_weight_is_refused_naming_the_cell(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    sheet = sheet_names(path)[0]
    edit_cells(path, {sheet: {"E5": 90}})
    message = _refusal(world, path)
    assert f"{sheet}!E5: exported '60', the file holds '90'" in message


def test_an_edited_descriptor_is_refused(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    sheet = sheet_names(path)[0]
    edit_cells(path, {sheet: {"F5": "随便写"}})
    assert f"{sheet}!F5" in _refusal(world, path)


def test_an_edited_hidden_sheet_is_refused_naming_the_line(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    book = openpyxl.load_workbook(path)
    hidden = book[HIDDEN_SHEET]
    row = next(r for r in hidden.iter_rows() if r[0].value == "sheet")
    row[3].value = str(int(row[3].value) + 5)  # the appraisal's version
    book.save(path)
    message = _refusal(world, path)
    assert "the hidden packet sheet was changed" in message
    assert "sheet" in message


def test_moved_rows_are_refused(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    sheet = sheet_names(path)[0]
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    for column in "ABCDEFG":
        ws[f"{column}5"].value, ws[f"{column}6"].value = (
            ws[f"{column}6"].value,
            ws[f"{column}5"].value,
        )
    book.save(path)
    message = _refusal(world, path)
    assert f"{sheet}!B5: exported 'S1', the file holds 'S2'" in message


def test_a_packet_of_another_cycle_or_rater_is_refused(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    assert "not of cycle 2026Q4" in _refusal(world, path, period="2026Q4")
    assert "not of rater E00001" in _refusal(world, path, rater_no="E00001")


def test_a_packet_of_another_database_is_refused(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    book = openpyxl.load_workbook(path)
    hidden = book[HIDDEN_SHEET]
    next(r for r in hidden.iter_rows() if r[0].value == "packet")[1].value = "P2026Q3-X-000000"
    book.save(path)
    assert "was not exported from this database" in _refusal(world, path)


def test_a_stale_appraisal_is_a_conflict_and_the_rest_applies(world: World, tmp_path: Path) -> None:
    path = export_for(world, tmp_path)
    first, second = sheet_names(path)[:2]
    edit_cells(path, {first: {"H5": "良", "I5": 80}, second: {"H5": "中"}})
    [before] = world.services.packets.preview(world.admin, [path])
    stale = next(a for a in before.appraisals if a.filled and a.filled.sheet_name == first)
    world.services.appraisals.save_ratings(
        world.admin, stale.appraisal_id, RaterRole.SUPERIOR,
        {"S1": RatingEntry(IndicatorRating(level="差"))}, None,
    )  # fmt: skip
    [preview] = world.services.packets.preview(world.admin, [path])
    conflict = next(a for a in preview.appraisals if a.appraisal_id == stale.appraisal_id)
    assert "changed since the export" in str(conflict.conflict)
    report = world.services.packets.apply(world.admin, preview)
    assert stale.appraisal_id not in report.applied
    assert report.applied
    form = world.services.appraisals.form(world.admin, stale.appraisal_id)
    assert form.rater(RaterRole.SUPERIOR).entries["S1"].rating.level == "差"


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ({"H5": "特优"}, "unknown level"),
        ({"H5": "优", "I5": 50}, "score outside level 优 (90-100)"),
        ({"J5": "是"}, "N/A needs a reason"),
        ({"J5": "maybe"}, "write 是 for not applicable"),
        ({"I5": "abc"}, "not a number"),
        ({"B40": "S9"}, "written outside the packet's cells"),
    ],
)
def test_a_bad_cell_is_named_with_its_value(
    world: World, tmp_path: Path, cells: dict[str, object], problem: str
) -> None:
    path = export_for(world, tmp_path)
    sheet = sheet_names(path)[0]
    edit_cells(path, {sheet: cells})
    [preview] = world.services.packets.preview(world.admin, [path])
    assert preview.refused is None
    item = next(a for a in preview.appraisals if a.problems)
    text = "; ".join(str(p) for p in item.problems)
    assert problem in text
    assert f"{path.name}, {sheet}!" in text
    assert item.appraisal_id not in preview.applicable_ids
