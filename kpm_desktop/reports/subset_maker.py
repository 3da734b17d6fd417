"""reportlab's `TTFontFace.makeSubset` with the font's glyphs read once per process.

The sheet font's Chinese glyphs are mostly composites: a subset of a sheet's own
characters (names, comments) walks a few hundred glyph records, and reportlab reads
each one field by field for every subset it builds, most of the time that takes.
`make_subset` keeps each glyph's bytes and where its component glyph numbers sit
(`GlyphTable`, with its padded bytes and the tables every subset copies), and writes
the same font file as `makeSubset`: the same tables in the same order, their bytes as
its code builds them. A glyph it cannot read as `makeSubset` reads it
(a record cut short) makes it return None: reportlab then builds that subset.
"""

from __future__ import annotations

import logging
import struct
import threading
from struct import pack, pack_into, unpack_from
from typing import Any

from reportlab.pdfbase.ttfonts import (
    GF_ARG_1_AND_2_ARE_WORDS,
    GF_MORE_COMPONENTS,
    GF_WE_HAVE_A_SCALE,
    GF_WE_HAVE_A_TWO_BY_TWO,
    GF_WE_HAVE_AN_X_AND_Y_SCALE,
    TTFontMaker,
    _set_ushort,
)

_log = logging.getLogger(__name__)


class _GlyphCutShort(Exception):
    """A glyph record too short for `makeSubset` to read as this module does."""


# What a glyph adds to a subset: to its glyf table, its bytes padded to a multiple of 4
# (the padding depends on the glyph alone: every glyph starts at a multiple of 4) and the
# padded length (from the length the font's index gives); (offset, glyph number) of each
# component a composite glyph refers to, renumbered in each subset; to its hmtx table,
# its advance and left side bearing.
_Glyph = tuple[bytes, int, tuple[tuple[int, int], ...], tuple[int, int]]
# The tables a subset copies unchanged; cvt, fpgm and prep are optional.
_COPIED = ("name", "OS/2", "cvt ", "fpgm", "prep")


class GlyphTable:
    """The glyphs of one font face, each read when first asked for (bounded by the
    font's glyph count), and the face's tables every subset copies or patches."""

    def __init__(self, face: Any) -> None:
        self._face = face
        self._glyphs: dict[int, _Glyph] = {}
        self._lock = threading.Lock()
        self.copied = tuple((tag, face.get_table(tag)) for tag in _COPIED if tag in face.table)
        self.post = b"\x00\x03\x00\x00" + face.get_table("post")[4:16] + b"\x00" * 16
        self.hhea, self.maxp, self.head = map(face.get_table, ("hhea", "maxp", "head"))

    def glyph(self, index: int) -> _Glyph:
        known = self._glyphs.get(index)
        if known is None:
            with self._lock:
                known = self._glyphs[index] = self._read(index)
        return known

    def _read(self, index: int) -> _Glyph:
        # `face.get_table("glyf")[start : start + length]`, without copying the table
        table, table_length = self._face.get_table_pos("glyf")
        start = self._face.glyphPos[index]
        length = self._face.glyphPos[index + 1] - start
        end = min(max(start + length, start), table_length)
        data = self._face._ttf_data[table + start : table + end] if start < end else b""
        if 0 < length <= 2:  # `makeSubset` would read past the glyph
            raise _GlyphCutShort(f"glyph {index}: {length} bytes")
        components = []
        if length and unpack_from(">h", data)[0] < 0:
            at, flags = 10, GF_MORE_COMPONENTS
            while flags & GF_MORE_COMPONENTS:
                flags, glyph_index = unpack_from(">HH", data, at)
                components.append((at + 2, glyph_index))
                at += 8 if flags & GF_ARG_1_AND_2_ARE_WORDS else 6
                if flags & GF_WE_HAVE_A_SCALE:
                    at += 2
                elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
                    at += 4
                elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
                    at += 8
        padding = -length % 4
        advance, bearing = self._face.hmetrics[index]
        metrics = (int(advance), int(bearing))
        return data + b"\0" * padding, length + padding, tuple(components), metrics


def make_subset(face: Any, subset: list[int], glyphs: GlyphTable) -> bytes | None:
    """What `face.makeSubset(subset)` returns; None when a glyph is not readable here."""
    try:
        return _make_subset(face, subset, glyphs)
    except (struct.error, _GlyphCutShort) as exc:
        _log.debug("font subset left to reportlab: %s", exc)
        return None


def _make_subset(face: Any, subset: list[int], glyphs: GlyphTable) -> bytes:
    output = TTFontMaker()
    glyph_map = [0]  # new glyph index -> old glyph index
    glyph_set = {0: 0}  # old glyph index -> new glyph index
    code_to_glyph = {}
    char_to_glyph = face.charToGlyph
    for code in subset:
        original = char_to_glyph.get(code, 0)
        if original not in glyph_set:
            glyph_set[original] = len(glyph_map)
            glyph_map.append(original)
        code_to_glyph[code] = glyph_set[original]
    known, glyph = glyphs._glyphs, glyphs.glyph
    entries = []  # the glyph of each new glyph index
    n = 0
    while n < len(glyph_map):  # the glyphs composite glyphs are made of
        entry = known.get(glyph_map[n]) or glyph(glyph_map[n])
        entries.append(entry)
        for _, index in entry[2]:
            if index not in glyph_set:
                glyph_set[index] = len(glyph_map)
                glyph_map.append(index)
        n += 1

    for tag, table in glyphs.copied:
        output.add(tag, table)
    output.add("post", glyphs.post)
    number_of_metrics = _add_metrics(output, entries)
    output.add("hhea", _set_ushort(glyphs.hhea, 34, number_of_metrics))
    output.add("maxp", _set_ushort(glyphs.maxp, 4, len(glyph_map)))
    length = 10 + len(subset) * 2
    cmap = [0, 1, 1, 0, 0, 12, 6, length, 0, 0, len(subset), *map(code_to_glyph.get, subset)]
    output.add("cmap", pack(f">{len(cmap)}H", *cmap))
    offsets, position = _add_glyphs(output, entries, glyph_set)
    if (position + 1) >> 1 > 0xFFFF:
        index_to_loc_format = 1
        output.add("loca", pack(f">{len(offsets)}L", *offsets))
    else:
        index_to_loc_format = 0
        output.add("loca", pack(f">{len(offsets)}H", *(offset >> 1 for offset in offsets)))
    output.add("head", _set_ushort(glyphs.head, 50, index_to_loc_format))
    stream: bytes = output.makeStream()
    return stream


def _add_metrics(output: TTFontMaker, entries: list[_Glyph]) -> int:
    """The hmtx table as `makeSubset` packs it; returns its number of full metrics."""
    hmtx = [value for entry in entries for value in entry[3]]
    n = len(hmtx) - 2
    while n and hmtx[n] == hmtx[n - 2]:
        n -= 2
    n += 2
    hmtx = hmtx[:n] + hmtx[n + 1 :: 2]
    output.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
    return n >> 1


def _add_glyphs(
    output: TTFontMaker, entries: list[_Glyph], glyph_set: dict[int, int]
) -> tuple[list[int], int]:
    """The glyf table, composite glyphs renumbered; returns the offsets and the end."""
    offsets, parts, position = [], [], 0
    for data, length, components, _ in entries:
        offsets.append(position)
        if components:
            renumbered = bytearray(data)
            for at, index in components:
                pack_into(">H", renumbered, at, glyph_set[index])
            data = bytes(renumbered)
        parts.append(data)
        position += length
    offsets.append(position)
    output.add("glyf", b"".join(parts))
    return offsets, position
