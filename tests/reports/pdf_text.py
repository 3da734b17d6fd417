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


# What every printed chart page shows, whoever it is about.
CHART_LABELS = ("绩效图表", "指标得分率与部门平均对比", "部门平均", "销售额", "成交率", "季度趋势")


def is_chart_page(text: str, name: str) -> bool:
    """Whether a page's text (as `page_texts` gives it) is the chart page of `name`."""
    return all(label in text for label in (name, *CHART_LABELS))
