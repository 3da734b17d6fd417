"""Several rendered sheets as one PDF, in the given order."""

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
