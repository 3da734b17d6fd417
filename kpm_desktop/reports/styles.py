"""Look of the printed evaluation sheet: page geometry, type sizes, rules and shades."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as _html_escape
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kpm_desktop.reports.fonts import SHEET_FONT
from kpm_desktop.reports.paragraphs import ParagraphCache

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#6B7380")
HEADER_FILL = colors.HexColor("#DDE4ED")
BAND_FILL = colors.HexColor("#1F3A5F")
CATEGORY_FILL = colors.HexColor("#F1F4F8")
CHOSEN_FILL = colors.HexColor("#FFF3C4")
NOT_APPLICABLE_FILL = colors.HexColor("#EFEFEF")
WATERMARK = colors.HexColor("#B22222")

OUTER_RULE = 0.9
INNER_RULE = 0.35
MARGIN = 14 * mm
TOP_MARGIN = 14 * mm
BOTTOM_MARGIN = 24 * mm
QR_SIZE = 17 * mm

# Empty table cells still select a font: naming the sheet font keeps unembedded base-14
# fonts (Helvetica) out of the PDF.
CELL_FONT = SHEET_FONT
CHOSEN_MARK = "●"
OTHER_MARK = "○"

# Fractions of the table width: 类别 | 指标 | 来源 | 考评人 | 权重 | 档次 | 标准 | 得分.
_COLUMN_SHARES = (0.08, 0.155, 0.1, 0.075, 0.06, 0.09, 0.35, 0.09)


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float

    @classmethod
    def for_orientation(cls, *, landscape_page: bool) -> PageGeometry:
        width, height = landscape(A4) if landscape_page else A4
        return cls(width, height)

    @property
    def frame_width(self) -> float:
        return float(self.width - 2 * MARGIN)

    @property
    def frame_height(self) -> float:
        return float(self.height - TOP_MARGIN - BOTTOM_MARGIN)

    def column_widths(self) -> list[float]:
        return [share * self.frame_width for share in _COLUMN_SHARES]

    def document(
        self, buffer: BytesIO, font: str, *, title: str, author: str, subject: str
    ) -> SimpleDocTemplate:
        """A document of this page size and the sheets' margins, written byte for byte the
        same for the same content (invariant), into `buffer`."""
        return SimpleDocTemplate(
            buffer,
            pagesize=(self.width, self.height),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=title,
            author=author,
            subject=subject,
            creator="KPM Desktop",
            invariant=True,
            initialFontName=font,
        )


@dataclass(frozen=True)
class SheetStyles:
    """Paragraph styles for one font and the paragraphs made with them; build once per
    renderer."""

    title: ParagraphStyle
    company: ParagraphStyle
    subtitle: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    score: ParagraphStyle
    total: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    paragraphs: ParagraphCache

    def paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """The paragraph for this markup in one of these styles (shared, see `ParagraphCache`)."""
        return self.paragraphs.get(markup, style)

    def template_paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of the template's own text: drawn as a reusable form (`template_forms`)."""
        return self.paragraphs.template_text(markup, style)

    @classmethod
    def for_font(cls, font: str) -> SheetStyles:
        def style(name: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
            options: dict[str, object] = {"textColor": INK, "wordWrap": "CJK"}
            options.update(extra)
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **options)

        return cls(
            title=style("title", 17, 22, alignment=TA_CENTER, textColor=colors.white),
            company=style("company", 9, 12, alignment=TA_LEFT, textColor=colors.white),
            subtitle=style("subtitle", 8.5, 11, alignment=TA_RIGHT, textColor=colors.white),
            label=style("label", 8, 10, textColor=MUTED),
            value=style("value", 9.5, 12),
            head=style("head", 8.5, 10.5, alignment=TA_CENTER),
            cell=style("cell", 8, 10.5),
            cell_center=style("cell_center", 8, 10.5, alignment=TA_CENTER),
            small=style("small", 7, 9, textColor=MUTED),
            small_center=style("small_center", 7, 9, alignment=TA_CENTER, textColor=MUTED),
            score=style("score", 10.5, 13, alignment=TA_CENTER),
            total=style("total", 15, 18, alignment=TA_CENTER),
            section=style("section", 9, 12, textColor=INK),
            body=style("body", 8.5, 12),
            paragraphs=ParagraphCache(),
        )


def markup(text: str) -> str:
    """Plain text as paragraph markup: XML-escaped (&, < and >; `xml.sax.saxutils.escape`
    does the same but imports urllib.request, http and ssl), line breaks kept."""
    return _html_escape(text, quote=False).replace("\n", "<br/>")
