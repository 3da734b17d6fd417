"""Font subsets built once per batch, not once per sheet.

reportlab embeds a TrueType font as subsets of up to 256 glyphs, numbered in the order a
document first uses its characters; building a subset (a new font file of those glyphs)
and compressing it cost a fifth of a sheet. The sheets of one cycle print the same
template, so each document first assigns the template's characters, in one fixed order,
and starts a fresh subset for the rest (names, comments): the template's subsets are then
byte for byte the previous sheet's and come from a cache. So do the other objects a
subset adds that were made anew for every sheet: its ToUnicode map (text and compressed)
and its array of glyph widths (formatted), the same bytes for the same characters; and
a subset's font dictionary and font descriptor as formatted, the same bytes wherever the
objects they reference have the same numbers (`_KnownFont`, `_KnownDescriptor`).
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterable
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, TTFontFace, makeToUnicodeCMap

from kpm_desktop.lru import LruCache
from kpm_desktop.reports.subset_maker import GlyphTable, make_subset

# A subset file is 10-45 KB; a batch of one template needs a handful.
CACHE_SIZE = 64
# A subset's formatted widths and its ToUnicode map, plain and compressed: 5-10 KB; one
# per sheet besides the template's.
OBJECT_CACHE_SIZE = 512
# The characters of a template, assigned first in every document: a few per batch.
ASSIGNED_CACHE_SIZE = 16
# Compression of a subset's font file. Every sheet has a subset of its own (its names and
# comments): at zlib's default level compressing it was a twelfth of a replayed sheet's
# rendering; at level 1 it takes half as long and the file is ~0.7 KB larger (a sheet's
# PDF ~0.7 %). A reader decodes any level alike, and `kpm verify --pdf` compares decoded
# streams.
FONT_FILE_COMPRESSION = 1
_SUBSET_SIZE = 256
_SUBSET_BITS = 8


class _Precompressed:
    """A stream filter whose output was computed before (reportlab's filter protocol)."""

    pdfname = "FlateDecode"

    def __init__(self, compressed: bytes) -> None:
        self.compressed = compressed

    def encode(self, _content: bytes) -> bytes:
        return self.compressed


class _FormattedArray(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A `PDFArray` of numbers as it formats (in any document: numbers need none)."""

    def __init__(self, formatted: bytes) -> None:
        self.formatted = formatted

    def format(self, _document: pdfdoc.PDFDocument) -> bytes:
        return self.formatted


# A subset's widths array as formatted, its ToUnicode map and the map compressed.
_SubsetObjects = tuple[bytes, str, bytes]
# A subset's font dictionaries and descriptors as formatted: a handful per batch.
FORMATTED_CACHE_SIZE = 64


class _FormattedObjects:
    """Objects' formatted bytes by what the bytes depend on, shared by a font's renderers."""

    def __init__(self) -> None:
        self._formatted: LruCache[tuple[Any, ...], bytes] = LruCache(FORMATTED_CACHE_SIZE)
        self._lock = threading.Lock()

    def formatted(self, key: tuple[Any, ...], format_: Any) -> bytes:
        """The bytes kept for `key`, or `format_()`'s, kept from now on. The key holds
        reportlab's settings that change how objects format."""
        key = (*key, rl_config.pdfComments, rl_config.invariant, rl_config.pdfMultiLine)
        with self._lock:
            known = self._formatted.get(key)
        if known is None:
            known = format_()
            with self._lock:
                self._formatted.put(key, known)
        return known


def _number(document: pdfdoc.PDFDocument, reference: Any) -> tuple[int, int] | None:
    """The object number and version of `reference` in `document`; None for anything else."""
    if type(reference) is not pdfdoc.PDFObjectReference:
        return None
    return document.idToObjectNumberAndVersion.get(reference.name)  # type: ignore[no-any-return]


class _KnownFont(pdfdoc.PDFTrueTypeFont):  # type: ignore[misc]  # reportlab is untyped
    """A subset's font dictionary (`TTFont.addObjects`) formatted once for its names, its
    last code, its widths and the numbers of its ToUnicode map and descriptor: a sheet's
    template subsets have the same on every sheet."""

    known: _FormattedObjects

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        cmap, descriptor = _number(document, self.ToUnicode), _number(document, self.FontDescriptor)
        if (
            cmap is None
            or descriptor is None
            or type(self.Widths) is not _FormattedArray
            or hasattr(self, "Encoding")
        ):
            return super().format(document)  # type: ignore[no-any-return]
        names = (self.Name, self.BaseFont, self.FirstChar, self.LastChar)
        key = ("font", *names, self.Widths.formatted, cmap, descriptor)
        return self.known.formatted(key, lambda: super(_KnownFont, self).format(document))


class _KnownStream(pdfdoc.PDFStream):  # type: ignore[misc]  # reportlab is untyped
    """A subset's font file or ToUnicode map, compressed before, formatted once for its
    compressed bytes and its dictionary's numbers (`PDFStream.format`: the dictionary with
    the filter and length added, then the bytes)."""

    known: _FormattedObjects

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        filters, entries = self.filters, self.dictionary.dict
        if (
            type(document.encrypt) is not pdfdoc.NoEncryption
            or not filters
            or len(filters) != 1
            or type(filters[0]) is not _Precompressed
            or "Filter" in entries
            or type(self.dictionary) is not pdfdoc.PDFDictionary
            or not all(type(value) is int for value in entries.values())
        ):
            return super().format(document)  # type: ignore[no-any-return]
        key = ("stream", *entries.items(), filters[0].compressed)
        return self.known.formatted(key, lambda: super(_KnownStream, self).format(document))


class _KnownDescriptor(pdfdoc.PDFDictionary):  # type: ignore[misc]  # reportlab is untyped
    """A subset's font descriptor (`TTFontFace.addSubsetObjects`: the face's metrics, the
    subset's name and font file) formatted once for its name and the font file's number."""

    known: _FormattedObjects

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        font_file = _number(document, self.dict.get("FontFile2"))
        if font_file is None:
            return super().format(document)  # type: ignore[no-any-return]
        key = ("descriptor", self.dict["FontName"].format(document), font_file)
        return self.known.formatted(key, lambda: super(_KnownDescriptor, self).format(document))


def formatted_numbers(numbers: list[Any], doc: pdfdoc.PDFDocument) -> bytes:
    """`PDFArray(numbers).format(doc)`: the numbers' `fp_str` (ASCII, so its own bytes
    in the PDF's encoding), ten to a line when reportlab writes arrays on few lines."""
    array = pdfdoc.PDFArray(numbers)
    multiline = array.multiline
    if (
        (multiline and rl_config.pdfMultiLine)
        or multiline == "forced"
        or not all(type(number) in (int, float) for number in numbers)
    ):
        return array.format(doc)  # type: ignore[no-any-return]
    lines = [fp_str(*numbers[start : start + 10]) for start in range(0, len(numbers), 10)]
    return b"[ " + " \n  ".join(lines).encode("ascii") + b" ]"


class SubsetCachingFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A font whose subsets' widths arrays and ToUnicode maps are made once per process."""

    _objects: LruCache[tuple[str, tuple[int, ...]], _SubsetObjects]
    _widths_lock: threading.Lock
    _assigned: LruCache[str, tuple[dict[int, int], list[list[int]], int]]

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        """`TTFont.addObjects`: the same objects, in the same order, with the same names;
        a subset's widths and ToUnicode map from `_subset_objects`."""
        state = self.state.get(doc)
        if state is None:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            pdf_font = _KnownFont()
            pdf_font.known = self.face._formatted_objects
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            widths, cmap, compressed_cmap = self._subset_objects(base_name, subset, doc)
            pdf_font.Widths = _FormattedArray(widths)
            cmap_stream = _KnownStream()
            cmap_stream.known = self.face._formatted_objects
            cmap_stream.content = cmap
            if doc.compression:
                cmap_stream.filters = [_Precompressed(compressed_cmap)]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]

    def _subset_objects(
        self, base_name: str, subset: list[int], doc: pdfdoc.PDFDocument
    ) -> _SubsetObjects:
        key = (base_name, tuple(subset))
        with self._widths_lock:
            known = self._objects.get(key)
        if known is None:
            widths = formatted_numbers(list(map(self.face.getCharWidth, subset)), doc)
            cmap = makeToUnicodeCMap(base_name, subset)
            known = (widths, cmap, zlib.compress(cmap.encode()))  # as `PDFZCompress`
            with self._widths_lock:
                self._objects.put(key, known)
        return known

    def splitString(
        self, text: str | bytes, doc: pdfdoc.PDFDocument, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        """reportlab's runs of one subset each, found without its per-character loop when
        every character already has its code in `doc` (most text a sheet draws: a
        document assigns its template's characters first); else reportlab's own."""
        state = self.state.get(doc)
        if state is None or type(text) is not str or "\xa0" in text:
            return super().splitString(text, doc, encoding)  # type: ignore[no-any-return]
        try:
            codes = list(map(state.assignments.__getitem__, map(ord, text)))
        except KeyError:  # a character without its code yet: reportlab assigns it
            return super().splitString(text, doc, encoding)  # type: ignore[no-any-return]
        if not codes:
            return []
        subset = codes[0] >> _SUBSET_BITS
        if min(codes) >> _SUBSET_BITS == subset == max(codes) >> _SUBSET_BITS:
            if not subset:
                return [(0, bytes(codes))]
            base = subset << _SUBSET_BITS
            return [(subset, bytes([code - base for code in codes]))]
        return _runs(codes)

    def assign(self, characters: str, doc: pdfdoc.PDFDocument) -> None:
        """`splitString(characters, doc)`, its result unused. A document that had no state
        of this font yet gets the codes, subsets and next code that assigning the same
        characters gave the last such document (a fresh state is always the same)."""
        if doc in self.state:
            self.splitString(characters, doc)
            return
        self.splitString("", doc)  # the document's fresh state, as reportlab makes it
        state = self.state[doc]
        with self._widths_lock:
            known = self._assigned.get(characters)
        if known is None:
            self.splitString(characters, doc)
            known = (dict(state.assignments), [list(s) for s in state.subsets], state.nextCode)
            with self._widths_lock:
                self._assigned.put(characters, known)
            return
        assignments, subsets, state.nextCode = known
        state.assignments = dict(assignments)
        state.subsets = [list(subset) for subset in subsets]


class SubsetCachingFace(TTFontFace):  # type: ignore[misc]  # reportlab is untyped
    """A font face that remembers the subset files it built, and their compressed form.

    A subset file depends only on the list of characters in it, so a remembered file is
    exactly what building it again would give.
    """

    _subsets: LruCache[tuple[int, ...], tuple[bytes, bytes]]
    _subsets_lock: threading.Lock  # the font is shared by every renderer of the process
    _glyphs: GlyphTable  # the face's glyphs, for building subsets (`subset_maker`)
    _formatted_objects: _FormattedObjects

    @classmethod
    def upgrade(cls, font: TTFont) -> None:
        """Give `font` and its already parsed face the caches (reportlab builds the face
        itself)."""
        font.face.__class__ = cls
        font.face._subsets = LruCache(CACHE_SIZE)
        font.face._subsets_lock = threading.Lock()
        font.face._glyphs = GlyphTable(font.face)
        font.face._formatted_objects = _FormattedObjects()
        font.__class__ = SubsetCachingFont
        font._objects = LruCache(OBJECT_CACHE_SIZE)
        font._widths_lock = threading.Lock()
        font._assigned = LruCache(ASSIGNED_CACHE_SIZE)

    def makeSubset(self, subset: list[int]) -> bytes:
        return self._subset(subset)[0]

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        reference = super().addSubsetObjects(doc, fontname, subset)
        stream = doc.idToObject[f"fontFile:{self.filename}({fontname})"]
        if stream.filters:
            stream.filters = [_Precompressed(self._subset(subset)[1])]
        if type(stream) is pdfdoc.PDFStream:
            stream.__class__ = _KnownStream
            stream.known = self._formatted_objects
        descriptor = doc.idToObject[reference.name]
        if type(descriptor) is pdfdoc.PDFDictionary:
            descriptor.__class__ = _KnownDescriptor
            descriptor.known = self._formatted_objects
        return reference

    def _subset(self, subset: list[int]) -> tuple[bytes, bytes]:
        with self._subsets_lock:
            return self._subsets.get_or_make(tuple(subset), lambda: self._build(subset))

    def _build(self, subset: list[int]) -> tuple[bytes, bytes]:
        font_file = make_subset(self, subset, self._glyphs)
        if font_file is None:
            font_file = super().makeSubset(subset)
        return font_file, zlib.compress(font_file, FONT_FILE_COMPRESSION)


def assign_first(font: TTFont, doc: pdfdoc.PDFDocument, texts: Iterable[str]) -> str:
    """Give `texts`' characters the first codes of `font` in `doc`, in order, and let any
    other character start a new subset; call before the document draws any text.

    Characters assigned but never drawn only add unused glyphs to the file. Returns the
    characters assigned, in their order.
    """
    characters = "".join(dict.fromkeys("".join(texts)))
    if not characters:
        return characters
    if isinstance(font, SubsetCachingFont):
        font.assign(characters, doc)
    else:
        font.splitString(characters, doc)
    state = font.state[doc]
    # The next code opens a new subset: reportlab starts one whenever a code is a
    # multiple of 256, so the template's subsets stay the same whatever follows.
    state.nextCode = -(-state.nextCode // _SUBSET_SIZE) * _SUBSET_SIZE
    return characters


def _runs(codes: list[int]) -> list[tuple[int, bytes]]:
    """`codes` cut where the subset changes, as `TTFont.splitString` cuts them."""
    runs: list[tuple[int, bytes]] = []
    current = codes[0] >> _SUBSET_BITS
    run: list[int] = []
    for code in codes:
        if code >> _SUBSET_BITS != current:
            runs.append((current, bytes(run)))
            current, run = code >> _SUBSET_BITS, []
        run.append(code & 0xFF)
    runs.append((current, bytes(run)))
    return runs
