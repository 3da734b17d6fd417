"""Paragraph markup parsed once per shape, not once per paragraph.

A sheet's own paragraphs (names, scores, comments, signatures) are new markup on every
sheet, but most differ from one seen before only in their plain texts: "谭杰" and "万华平"
in one style, "<font color=…>评语：</font>" followed by a rater's comment, a signature
box with the signatory's name between its tags and the date at its end.
reportlab parses every paragraph with an HTML parser, a good part of a replayed sheet.

What the parser makes of such markup depends on its texts only through the fragments'
texts: the fragments are copies of the style and the tags before each text (no
fragment's attribute comes from a text), and each text between two tags (or before the
first, or after the last), with no tag or entity in it, arrives in one piece as one
fragment whose text it is (`ParaParser.handle_data`). So markup with the same tags, and
its empty texts at the same places, parses to the same fragments but for their texts:
the fragments of a shape, learnt from one full parse, copied with the new texts, are
what parsing gives. Markup with tags that do more (sequences, anchors, images, Greek
text), with an entity, or that ends with a tag is always parsed.
"""

from __future__ import annotations

import copy
import re
import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle

from kpm_desktop.lru import LruCache

# A shape is a markup's tags: a few per style, and one per signature block.
CACHE_SIZE = 256

# The tags whose fragments do not depend on the texts around them (the ones sheets use).
_SIMPLE_TAGS = re.compile(r"</?(?:para|font|b|br)\b[^<>]*>")
_TAGS = re.compile(r"<[^<>]*>")
# (style name, the tags, which texts are empty)
_Key = tuple[str, tuple[str, ...], tuple[bool, ...]]
# The fragments of one parse, and for each non-empty text, in order, its fragment.
_Shape = tuple[tuple[Any, ...], tuple[int, ...]]


class MarkupShapes:
    """The fragments of parsed markup shapes, per style name (one renderer's styles)."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._shapes: LruCache[_Key, _Shape] = LruCache(size)
        self._lock = threading.Lock()

    def fragments(self, text: str, style: ParagraphStyle) -> list[Any] | None:
        """The fragments parsing `text` (cleaned markup) in `style` gives, when its shape
        is known; None otherwise."""
        split = _split(text, style)
        if split is None:
            return None
        key, texts = split
        with self._lock:
            shape = self._shapes.get(key)
        if shape is None:
            return None
        learnt, slots = shape
        frags = [copy.copy(frag) for frag in learnt]
        for slot, part in zip(slots, filter(None, texts), strict=True):
            frags[slot].text = part
        return frags

    def learn(self, text: str, style: ParagraphStyle, frags: list[Any], bullet: Any) -> None:
        """Remember the shape of `text` from what a full parse of it gave."""
        split = _split(text, style)
        if split is None or not frags or bullet is not getattr(style, "bulletText", None):
            return
        key, texts = split
        slots = tuple(i for i, frag in enumerate(frags) if getattr(frag, "text", ""))
        if [frags[i].text for i in slots] != list(filter(None, texts)):
            return
        if any(getattr(frag, "greek", False) for frag in frags):
            return
        with self._lock:
            self._shapes.put(key, (tuple(copy.copy(f) for f in frags), slots))


def _split(text: str, style: ParagraphStyle) -> tuple[_Key, list[str]] | None:
    """The markup's shape and its texts (one more than its tags); None when the shape is
    not one to copy."""
    if getattr(style, "textTransform", None) or "&" in text:
        return None
    texts = _TAGS.split(text)
    if not texts[-1] or any(">" in part or "<" in part for part in texts):
        return None
    tags = tuple(_TAGS.findall(text))
    if not all(_SIMPLE_TAGS.fullmatch(tag) for tag in tags):
        return None
    return (style.name, tags, tuple(not part for part in texts)), texts
