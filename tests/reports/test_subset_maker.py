"""`subset_maker` writes the font files reportlab's `makeSubset` writes."""

import random

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.subset_maker import GlyphTable, make_subset


def _face() -> TTFontFace:
    return pdfmetrics.getFont(register_sheet_font()).face


@pytest.mark.parametrize("seed", range(6))
def test_a_subset_is_the_font_file_reportlab_makes(seed: int) -> None:
    face = _face()
    codes = sorted(face.charToGlyph)
    rnd = random.Random(seed)
    glyphs = GlyphTable(face)
    for size in (1, 40, 256):
        # Chinese characters (mostly composite glyphs), ASCII, and codes the font lacks.
        subset = [*rnd.sample(codes, size - 1), 0x10FFFD]
        rnd.shuffle(subset)
        assert make_subset(face, subset, glyphs) == TTFontFace.makeSubset(face, subset)


def test_the_sheets_own_characters_make_reportlabs_file() -> None:
    face = _face()
    subset = [ord(c) for c in "欧阳明月，评语：客户回访率 95.5%（良好）"]
    assert make_subset(face, subset, GlyphTable(face)) == TTFontFace.makeSubset(face, subset)
