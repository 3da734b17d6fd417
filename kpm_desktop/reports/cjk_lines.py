"""reportlab's CJK line breaking of a paragraph of several fragments, with less work per
character.

`cjkFragSplit` (reportlab.platypus.paragraph) makes an object per character with its
width, and `makeCJKParaLine` compares each character's fragment with the one before;
a sheet's comments and signature blocks ("<font …>评语：</font>…") go that way, and it was
most of wrapping a sheet's own paragraphs. `fragment_lines` computes the same lines: the
same character widths (one `stringWidth` per character, remembered per font and size),
added in the same order, the same break decisions, and one fragment comparison per run
of characters of one fragment (a fragment compares alike with itself, unless it is a
line break, so the others of the run give what the first gave). Fragments it does not
handle (inline images and other callbacks, bytes) return None: reportlab breaks those.
"""

from __future__ import annotations

from typing import Any
from unicodedata import category

from reportlab.lib.rl_accel import sameFrag
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import paragraph
from reportlab.platypus.paragraph import _FUZZ, FragLine, ParaLines

# Widths of single characters per (font, size): bounded by the font's glyphs.
_widths: dict[tuple[str, float, type], dict[str, float]] = {}

_Glyph = tuple[str, Any, float]  # a character, its fragment, its width


def fragment_lines(frags: list[Any], max_widths: list[float]) -> Any:
    """What `cjkFragSplit(frags, max_widths, calcBounds)` returns (the same either way
    without callbacks); None for fragments it leaves to reportlab."""
    glyphs = _glyphs(frags)
    if glyphs is None:
        return None
    cannot_start = paragraph.ALL_CANNOT_START  # as `line_breaking` extends it
    lines: list[Any] = []
    i = line_start = 0
    width_used: float = 0  # an int until the first character, as reportlab's
    max_width = max_widths[0]
    while i < len(glyphs):
        u, frag, w = glyphs[i]
        i += 1
        width_used += w
        line_break = hasattr(frag, "lineBreak")
        if (width_used > max_width + _FUZZ and width_used > 0) or line_break:
            extra = max_width - width_used
            if not line_break:
                if ord(u) < 0x3000:  # a non-Asian run: break at a space or a CJK character
                    for j in range(i - 1, (line_start + i) >> 1, -1):
                        uj = glyphs[j][0]
                        if (uj and category(uj) == "Zs") or ord(uj) >= 0x3000:
                            k = j + 1
                            if k < i:
                                j = k + 1
                                extra += sum(glyphs[ii][2] for ii in range(j, i))
                                u, w = glyphs[k][0], glyphs[k][2]
                                i = j
                                break
                if u not in cannot_start and i > line_start + 1:
                    i -= 1
                    extra += w
            line = _line(glyphs[line_start:i], max_width, width_used, extra, line_break)
            lines.append(line)
            max_width = max_widths[len(lines)] if len(lines) < len(max_widths) else max_widths[-1]
            line_start, width_used = i, 0
    if width_used > 0:
        rest = glyphs[line_start:]
        lines.append(_line(rest, max_width, width_used, max_width - width_used, False))
    return ParaLines(kind=1, lines=lines)


def _glyphs(frags: list[Any]) -> list[_Glyph] | None:
    glyphs: list[_Glyph] = []
    for frag in frags:
        text = frag.text
        if hasattr(frag, "cbDefn") or not isinstance(text, str):
            return None
        key = (frag.fontName, frag.fontSize, type(frag.fontSize))
        widths = _widths.setdefault(key, {})
        for character in text or ("",):
            width = widths.get(character)
            if width is None:
                width = widths[character] = stringWidth(character, frag.fontName, frag.fontSize)
            glyphs.append((character, frag, width))
    return glyphs


def _line(
    glyphs: list[_Glyph], max_width: float, width_used: float, extra: float, line_break: bool
) -> Any:
    """What `makeCJKParaLine` makes of these characters (no fragment has a callback)."""
    words: list[Any] = []
    characters: list[str] = []
    f0: Any = FragLine()
    max_size = max_ascent = min_descent = 0
    index = 0
    while index < len(glyphs):
        frag = glyphs[index][1]
        end = index + 1
        if not hasattr(frag, "lineBreak"):
            while end < len(glyphs) and glyphs[end][1] is frag:
                end += 1
        ascent, descent = getAscentDescent(frag.fontName, frag.fontSize)
        max_size = max(max_size, frag.fontSize)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        if not sameFrag(f0, frag):
            f0 = f0.clone()
            f0.text = "".join(characters)
            words.append(f0)
            characters = []
            f0 = frag
        characters += (glyph[0] for glyph in glyphs[index:end])
        index = end
    if characters:
        f0 = f0.clone()
        f0.text = "".join(characters)
        words.append(f0)
    return FragLine(
        kind=1, extraSpace=extra, wordCount=1, words=words[1:], fontSize=max_size,
        ascent=max_ascent, descent=min_descent, maxWidth=max_width, currentWidth=width_used,
        lineBreak=line_break,
    )  # fmt: skip
