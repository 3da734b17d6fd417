"""What a rendered sheet says about itself: its fingerprint and the company it names.

The company is part of the hashed content but a print setting, not appraisal data, so
`kpm verify --pdf` rebuilds the sheet with the company the PDF was printed for (its
Author entry, written by the renderer).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.reports.fingerprint import SheetFingerprint, read_fingerprint


@dataclass(frozen=True)
class PrintedSheet:
    fingerprint: SheetFingerprint
    company: str


def read_printed_sheet(pdf: bytes, source: str = "the PDF") -> PrintedSheet:
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise ValidationError(
            "{source} is not a PDF file (it does not start with %PDF-)", source=source
        )
    fingerprint = read_fingerprint(pdf, source)
    return PrintedSheet(fingerprint, read_printed_company(pdf, source))


def read_printed_company(pdf: bytes, source: str = "the PDF") -> str:
    """The company a rendered sheet (evaluation or selection comparison) was printed for."""
    try:
        metadata = PdfReader(BytesIO(pdf)).metadata
    except PdfReadError as exc:
        raise ValidationError(
            "{source} is not a readable PDF: {exc}", source=source, exc=exc
        ) from exc
    return str(metadata.get("/Author", "")) if metadata else ""
