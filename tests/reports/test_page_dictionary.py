"""A sheet page's dictionary written directly (`page_dictionary`) has reportlab's bytes."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from kpm_desktop.reports import page_decor, page_dictionary
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import long_sheet, supervisor_sheet


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each page formatted was written directly (`_plain`'s answers, in order)."""
    answers: list[bool] = []
    plain = page_dictionary._plain

    def counted(page: pdfdoc.PDFPage) -> bool:
        answers.append(plain(page))
        return answers[-1]

    monkeypatch.setattr(page_dictionary, "_plain", counted)
    return answers


@pytest.mark.parametrize("finalized", [True, False])  # a draft's watermark: graphics states
@pytest.mark.parametrize("landscape", [False, True])
def test_a_sheets_pages_are_written_with_reportlabs_bytes(
    finalized: bool, landscape: bool, written: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    sheets = [supervisor_sheet(finalized=finalized), long_sheet(12, finalized=finalized)]
    ours = [EvaluationSheetRenderer().render(sheet, landscape=landscape) for sheet in sheets]
    assert written and all(written)
    monkeypatch.setattr(page_decor, "written_directly", lambda _page: None)
    theirs = [EvaluationSheetRenderer().render(sheet, landscape=landscape) for sheet in sheets]
    assert ours == theirs


def _document(annotated: bool, directly: bool) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, invariant=True)
    if annotated:
        canvas.linkURL("https://example.com", (0, 0, 20, 20))
    canvas.drawString(10, 10, "page")
    canvas.showPage()
    if directly:
        page_dictionary.written_directly(canvas._doc.Pages.pages[-1])
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("annotated", [False, True])
def test_a_page_of_another_shape_is_formatted_by_reportlab(
    annotated: bool, written: list[bool]
) -> None:
    assert _document(annotated, directly=True) == _document(annotated, directly=False)
    assert written == [not annotated]
