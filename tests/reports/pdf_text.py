"""Reading rendered PDFs back in tests."""

from __future__ import annotations

import re

import pypdfium2


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with all white space removed (table cells wrap anywhere).

    Read with PDFium: pypdf gives the same text but parses each template form's fonts
    again, ~30x slower on a sheet."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [squeeze(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# What every printed chart page shows, whoever it is about.
CHART_LABELS = ("绩效图表", "指标得分率与部门平均对比", "部门平均", "销售额", "成交率", "季度趋势")


def is_chart_page(text: str, name: str) -> bool:
    """Whether a page's text (as `page_texts` gives it) is the chart page of `name`."""
    return all(label in text for label in (name, *CHART_LABELS))
