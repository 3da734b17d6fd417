"""`SubsetCachingFont.splitString` gives reportlab's runs and codes, and a subset's widths
array reportlab's bytes (font_subsets)."""

import random

import pytest
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kpm_desktop.reports import font_subsets
from kpm_desktop.reports.font_subsets import SubsetCachingFont, assign_first
from kpm_desktop.reports.fonts import register_sheet_font

_COMMON = "员工主管评语：综合改进计划签名日期年月日分数权重目标完成情况客户满意度销售额"
_RARE = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 600))  # > 2 subsets
_OTHER = "ABCxyz 0123456789%（），。\xa0\u2028😀"  # nbsp, a character without a glyph


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = _COMMON * 4 + _RARE + _OTHER
    return ["".join(rng.choices(pool, k=rng.randint(0, 40))) for _ in range(300)]


@pytest.mark.parametrize("seed", range(4))
def test_runs_and_codes_are_reportlabs(seed: int) -> None:
    font = pdfmetrics.getFont(register_sheet_font())
    assert isinstance(font, SubsetCachingFont)
    ours, theirs = pdfdoc.PDFDocument(), pdfdoc.PDFDocument()
    if seed % 2:  # as a sheet starts: its template's characters first
        assign_first(font, ours, [_COMMON])
        assign_first(font, theirs, [_COMMON])
    for text in _texts(seed):
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs)
    mine, reportlabs = font.state[ours], font.state[theirs]
    assert mine.assignments == reportlabs.assignments
    assert mine.subsets == reportlabs.subsets
    assert mine.nextCode == reportlabs.nextCode


def test_text_of_assigned_characters_in_several_subsets() -> None:
    font = pdfmetrics.getFont(register_sheet_font())
    ours, theirs = pdfdoc.PDFDocument(), pdfdoc.PDFDocument()
    for doc in (ours, theirs):
        TTFont.splitString(font, _RARE, doc)
    text = _RARE[10:20] + _RARE[300:305] + _RARE[12] + _RARE[590:] + "A"
    assert len({subset for subset, _ in font.splitString(text, ours)}) == 3
    assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs)
    assert font.splitString(b"bytes", ours) == TTFont.splitString(font, b"bytes", theirs)


def test_assigning_a_templates_characters_gives_reportlabs_state() -> None:
    font = pdfmetrics.getFont(register_sheet_font())
    characters = "".join(dict.fromkeys(_COMMON + _RARE[:300] + "ABC 12%"))
    for _ in range(3):  # the first assigns, the next ones copy what it assigned
        ours, theirs = pdfdoc.PDFDocument(), pdfdoc.PDFDocument()
        font.assign(characters, ours)
        TTFont.splitString(font, characters, theirs)
        mine, reportlabs = font.state[ours], font.state[theirs]
        assert mine.assignments == reportlabs.assignments
        assert mine.subsets == reportlabs.subsets
        assert mine.nextCode == reportlabs.nextCode
        # the copies are the document's own: the next round would see this text's codes
        font.splitString("新字" + _RARE[400:], ours)


def test_assigning_to_a_document_that_has_codes_is_reportlabs_assigning() -> None:
    font = pdfmetrics.getFont(register_sheet_font())
    ours, theirs = pdfdoc.PDFDocument(), pdfdoc.PDFDocument()
    for doc in (ours, theirs):
        TTFont.splitString(font, "王芳", doc)
    font.assign(_COMMON, ours)
    TTFont.splitString(font, _COMMON, theirs)
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert font.state[ours].nextCode == font.state[theirs].nextCode


@pytest.mark.parametrize("count", [0, 1, 9, 10, 11, 20, 95, 256])
def test_a_widths_array_is_formatted_as_reportlab_formats_it(count: int) -> None:
    rnd = random.Random(count)
    numbers = [rnd.choice([0, 500, 1000, 232.5, 613.28125, 0.001, -3]) for _ in range(count)]
    doc = pdfdoc.PDFDocument()
    assert font_subsets.formatted_numbers(numbers, doc) == pdfdoc.PDFArray(numbers).format(doc)
