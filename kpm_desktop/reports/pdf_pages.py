"""What a PDF's pages show and draw, read with pypdf for comparing two renderings.

`PageContent` holds a page's extracted text lines, its decoded content stream, a digest
of everything the page draws with (fonts, images, forms: the page's resources followed
through, stream data decoded) and its annotations other than signature fields. Two pages
with equal `PageContent` show the same thing; a flipped byte in a stream makes the stream
undecodable (`DamagedPdf`) or changes the digest.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from typing import Any

import pypdf._page as pypdf_page_module
from pypdf import PageObject, PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)

# How a stream is stored is not what it says: compare the decoded data.
_STORAGE_KEYS = frozenset({"/Length", "/Filter", "/DecodeParms", "/Parent"})


class DamagedPdf(Exception):
    """The file is not a PDF pypdf can read page by page any more."""


@dataclass(frozen=True)
class PageContent:
    lines: tuple[str, ...]
    content: bytes
    resources_digest: str
    annotations: tuple[str, ...]  # a description of each annotation that is not a signature
    width: float
    height: float


def read_pages(pdf: bytes) -> list[PageContent]:
    try:
        reader = PdfReader(BytesIO(pdf), strict=True)
        with _each_font_read_once():
            return [_page_content(page) for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds of errors on a damaged file
        raise DamagedPdf(f"{type(exc).__name__}: {exc}") from exc


_FONTS_SWAPPED = threading.Lock()
_PYPDF_PAGE: Any = pypdf_page_module  # where pypdf's text extraction looks `Font` up


@contextmanager
def _each_font_read_once() -> Iterator[None]:
    """pypdf reads a font's character map again for every form XObject drawn with it: a
    sheet's template forms share a few fonts, and its two pages took ~0.6 s to read,
    most of it the same maps. While one PDF's pages are read, each font dictionary is
    read once (pypdf's own `Font`, copied for each form). pypdf looks `Font` up in its
    page module, so it is swapped there, under a lock; a pypdf without it reads as is."""
    font_class = getattr(_PYPDF_PAGE, "Font", None)
    if font_class is None or not hasattr(font_class, "from_font_resource"):
        yield
        return
    read: dict[int, tuple[object, Any]] = {}

    def from_font_resource(resource: object) -> Any:
        found = read.get(id(resource))  # the reader hands out one object per font
        if found is None:
            found = read[id(resource)] = (resource, font_class.from_font_resource(resource))
        return copy.copy(found[1])  # pypdf may set the copy's space width

    with _FONTS_SWAPPED:
        _PYPDF_PAGE.Font = type("Font", (), {"from_font_resource": from_font_resource})
        try:
            yield
        finally:
            _PYPDF_PAGE.Font = font_class


def _page_content(page: PageObject) -> PageContent:
    text = page.extract_text()
    contents = page.get_contents()
    digest = hashlib.sha256()
    _feed(digest, page.get("/Resources"), set())
    return PageContent(
        lines=tuple(line.strip() for line in text.splitlines() if line.strip()),
        content=b"" if contents is None else contents.get_data(),
        resources_digest=digest.hexdigest(),
        annotations=tuple(_annotations(page)),
        width=float(page.mediabox.width),
        height=float(page.mediabox.height),
    )


def _annotations(page: PageObject) -> list[str]:
    found = []
    for reference in page.get("/Annots") or ArrayObject():
        annotation = reference.get_object()
        field_type = annotation.get("/FT") or annotation.get("/Parent", {}).get("/FT")
        if annotation.get("/Subtype") == "/Widget" and field_type == "/Sig":
            continue  # a signature field: checked with the signature
        contents = annotation.get("/Contents", "")
        found.append(f"{annotation.get('/Subtype', 'annotation')} {contents}".strip())
    return found


def _feed(digest: hashlib._Hash, value: PdfObject | None, seen: set[tuple[int, int]]) -> None:
    """Add `value` to the digest, indirect objects followed once, streams decoded."""
    if isinstance(value, IndirectObject):
        key = (value.idnum, value.generation)
        if key in seen:
            digest.update(b"<seen>")
            return
        seen.add(key)
        value = value.get_object()
    if isinstance(value, DictionaryObject):
        digest.update(b"<<")
        for key in sorted(k for k in value if k not in _STORAGE_KEYS):
            digest.update(str(key).encode())
            _feed(digest, value.raw_get(key), seen)
        digest.update(b">>")
        if isinstance(value, StreamObject):
            digest.update(value.get_data())
    elif isinstance(value, ArrayObject):
        digest.update(b"[")
        for item in value:
            _feed(digest, item, seen)
        digest.update(b"]")
    elif isinstance(value, NameObject):
        digest.update(value.encode())
    else:
        digest.update(repr(value).encode())
