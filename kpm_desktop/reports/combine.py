"""Several rendered PDFs as one: sheets in the given order, or a sheet and its chart page."""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO

from pypdf import PdfReader, PdfWriter


def combine(pdfs: Iterable[bytes]) -> bytes:
    """Concatenate PDFs page by page; each keeps its own embedded font subset."""
    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(BytesIO(pdf)), import_outline=False)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def append_pages(first: bytes, *more: bytes) -> bytes:
    """`first` with the pages of `more` after its own, keeping the document information of
    `first` (a sheet's fingerprint and company, which `kpm verify --pdf` reads)."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(first)))
    for pdf in more:
        writer.append(PdfReader(BytesIO(pdf)), import_outline=False)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
