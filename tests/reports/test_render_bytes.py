"""The bytes a sheet renders to, pinned: the SHA-256 of sample renderings as the renderer
wrote them before the speed-ups of issue 20's second round (main at 9c5b96b), with the
subsets' font files compressed at level 1 since (`font_subsets.FONT_FILE_COMPRESSION`).

`kpm verify --pdf` compares a printed sheet's pages with a new rendering, so a change in
what the renderer writes would make sheets printed before stop verifying unless the
verifier also knows the earlier rendering (as `template_forms=False` keeps the one before
the template forms). Change a digest here only together with such a way back. How a
stream is stored is no such change: the verifier compares decoded streams (the last test).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from reportlab.pdfbase import pdfmetrics

from kpm_desktop.reports import font_subsets
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.pdf_pages import read_pages
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import kpi_lines_sheet, long_sheet, supervisor_sheet

RENDERINGS: dict[str, Callable[[EvaluationSheetRenderer], bytes]] = {
    "supervisor": lambda r: r.render(supervisor_sheet()),
    "draft_landscape": lambda r: r.render(supervisor_sheet(finalized=False), landscape=True),
    "supervisor_inline_cells": lambda r: r.render(supervisor_sheet(), template_forms=False),
    "kpi_lines": lambda r: r.render(kpi_lines_sheet()),
    "long_8": lambda r: r.render(long_sheet(8)),
}
SHA256 = {
    "supervisor": "441e12985235cfe2e4080194051c4df94309023a8fb7eb97beafd05844e8243a",
    "draft_landscape": "c31f9c8ccf547ac8d5bb357ba4efdb5f40bcd2876fd2a02cf5bdf3d8912aa72d",
    "supervisor_inline_cells": "640b539f91d43cae778ca57ac636488adde15f0ce8e7c35396515231080c9954",
    "kpi_lines": "88bf0b40d2be3d5852e429f36f1fc6e3703a3d1311f17df2cfd1e2ae3a89b87e",
    "long_8": "8314cec9b8e736e6a76c884c9a8757a1519c75a4e4c19bfd8d9e0205a8de540f",
}


@pytest.mark.parametrize("name", sorted(RENDERINGS))
def test_a_sample_renders_to_the_bytes_it_rendered_to_before(name: str) -> None:
    pdf = RENDERINGS[name](EvaluationSheetRenderer())
    assert hashlib.sha256(pdf).hexdigest() == SHA256[name]


def test_the_bytes_do_not_depend_on_what_the_process_rendered_before() -> None:
    renderer = EvaluationSheetRenderer()
    for name in sorted(RENDERINGS, reverse=True):
        assert hashlib.sha256(RENDERINGS[name](renderer)).hexdigest() == SHA256[name]


def test_a_sheet_whose_font_files_were_compressed_at_the_default_level_still_compares_equal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sheets printed before the font files were compressed at level 1 carry them at zlib's
    default level: other bytes, the same pages for the verifier."""
    subsets = pdfmetrics.getFont(register_sheet_font()).face._subsets
    subsets.clear()  # the process's subsets, compressed at the level of their first use
    monkeypatch.setattr(font_subsets, "FONT_FILE_COMPRESSION", -1)
    before = EvaluationSheetRenderer().render(supervisor_sheet())
    subsets.clear()
    monkeypatch.undo()
    now = EvaluationSheetRenderer().render(supervisor_sheet())
    assert hashlib.sha256(now).hexdigest() == SHA256["supervisor"]
    assert before != now
    assert read_pages(before) == read_pages(now)
