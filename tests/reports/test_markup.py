"""Plain text as paragraph markup: escaped as `xml.sax.saxutils.escape` escaped it, so a
sheet prints the same content streams as before (`kpm verify --pdf` compares them)."""

from xml.sax.saxutils import escape

import pytest

from kpm_desktop.reports.styles import markup


@pytest.mark.parametrize(
    "text",
    ["", "张三 <b>粗</b>", "A&B > C < D", "&amp; 已转义", "第一行\n第二行", "引号 \"双\" 'single'"],
)
def test_markup_escapes_as_before(text: str) -> None:
    assert markup(text) == escape(text).replace("\n", "<br/>")
