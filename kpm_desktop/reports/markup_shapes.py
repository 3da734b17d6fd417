"""Paragraph markup parsed once per shape, not once per paragraph.

A sheet's own paragraphs (names, scores, comments, signatures) are new markup on every
sheet, but most differ from one seen before only in their plain text at the end: "谭杰"
and "万华平" in one style, "<font color=…>评语：</font>" followed by a rater's comment.
reportlab parses every paragraph with an HTML parser, a good part of a replayed sheet.

What the parser makes of such markup depends on its text at the end only through the last
fragment's text: the fragments are copies of the style and the tags before the text (no
fragment's attribute comes from the text itself), and the text after the last tag, with
no tag or entity in it, arrives in one piece as the last fragment. So the fragments of
a shape, learnt from one full parse, copied with the new text, are what parsing gives.
Markup with tags that do more (sequences, anchors, images, Greek text) is always parsed.
"""

from __future__ import annotations

import copy
import re
import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle

from kpm_desktop.lru import LruCache

# A shape is the markup before its text: a few per style, and one per signature block.
CACHE_SIZE = 256

# The tags whose fragments do not depend on the text after them (the ones sheets use).
_SIMPLE_TAGS = re.compile(r"</?(?:para|font|b|br)\b[^<>]*>")


class MarkupShapes:
    """The fragments of parsed markup shapes, per style name (one renderer's styles)."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._shapes: LruCache[tuple[str, str], tuple[Any, ...]] = LruCache(size)
        self._lock = threading.Lock()

    def fragments(self, text: str, style: ParagraphStyle) -> list[Any] | None:
        """The fragments parsing `text` (cleaned markup) in `style` gives, when its shape
        is known; None otherwise."""
        split = _split(text, style)
        if split is None:
            return None
        prefix, tail = split
        with self._lock:
            shape = self._shapes.get((style.name, prefix))
        if shape is None:
            return None
        frags = [copy.copy(frag) for frag in shape]
        frags[-1].text = tail
        return frags

    def learn(self, text: str, style: ParagraphStyle, frags: list[Any], bullet: Any) -> None:
        """Remember the shape of `text` from what a full parse of it gave."""
        split = _split(text, style)
        if split is None or not frags or bullet is not getattr(style, "bulletText", None):
            return
        last = frags[-1]
        if getattr(last, "text", None) != split[1] or getattr(last, "greek", False):
            return
        with self._lock:
            self._shapes.put((style.name, split[0]), tuple(copy.copy(f) for f in frags))


def _split(text: str, style: ParagraphStyle) -> tuple[str, str] | None:
    """The markup before the text at the end, and that text; None when the shape is not
    one to copy."""
    if getattr(style, "textTransform", None):
        return None
    end = text.rfind(">") + 1
    prefix, tail = text[:end], text[end:]
    if not tail or "<" in tail or "&" in tail or "&" in prefix:
        return None
    if _SIMPLE_TAGS.sub("", prefix).count("<"):
        return None
    return prefix, tail
