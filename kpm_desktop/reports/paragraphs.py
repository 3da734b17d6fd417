"""Table-cell paragraphs that parse and wrap their Chinese text once, not once per pass.

reportlab wraps every cell paragraph when a table measures its rows, again when a
`KeepTogether` probes it, and once more right before drawing the cell, always at the same
width; CJK line breaking measures every glyph each time and was most of a sheet's cost.
A batch of one cycle repeats the same template texts on every sheet, so the parsed and
wrapped paragraphs are also kept between sheets (bounded, least recently used first out).
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from kpm_desktop.lru import LruCache
from kpm_desktop.reports.cjk_lines import fragment_lines
from kpm_desktop.reports.markup_shapes import MarkupShapes
from kpm_desktop.reports.paragraph_drawing import KnownOperators, draw_paragraph

# A sheet has about 90 paragraphs, most of them its template's texts; a wrapped paragraph
# holds about 7 KB, so a full cache stays near 15 MB.
CACHE_SIZE = 2048


class CellParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph that remembers its line breaks per available width.

    Line breaking depends on the width only (the height is never used by a paragraph's
    wrap), so a remembered result is exactly what wrapping again would compute.
    """

    blPara: Any
    _wrapWidths: list[float]
    # A text every sheet of the template prints: drawn as a form (`template_forms`).
    template_text = False

    def __init__(
        self, markup: str, style: ParagraphStyle, shapes: MarkupShapes | None = None
    ) -> None:
        text = cleanBlockQuotedText(markup)  # as `Paragraph` cleans it before parsing
        frags = None if shapes is None else shapes.fragments(text, style)
        if frags is None:
            super().__init__(markup, style)
            if shapes is not None:
                shapes.learn(text, style, self.frags, self.bulletText)
        else:  # what parsing would give (`markup_shapes`)
            super().__init__(text, style, frags=frags)
        self.markup_text = markup
        self._wraps: dict[float, tuple[Any, ...]] = {}
        self._characters: frozenset[str] | None = None
        self.known_operators = KnownOperators()

    def drawn_characters(self) -> frozenset[str]:
        """The characters the paragraph prints (its markup's tags left out)."""
        if self._characters is None:
            text = "".join(getattr(frag, "text", "") for frag in self.frags)
            self._characters = frozenset(text)
        return self._characters

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        # A paragraph of several fragments: reportlab's lines, computed faster (`cjk_lines`).
        lines = None
        simple = not (self.bulletText or self.style.endDots or getattr(self, "_splitpara", 0))
        if len(self.frags) > 1 and simple:
            widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
            lines = fragment_lines(self.frags, widths)
        if lines is None:
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        return lines

    def drawPara(self, debug: int = 0) -> None:
        # The operators platypus writes, written directly (`paragraph_drawing`).
        if debug or not draw_paragraph(self):
            super().drawPara(debug)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        known = self._wraps.get(availWidth)
        if known is None:
            width, height = super().wrap(availWidth, availHeight)
            known = (width, height, self.blPara, self._wrapWidths)
            self._wraps[availWidth] = known
        # Drawing reads these attributes: restore the ones of this width.
        width, height, self.blPara, self._wrapWidths = known
        self.width, self.height = width, height
        return width, height


class ParagraphCache:
    """Hands out one `CellParagraph` per (markup, style), reused across sheets.

    A paragraph holds its last wrap while a table lays it out, so one cache must not serve
    two renders at once: `EvaluationSheetRenderer` holds `lock` while it renders.
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._paragraphs: LruCache[tuple[str, str], CellParagraph] = LruCache(size)
        self._marked: list[CellParagraph] = []
        self._shapes = MarkupShapes()
        self.lock = threading.Lock()

    def get(self, markup: str, style: ParagraphStyle) -> CellParagraph:
        return self._paragraphs.get_or_make(
            (markup, style.name), lambda: CellParagraph(markup, style, self._shapes)
        )

    def template_text(self, markup: str, style: ParagraphStyle) -> CellParagraph:
        """`get`, marked as the template's own text until `new_render`. A sheet's own cell
        with the same markup and style is the same paragraph, so it is drawn as a form
        too, in this render only: a sheet's bytes never depend on the renders before it."""
        paragraph = self.get(markup, style)
        paragraph.template_text = True
        self._marked.append(paragraph)
        return paragraph

    def new_render(self) -> None:
        """Forgets the template texts marked by the render before."""
        for paragraph in self._marked:
            paragraph.template_text = False
        self._marked.clear()
