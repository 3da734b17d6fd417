"""Reading a PDF's pages for comparison: each font is read once per PDF, and the pages
read exactly as pypdf reads them alone."""

from __future__ import annotations

from io import BytesIO

import pypdf._page
import pytest
from pypdf import PdfReader

from kpm_desktop.reports.pdf_pages import read_pages
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import kpi_lines_sheet, long_sheet, supervisor_sheet

_SHEETS = {
    "portrait": lambda: EvaluationSheetRenderer().render(supervisor_sheet()),
    "landscape": lambda: EvaluationSheetRenderer().render(kpi_lines_sheet(), landscape=True),
    "long, without forms": lambda: EvaluationSheetRenderer().render(
        long_sheet(), template_forms=False
    ),
}


@pytest.mark.parametrize("name", list(_SHEETS))
def test_the_lines_are_those_pypdf_reads_alone(name: str) -> None:
    pdf = _SHEETS[name]()
    alone = [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
    read = read_pages(pdf)
    assert [page.lines for page in read] == [
        tuple(line.strip() for line in text.splitlines() if line.strip()) for text in alone
    ]
    assert any("考核" in line for line in read[0].lines)


def test_each_font_is_read_once_however_many_forms_draw_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pdf = _SHEETS["portrait"]()
    font_class = pypdf._page.Font
    read_font = font_class.from_font_resource
    fonts_read: list[int] = []

    def counted(resource: object) -> object:
        fonts_read.append(id(resource))
        return read_font(resource)  # type: ignore[arg-type]

    monkeypatch.setattr(font_class, "from_font_resource", staticmethod(counted))
    pages = read_pages(pdf)
    forms = sum(
        len(page["/Resources"].get("/XObject", {})) for page in PdfReader(BytesIO(pdf)).pages
    )
    assert forms > 20 and pages
    assert len(fonts_read) == len(set(fonts_read)) <= 4
    assert pypdf._page.Font is font_class  # put back after reading
