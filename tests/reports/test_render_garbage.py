"""A rendered sheet's document, canvas and story are freed when the render returns, not
left to the garbage collector as reference cycles (a pool worker's collections took ~2
ms of a sheet's CPU): docs/benchmarks.md, sixth sheets round."""

from __future__ import annotations

import gc
from dataclasses import replace
from io import BytesIO

from kpm_desktop.domain.evaluation_sheet import content_hash
from kpm_desktop.reports.fingerprint import SheetFingerprint
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.page_decor import PageDecor, decorated_canvas
from kpm_desktop.reports.page_replay import taken
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import supervisor_sheet


def _unreachable_after(render: object) -> int:
    enabled = gc.isenabled()  # off in the test session (tests/conftest.py): left so
    gc.collect()
    gc.disable()
    try:
        assert callable(render)
        render()
        return gc.collect()
    finally:
        if enabled:
            gc.enable()


def test_a_replayed_sheet_leaves_almost_no_garbage_cycles() -> None:
    renderer = EvaluationSheetRenderer()
    sheets = [
        replace(supervisor_sheet(), appraisal_id=3000 + n, staff_name=f"员工{n}") for n in range(4)
    ]
    for sheet in sheets[:3]:  # the first of the layout, the recorded one, a replayed one
        renderer.render(sheet)
    assert renderer.programs.counts["replayed"] == 1
    found = _unreachable_after(lambda: renderer.render(sheets[3]))
    assert renderer.programs.counts["replayed"] == 2
    # Left: reportlab's document template naming itself in its namespace (a dozen
    # objects). Before: some 800 a sheet (the PDF document and its objects, the canvas,
    # the story's tables and their cell styles, a canvas class made per document).
    assert found < 40


def test_a_saved_canvas_keeps_no_pages() -> None:
    sheet = supervisor_sheet()
    fingerprint = SheetFingerprint(sheet.appraisal_id, sheet.revision, content_hash(sheet))
    decor = PageDecor(register_sheet_font(), "王小明", fingerprint, draft=True)
    canvas = decorated_canvas(decor)(BytesIO())
    canvas.drawString(10, 10, "第一页")
    canvas.showPage()
    canvas.showPage()
    canvas.save()
    assert canvas._saved_pages == []


def test_a_documents_bytes_are_taken_and_its_buffer_emptied() -> None:
    buffer = BytesIO(b"%PDF-1.4 ...")
    assert taken(buffer) == b"%PDF-1.4 ..."
    assert buffer.closed
