"""Reading rendered PDFs back in tests."""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with all white space removed (table cells wrap anywhere)."""
    reader = PdfReader(BytesIO(pdf))
    return [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)
