"""The template's cells as PDF forms: the same pages as the earlier rendering, the same
bytes whether a form was drawn or copied from the process's cache."""

from __future__ import annotations

import dataclasses
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfdoc

from kpm_desktop.lru import LruCache
from kpm_desktop.reports import template_forms
from kpm_desktop.reports.pdf_pages import read_pages
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import kpi_lines_sheet, long_sheet, supervisor_sheet

SAMPLES = {"supervisor": supervisor_sheet, "long": long_sheet, "kpi lines": kpi_lines_sheet}


@pytest.fixture(scope="module")
def renderer() -> EvaluationSheetRenderer:
    return EvaluationSheetRenderer()


@pytest.mark.parametrize("make", SAMPLES.values(), ids=SAMPLES.keys())
@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_forms_print_the_text_of_the_earlier_rendering(renderer, make, landscape) -> None:
    sheet = make()
    with_forms = renderer.render(sheet, landscape=landscape)
    earlier = renderer.render(sheet, landscape=landscape, template_forms=False)
    assert b"/Subtype /Form" in with_forms and b"kpmcell" not in earlier
    pages, earlier_pages = read_pages(with_forms), read_pages(earlier)
    assert [p.lines for p in pages] == [p.lines for p in earlier_pages]
    assert [(p.width, p.height) for p in pages] == [(p.width, p.height) for p in earlier_pages]


def test_a_form_copied_from_the_cache_gives_the_bytes_of_one_drawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    renderer = EvaluationSheetRenderer()  # no page program yet: the forms are placed anew
    sheet = supervisor_sheet()
    monkeypatch.setattr(template_forms, "_cache", LruCache(template_forms.CACHE_SIZE))
    drawn = renderer.render(sheet)
    assert len(template_forms._cache) > 40  # header, names, sources, every level, labels
    copied = renderer.render(sheet)
    assert copied == drawn


def test_a_chosen_level_is_its_own_form_and_each_sheet_keeps_its_own(renderer) -> None:
    sheet = supervisor_sheet()
    indicator = sheet.categories[0].indicators[0]
    other = (indicator.chosen_level + 1) % len(indicator.levels)
    moved = dataclasses.replace(
        sheet,
        categories=(
            dataclasses.replace(
                sheet.categories[0],
                indicators=(
                    dataclasses.replace(indicator, chosen_level=other),
                    *sheet.categories[0].indicators[1:],
                ),
            ),
            *sheet.categories[1:],
        ),
    )
    first, second = renderer.render(sheet), renderer.render(moved)
    marks = ["●" if index == other else "○" for index in range(len(indicator.levels))]
    assert _level_marks(second)[: len(marks)] == marks
    assert _level_marks(first)[indicator.chosen_level] == "●"
    assert renderer.render(sheet) == first


def _level_marks(pdf: bytes) -> list[str]:
    lines = read_pages(pdf)[0].lines
    return [line[0] for line in lines if line[:1] in ("●", "○")]


def test_the_cjk_font_stays_embedded_as_subsets(renderer) -> None:
    reader = PdfReader(BytesIO(renderer.render(long_sheet())))
    fonts = {}
    for page in reader.pages:
        fonts.update(page["/Resources"]["/Font"].get_object())
    assert fonts
    for font in fonts.values():
        descriptor = font.get_object()["/FontDescriptor"].get_object()
        name = str(descriptor["/FontName"])
        assert "/FontFile2" in descriptor and name[7] == "+", name  # ABCDEF+WenQuanYi...


def _other_template(sheet):
    """A sheet of another template whose indicators name as their source and rater the
    names and roles `sheet` prints in its own cells (its raters), and leave texts empty."""

    def other(indicator):
        levels = tuple(dataclasses.replace(level, text="") for level in indicator.levels)
        return dataclasses.replace(
            indicator, information_source="李四", rater_role="部门负责人", description="",
            levels=levels,
        )  # fmt: skip

    categories = tuple(
        dataclasses.replace(c, indicators=tuple(map(other, c.indicators))) for c in sheet.categories
    )
    return dataclasses.replace(sheet, template_name="另一模板", categories=categories)


@pytest.mark.parametrize("make", SAMPLES.values(), ids=SAMPLES.keys())
def test_a_sheet_prints_the_same_bytes_whatever_was_rendered_before(make) -> None:
    sheet = make()
    alone = EvaluationSheetRenderer().render(sheet)
    after_another = EvaluationSheetRenderer()
    after_another.render(_other_template(supervisor_sheet()))
    assert after_another.render(sheet) == alone


def _document_with_forms(names: tuple[str, ...]) -> pdfdoc.PDFDocument:
    document = pdfdoc.PDFDocument()
    for name in names:
        document.Reference(pdfdoc.PDFDictionary({}), pdfdoc.xObjectName(name))
    return document


@pytest.mark.parametrize(
    "placed",
    [
        ("kpmcell-b", "kpmcell-a", "kpmcell-b"),
        tuple(f"kpmcell{n:03d}" for n in range(70, 0, -1)),  # a line break every six
        ("kpm cell", "kpm#cell", "表格", "kpmcell-a"),  # names reportlab escapes
        (),
    ],
)
def test_a_pages_forms_dictionary_is_formatted_as_reportlab_formats_it(
    placed: tuple[str, ...],
) -> None:
    names = tuple(dict.fromkeys(placed))
    for order in (names, names[::-1]):
        document = _document_with_forms(order)  # other object numbers
        expected = document.xobjDict(placed).format(document)
        assert template_forms.FormsDictionary(placed).format(document) == expected


def test_a_pages_forms_dictionary_of_plain_names_is_written_without_reportlab(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    placed = tuple(f"kpmcell{n:03d}" for n in range(70, 0, -1))
    document = _document_with_forms(placed)
    expected = document.xobjDict(placed).format(document)
    monkeypatch.setattr(document, "xobjDict", None)  # not called: written directly
    assert template_forms.FormsDictionary(placed).format(document) == expected
