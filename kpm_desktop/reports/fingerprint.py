"""The fingerprint a rendered sheet carries: appraisal id, revision and content SHA-256.

It is printed in the footer, encoded in the QR code and stored in the PDF's Keywords
entry, where `read_fingerprint` finds it again (for `kpm verify --pdf`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from kpm_desktop.domain.errors import ValidationError

_PATTERN = re.compile(r"^KPM-SHEET:(\d+):(\d+):([0-9A-F]{64})$", re.IGNORECASE)


@dataclass(frozen=True)
class SheetFingerprint:
    appraisal_id: int
    revision: int
    sha256: str

    def text(self) -> str:
        """`KPM-SHEET:<id>:<revision>:<SHA-256>` in upper case (QR alphanumeric mode)."""
        return f"KPM-SHEET:{self.appraisal_id}:{self.revision}:{self.sha256}".upper()

    def footer_label(self) -> str:
        return f"考评编号 {self.appraisal_id}　修订 {self.revision}"

    @classmethod
    def parse(cls, text: str) -> SheetFingerprint:
        match = _PATTERN.match(text.strip())
        if match is None:
            raise ValidationError("'{text}' is not an evaluation sheet fingerprint", text=text)
        return cls(int(match.group(1)), int(match.group(2)), match.group(3).lower())


_SELECTION_PATTERN = re.compile(r"^KPM-SELECTION:(\d+):([0-9A-F]{64})$", re.IGNORECASE)


@dataclass(frozen=True)
class SelectionFingerprint:
    """What a selection's comparison sheet carries: the selection id and content SHA-256."""

    selection_id: int
    sha256: str

    def text(self) -> str:
        """`KPM-SELECTION:<id>:<SHA-256>` in upper case (QR alphanumeric mode)."""
        return f"KPM-SELECTION:{self.selection_id}:{self.sha256}".upper()

    def footer_label(self) -> str:
        return f"选型编号 {self.selection_id}"


def read_selection_fingerprint(pdf: bytes) -> SelectionFingerprint | None:
    """The fingerprint of a selection comparison sheet; None for any other file."""
    from pypdf.errors import PdfReadError  # here: printing a sheet needs no pypdf

    try:
        metadata = _metadata(pdf)
    except PdfReadError:
        return None
    keywords = str(metadata.get("/Keywords", "")) if metadata else ""
    match = _SELECTION_PATTERN.match(keywords.strip())
    if match is None:
        return None
    return SelectionFingerprint(int(match.group(1)), match.group(2).lower())


def read_fingerprint(pdf: bytes, source: str = "the PDF") -> SheetFingerprint:
    """The fingerprint stored in a rendered (and possibly signed) sheet."""
    from pypdf.errors import PdfReadError

    try:
        metadata = _metadata(pdf)
    except PdfReadError as exc:
        raise ValidationError(
            "{source} is not a readable PDF: {exc}", source=source, exc=exc
        ) from exc
    keywords = str(metadata.get("/Keywords", "")) if metadata else ""
    if not keywords:
        raise ValidationError(
            "{source} is not a KPM evaluation sheet (no fingerprint)", source=source
        )
    return SheetFingerprint.parse(keywords)


def _metadata(pdf: bytes) -> Any:
    from pypdf import PdfReader

    return PdfReader(BytesIO(pdf)).metadata
