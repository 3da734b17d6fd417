"""The CJK TrueType font shipped with KPM Desktop, registered with reportlab once per process.

WenQuanYi Micro Hei (Apache-2.0, `resources/fonts/`): TrueType outlines, so reportlab embeds
a subset of the glyphs a sheet uses and the PDF prints the same on any machine.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from kpm_desktop.config import SHIPPED_CJK_FONT
from kpm_desktop.reports.font_cache import parsed_font
from kpm_desktop.reports.font_subsets import SubsetCachingFace
from kpm_desktop.reports.line_breaking import forbid_marks_at_line_start

SHEET_FONT = "KpmSans"


def shipped_font_path() -> Path:
    """The font file in the application's resources folder."""
    path = SHIPPED_CJK_FONT
    if not path.is_file():
        raise FileNotFoundError(f"the shipped CJK font is missing: {path}")
    return path


def register_sheet_font() -> str:
    """Register the shipped font once per process and return its reportlab name.

    Micro Hei has a single weight: the family maps bold onto it, so `<b>` in a paragraph
    never fails; sheets mark emphasis by size, shading and rules instead.
    """
    if SHEET_FONT not in pdfmetrics.getRegisteredFontNames():
        forbid_marks_at_line_start()
        font = parsed_font(SHEET_FONT, shipped_font_path(), subfont_index=0)
        SubsetCachingFace.upgrade(font)
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(
            SHEET_FONT,
            normal=SHEET_FONT,
            bold=SHEET_FONT,
            italic=SHEET_FONT,
            boldItalic=SHEET_FONT,
        )
    return SHEET_FONT
