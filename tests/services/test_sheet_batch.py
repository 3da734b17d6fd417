"""A cycle export rendered by the pool's workers from the sheets the caller reads: the same
files as rendering them in the caller, cancel and a failing sheet; a sheet printed
before the template's cells became forms still verifies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kpm_desktop.reports.batch import SheetBatchError, chunk_bounds
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService
from tests.appraisal_world import PERIOD, World


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_pool_export_writes_the_files_of_a_serial_export(
    world: World, finalized_id: int, tmp_path: Path
) -> None:
    sheets = world.services.sheets
    serial = sheets.cycle_pdfs(world.admin, PERIOD, out_dir=tmp_path / "serial", workers=1)
    pooled = sheets.cycle_pdfs(world.admin, PERIOD, out_dir=tmp_path / "pool", workers=2)
    assert pooled.sheets == serial.sheets == 8 and not pooled.cancelled
    assert [p.name for p in pooled.written] == [p.name for p in serial.written]
    assert _files(tmp_path / "pool") == _files(tmp_path / "serial")


def test_a_cancelled_pool_export_leaves_only_whole_files(world: World, tmp_path: Path) -> None:
    stages: list[int] = []
    folder = tmp_path / "sheets"
    export = world.services.sheets.cycle_pdfs(
        world.admin, PERIOD, out_dir=folder, workers=2,
        progress=lambda _stage, done, _total: stages.append(done),
        cancelled=lambda: len(stages) >= 3,
    )  # fmt: skip
    assert export.cancelled and len(export.written) == 3
    assert sorted(folder.iterdir()) == sorted(export.written)
    assert all(PdfReader(path).pages for path in export.written)


def test_a_failing_sheet_is_named_in_the_error_and_logged(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    target = world.services.sheets.cycle_appraisals(world.admin, PERIOD)[2]
    reading = EvaluationSheetService.sheets

    def sheets(self, actor, appraisal_ids, company="x"):  # type: ignore[no-untyped-def]
        if target.id in appraisal_ids:  # the chunk's read fails, then this sheet's alone
            raise RuntimeError("the record is damaged")
        return reading(self, actor, appraisal_ids, company)

    monkeypatch.setattr(EvaluationSheetService, "sheets", sheets)
    with pytest.raises(SheetBatchError) as raised:
        world.services.sheets.cycle_pdfs(world.admin, PERIOD, out_dir=tmp_path / "out", workers=1)
    named = f"appraisal {target.id} ({target.employee_no} {target.staff_name})"
    assert named in str(raised.value) and "the record is damaged" in str(raised.value)
    assert named in caplog.text
    assert len(list((tmp_path / "out").iterdir())) == 2  # the two before it, whole


def test_a_sheet_printed_before_the_template_forms_still_verifies(
    world: World, finalized_id: int
) -> None:
    sheet = world.services.sheets.sheet(world.admin, finalized_id)
    earlier = EvaluationSheetRenderer().render(sheet, template_forms=False)
    result = world.services.sheets.verify_pdf(world.admin, earlier)
    assert result.matches and result.content_ok, result.message()
    now = world.services.sheets.pdf(world.admin, finalized_id)
    assert b"kpmcell" in now and world.services.sheets.verify_pdf(world.admin, now).matches


def test_a_sheet_failing_to_read_in_a_pool_export_stops_it_after_the_chunks_before(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = world.services.sheets.cycle_appraisals(world.admin, PERIOD)
    assert chunk_bounds(len(listed), 2)[0] == (0, 4)  # the target is in the second chunk
    target = listed[5]
    reading = EvaluationSheetService.sheets

    def sheets(self, actor, appraisal_ids, company="x"):  # type: ignore[no-untyped-def]
        if target.id in appraisal_ids:
            raise RuntimeError("the record is damaged")
        return reading(self, actor, appraisal_ids, company)

    monkeypatch.setattr(EvaluationSheetService, "sheets", sheets)
    with pytest.raises(SheetBatchError, match=f"appraisal {target.id} .*the record is damaged"):
        world.services.sheets.cycle_pdfs(world.admin, PERIOD, out_dir=tmp_path / "out", workers=2)
    written = sorted((tmp_path / "out").iterdir())
    assert len(written) == 4 and all(PdfReader(path).pages for path in written)
