"""A cell paragraph drawn with the operators platypus's `Paragraph.drawPara` writes.

A replayed sheet (`page_program`) still draws its own ~30 paragraphs (names, scores,
weights, comments, the signature block), and platypus spent about half of the replay on
them: per fragment it keeps underline, link and background bookkeeping, measures the
text and goes through the text object's generic formatting. The sheet's paragraphs use
none of that: one font (a TrueType font, so every text run is cut into its subsets), no
underlines, links, backgrounds, rises, bullets or borders, left, centred or right
aligned. For those, `draw_paragraph` writes the same operators in the same order through
the same canvas and text object calls (the text codes come from the font's
`splitString`, so the document's subsets fill as platypus fills them); any other
paragraph is left to platypus (counted in `fallbacks`, logged at debug), before anything
is drawn. tests/reports/test_paragraph_drawing.py compares both ways operator by
operator.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.paragraph import Paragraph, _nbspCount
from reportlab.rl_config import paraFontSizeHeightOffset

_log = logging.getLogger(__name__)

# Why paragraphs were left to platypus, this process.
fallbacks: Counter[str] = Counter()

_ALIGNED = (TA_LEFT, TA_CENTER, TA_RIGHT)
_NEAR = 1e-6  # `paragraph.setXPos`: smaller moves are not written


def draw_paragraph(paragraph: Any) -> bool:
    """Draws the wrapped `paragraph` on its canvas as `drawPara` would; False, having
    drawn nothing, when the paragraph uses what this does not write."""
    canvas = paragraph.canv
    operators = paragraph_operators(paragraph, canvas, canvas._extgstate.getValue("ca"))
    if operators is None:
        return False
    canvas._code += operators
    return True


def paragraph_operators(paragraph: Any, canvas: Canvas, fill_alpha: float) -> list[str] | None:
    """The operators `drawPara` writes for the wrapped `paragraph` on `canvas` where its
    fill alpha is `fill_alpha`, without changing the canvas's state (drawPara's saved and
    restored state leaves it as it was); None, counted and logged, when the paragraph uses
    what this does not write, or a colour whose alpha would set a graphics state. A
    paragraph with `known_operators` gets the operators it wrote before when they would
    be the same (`KnownOperators`); the list returned is not to be changed."""
    known: KnownOperators | None = getattr(paragraph, "known_operators", None)
    if known is None:
        return _operators(paragraph, canvas, fill_alpha)
    return known.operators(paragraph, canvas, fill_alpha)


class KnownOperators:
    """A paragraph's operators, kept per wrapped lines and per text codes.

    A cell repeats between sheets (weights, scores, labels), and its operators differ only
    where its characters' codes in the document's font differ: the lines, position and
    colours come from the paragraph and its wrap, the text from the codes (`splitString`)
    and the subsets' names (`getSubsetInternalName`). Kept operators are used only when
    drawing them again would change nothing else: every character the lines draw already
    has its code (a character's first use assigns one, in drawing order) and the font
    already has its name in the document. The one remaining effect, a colour's alpha
    raising the document's version, is repeated.
    """

    # The same lines drawn with other codes: a few orders of a sheet's own characters.
    SIZE = 8

    def __init__(self) -> None:
        self._plans: dict[int, _Plan] = {}
        self._drawn: dict[tuple[Any, ...], tuple[list[str], bool]] = {}
        self._drawn_before = False

    def operators(self, paragraph: Any, canvas: Canvas, fill_alpha: float) -> list[str] | None:
        if not self._drawn_before:  # most paragraphs drawn once (names, comments) keep none
            self._drawn_before = True
            return _operators(paragraph, canvas, fill_alpha)
        key = self._key(paragraph, canvas, fill_alpha)
        known = None if key is None else self._drawn.get(key)
        if known is not None:
            operators, transparent = known
            if transparent:
                canvas._doc.ensureMinPdfVersion("transparency")
            return operators
        drawn = _operators(paragraph, canvas, fill_alpha)
        if key is None:  # drawing may have given the characters their codes
            key = self._key(paragraph, canvas, fill_alpha)
        if drawn is not None and key is not None:
            if len(self._drawn) >= self.SIZE:
                self._drawn.clear()
            transparent = any(colour.alpha is not None for colour in _colours(paragraph.blPara))
            self._drawn[key] = (drawn, transparent)
        return drawn

    def _key(self, paragraph: Any, canvas: Canvas, fill_alpha: float) -> tuple[Any, ...] | None:
        """What the operators depend on besides the paragraph's lines and style; None where
        they are not kept."""
        if hasattr(paragraph, "_offsets"):
            return None
        blPara = paragraph.blPara
        plan = self._plans.get(id(blPara))
        if plan is None or plan.lines is not blPara:
            if plan is not None:  # other lines at the address of lines gone: forget all
                self._drawn.clear()
            plan = self._plans[id(blPara)] = _Plan(blPara)
        if plan.font_name is None:
            return None
        doc = canvas._doc
        state = pdfmetrics.getFont(plan.font_name).state.get(doc)
        if state is None or state.internalName is None:
            return None
        codes = tuple(map(state.assignments.get, plan.characters))
        if None in codes:
            return None
        return (
            id(blPara),
            paragraph.height,
            fill_alpha,
            state.internalName,
            codes,
            type(canvas),
            canvas.bottomup,
            canvas._enforceColorSpace,
        )


class _Plan:
    """Wrapped lines' one TrueType font (None for any other lines) and the characters
    they draw."""

    def __init__(self, lines: Any) -> None:
        self.lines = lines
        self.font_name: str | None = None
        self.characters: tuple[int, ...] = ()
        if lines.kind == 0:
            fonts = {lines.fontName}
            texts = [" ".join(line[1]) for line in lines.lines]
        else:
            fonts = {frag.fontName for line in lines.lines for frag in line.words}
            texts = [frag.text for line in lines.lines for frag in line.words]
        if len(fonts) != 1 or not all(type(text) is str for text in texts):
            return
        (font_name,) = fonts
        if isinstance(pdfmetrics.getFont(font_name), TTFont):
            self.font_name = font_name
            self.characters = tuple(sorted(set(map(ord, "".join(texts)))))


def _colours(blPara: Any) -> list[Any]:
    if blPara.kind == 0:
        return [blPara.textColor]
    return [frag.textColor for line in blPara.lines for frag in line.words]


def _operators(paragraph: Any, canvas: Canvas, fill_alpha: float) -> list[str] | None:
    reason = _unsupported(paragraph, canvas) or _unsupported_colours(paragraph, fill_alpha)
    if reason is not None:
        fallbacks[reason] += 1
        _log.debug("paragraph drawn by platypus: %s", reason)
        return None
    if paragraph.blPara.kind == 0:
        return _lines_of_one_fragment(paragraph, canvas)
    return _lines_of_fragments(paragraph, canvas)


def _unsupported(paragraph: Any, canvas: Canvas) -> str | None:
    style, blPara = paragraph.style, paragraph.blPara
    if (
        style.backColor
        or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
        or paragraph.bulletText
        or style.endDots
    ):
        return "background, border, bullet or end dots"
    if style.alignment not in _ALIGNED or style.wordWrap == "RTL":
        return "justified or right-to-left"
    if getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) in ("min", "max"):
        return "automatic leading"
    if "preformatted" in type(paragraph).__name__.lower():
        return "preformatted"
    if not canvas.bottomup or type(canvas)._escape is not Canvas._escape:
        return "canvas"
    if type(canvas).beginText is not Canvas.beginText or canvas._enforceColorSpace:
        return "canvas"
    if type(paragraph).beginText is not Paragraph.beginText:
        return "paragraph"
    if not blPara.lines:
        return "no lines"
    if blPara.kind == 0:
        if blPara.us_lines or blPara.link or not dynamic_font(blPara.fontName):
            return "underline, link or font"
        return None
    return _unsupported_fragments(blPara.lines)


def _unsupported_colours(paragraph: Any, fill_alpha: float) -> str | None:
    if all(plain_colour(colour, fill_alpha) for colour in _colours(paragraph.blPara)):
        return None
    return "a colour of another kind or alpha"


def plain_colour(colour: Any, fill_alpha: float) -> bool:
    """An RGB colour whose fill writes only its `rg` operator where the fill alpha is
    `fill_alpha` (`_PDFColorSetter.setFillColor`)."""
    if not isinstance(colour, Color) or isinstance(colour, CMYKColor):
        return False
    return colour.alpha is None or colour.alpha == fill_alpha


def fill_operator(colour: Any, doc: Any) -> str:
    """`setFillColor(colour)` of a plain colour (`plain_colour`): its operator, and the
    document's version raised as setting its alpha raises it."""
    if colour.alpha is not None:
        doc.ensureMinPdfVersion("transparency")
    return f"{fp_str(colour.red, colour.green, colour.blue)} rg"


def _unsupported_fragments(lines: Any) -> str | None:
    for line in lines:
        if not line.words or line.extraSpace <= -1e-8:
            return "an empty or overfull line"
        for frag in line.words:
            if hasattr(frag, "cbDefn") or type(frag.text) is not str:
                return "an image, anchor or shaped text"
            if frag.rise or frag.us_lines or frag.link or getattr(frag, "backColor", None):
                return "rise, underline, link or background"
            if not dynamic_font(frag.fontName):
                return "font"
    return None


def dynamic_font(font_name: str) -> bool:
    # Shaped text (reportlab's `ShapedStr`) is never drawn here: see the callers.
    return bool(pdfmetrics.getFont(font_name)._dynamicFont)


def _offsets(paragraph: Any, count: int) -> list[float]:
    # As `drawPara`: the paragraph's own list is extended, as platypus extends it.
    offsets: list[float] = getattr(paragraph, "_offsets", [0])
    offsets += (count - len(offsets)) * [offsets[-1]]
    return offsets


def _lines_of_one_fragment(paragraph: Any, canvas: Canvas) -> list[str]:
    """`drawPara` of a paragraph of one fragment (`blPara.kind == 0`)."""
    style, blPara = paragraph.style, paragraph.blPara
    lines = blPara.lines
    offsets = _offsets(paragraph, len(lines))
    doc = canvas._doc
    colour = fill_operator(blPara.textColor, doc)
    tx = canvas.beginText(style.leftIndent, paragraph.height - _ascent(blPara))
    tx.setFont(blPara.fontName, blPara.fontSize, style.leading)
    font = pdfmetrics.getFont(blPara.fontName)
    alignment = style.alignment
    for number, line in enumerate(lines):
        extra_space, words = line[0], line[1]
        offset = offsets[number] + (style.firstLineIndent if number == 0 else 0)
        text = " ".join(words)
        simple = extra_space > -1e-8
        spaces = 0 if simple else len(words) + _nbspCount(text) - 1
        simple = simple or spaces <= 0
        if alignment == TA_LEFT:
            move = offset
        elif simple:
            move = offset + (0.5 if alignment == TA_CENTER else 1) * extra_space
        else:
            move = offset
        if alignment == TA_LEFT or simple:
            _move(tx, move)
        if not simple:
            tx.setWordSpace(extra_space / float(spaces))
            if alignment != TA_LEFT:
                _move(tx, move)
        tx._code.append(formatted_text(tx, font, doc, text) + " T*")
        if not simple:
            tx.setWordSpace(0)
        _move(tx, -move)
    # saveState, setFillColor, drawText, restoreState
    return ["q", colour, tx.getCode(), "Q"]


def _lines_of_fragments(paragraph: Any, canvas: Canvas) -> list[str]:
    """`drawPara` of a paragraph of several fragments (`blPara.kind == 1`), none with an
    underline, link, background or rise, no line overfull."""
    style = paragraph.style
    lines = paragraph.blPara.lines
    offsets = _offsets(paragraph, len(lines))
    tx = canvas.beginText(style.leftIndent, paragraph.height - _ascent(lines[0]))
    tx._leading = None
    tx._fontname, tx._fontsize = None, None
    doc, leading, alignment = canvas._doc, style.leading, style.alignment
    colour: Any = None  # platypus's `XtraState.textColor`
    for number, line in enumerate(lines):
        offset = offsets[number] + (style.firstLineIndent if number == 0 else 0)
        if alignment == TA_LEFT:
            move = offset
        else:
            move = offset + (0.5 if alignment == TA_CENTER else 1) * line.extraSpace
        _move(tx, move)
        if tx._leading != leading:
            tx.setLeading(leading)
        last = line.words[-1]
        for frag in line.words:
            if (tx._fontname, tx._fontsize) != (frag.fontName, frag.fontSize):
                tx._setFont(frag.fontName, frag.fontSize)
            if colour != frag.textColor:
                colour = frag.textColor
                tx._code.append(fill_operator(colour, doc))
            font = pdfmetrics.getFont(tx._fontname)
            formatted = formatted_text(tx, font, doc, frag.text)
            tx._code.append(formatted + " T*" if frag is last else formatted)
        _move(tx, -move)
    # saveState, drawText, restoreState
    return ["q", tx.getCode(), "Q"]


def _ascent(first: Any) -> Any:
    """How far below the paragraph's top its first baseline lies, as `drawPara` says."""
    if paraFontSizeHeightOffset:
        return first.fontSize
    return getattr(first, "ascent", first.fontSize)


def _move(tx: PDFTextObject, dx: float) -> None:
    if dx > _NEAR or dx < -_NEAR:
        tx.moveCursor(dx, 0)


def formatted_text(tx: PDFTextObject, font: Any, doc: Any, text: str) -> str:
    """`PDFTextObject._formatText` of a TrueType font's text that is not shaped."""
    parts = []
    selection = None
    for subset, codes in font.splitString(text, doc):
        if subset != tx._curSubset:
            if selection is None:
                selection = f"{fp_str(tx._fontsize)} Tf {fp_str(tx._leading)} TL"
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {selection}")
            tx._curSubset = subset
        parts.append(f"({escapePDF(codes)}) Tj")
    return " ".join(parts)
