"""Evaluation sheets printed with the staff member's chart page after them: one sheet, a
cycle to a folder and to one combined file, signed and verified (`kpm pdf --chart-page`
is tested in tests/cli/test_pdf_cli.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.reports.signing import check_signatures
from kpm_desktop.services.sheets.sheet_views import SheetSigning
from tests.appraisal_world import PERIOD, World
from tests.reports.certificates import PASSWORD
from tests.reports.certificates import self_signed as _self_signed
from tests.reports.pdf_text import is_chart_page, page_texts


def test_a_sheet_with_its_chart_page_after_it(world: World, finalized_id: int, tmp_path: Path):
    sheets = world.services.sheets
    plain = page_texts(sheets.pdf(world.admin, finalized_id))
    pdf = sheets.pdf(world.admin, finalized_id, chart_page=True)
    pages = page_texts(pdf)
    assert len(pages) == len(plain) + 1
    assert pages[:-1] == plain
    assert is_chart_page(pages[-1], "任倩（E00013）2026Q3")
    assert "客户跟进质量" not in pages[-1]  # E00013 is on the supervisor template
    assert "CRM系统标准" in pages[-1]  # its indicators (names shortened) are the profile's
    assert not any(is_chart_page(page, "任倩") for page in plain)
    # The sheet's fingerprint survives the extra page: the printout still verifies.
    assert sheets.verify_pdf(world.admin, pdf).matches

    certificate, root_der = _self_signed(tmp_path)
    signing = SheetSigning(certificate, PASSWORD)
    signed = sheets.pdf(world.admin, finalized_id, sign=signing, chart_page=True)
    [check] = check_signatures(signed, [root_der])
    assert check.intact and check.valid and check.covers_whole_file
    assert is_chart_page(page_texts(signed)[-1], "任倩")


def test_the_employee_prints_their_own_sheet_with_charts(world: World, finalized_id: int):
    pdf = world.services.sheets.pdf(world.employee, finalized_id, chart_page=True)
    assert is_chart_page(page_texts(pdf)[-1], "任倩")
    with pytest.raises(PermissionDeniedError):
        world.services.sheets.pdf(world.other_supervisor, finalized_id, chart_page=True)


def test_a_cycle_export_puts_each_chart_page_after_its_sheet(world: World, tmp_path: Path):
    plain = world.services.sheets.cycle_pdfs(world.admin, PERIOD, out_dir=tmp_path / "plain")
    export = world.services.sheets.cycle_pdfs(
        world.admin,
        PERIOD,
        out_dir=tmp_path / "sheets",
        combined_path=tmp_path / "all.pdf",
        chart_page=True,
    )
    assert export.sheets == 8 and not export.cancelled
    files = sorted((tmp_path / "sheets").glob("*.pdf"))
    assert [f.name for f in files] == sorted(p.name for p in plain.written)
    combined_pages: list[str] = []
    for path, without in zip(files, sorted(plain.written), strict=True):
        name = path.stem.split("_")[2]
        pages = page_texts(path.read_bytes())
        assert pages[:-1] == page_texts(without.read_bytes())
        assert is_chart_page(pages[-1], name), path.name
        combined_pages += pages
    assert page_texts((tmp_path / "all.pdf").read_bytes()) == combined_pages

    alone = tmp_path / "only-combined.pdf"
    world.services.sheets.cycle_pdfs(world.admin, PERIOD, combined_path=alone, chart_page=True)
    assert page_texts(alone.read_bytes()) == combined_pages
