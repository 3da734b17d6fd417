"""`paragraph_drawing` writes the operators platypus's `drawPara` writes, and leaves to
platypus what it does not write."""

from io import BytesIO
from typing import Any

import pytest
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kpm_desktop.reports import page_decor, paragraph_drawing
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.styles import SheetStyles

_MARKUPS = [
    "张伟",
    "E00032",
    "70.20",
    "CRM系统实施 第 1 版",
    "24.60<br/><font size=6.5 color='#5A6270'>自评 82 / 上级 90<br/>30%</font>",
    "<font color='#5A6270'>评语：</font>客户回访及时，投诉处理 3 天内闭环，满意度 92%。",
    "<font color='#5A6270'>主管签字</font>　王芳<br/><br/><br/>签字：________________"
    "<br/><br/>日期：2026-10-08",
    "<font color='#1F3A5F'>● 优秀<br/><font size=6.5>90-100</font></font>",
    "在CRM系统实施过程中能有效调动各岗位积极性，通过有效合作使CRM系统顺利运转，"
    "按时完成季度目标 and keeps the team's pipeline clean &amp; current.",
    "a b&nbsp;c　d " * 12,
    "",
]
_STYLES = ["value", "cell", "cell_center", "head", "score", "total", "body", "title",
           "company", "subtitle", "small_center"]  # fmt: skip
_WIDTHS = [40.0, 90.0, 400.0]


def _styles() -> SheetStyles:
    return SheetStyles.for_font(register_sheet_font())


def _drawn(paragraph: Paragraph, draw: Any) -> tuple[list[str], dict[int, int], Any]:
    canvas = Canvas(BytesIO())
    canvas.setFont(register_sheet_font(), 9)
    canvas.drawString(0, 0, "评语：客户")  # the document has codes before the paragraph
    paragraph.canv = canvas
    draw(paragraph)
    del paragraph.canv
    state = pdfmetrics.getFont(register_sheet_font()).state[canvas._doc]
    return canvas._code, state.assignments, (canvas._fillColorObj, len(canvas.state_stack))


def _wrapped(markup: str, style: ParagraphStyle, width: float) -> CellParagraph:
    paragraph = CellParagraph(markup, style)
    paragraph.wrap(width, 10_000)
    return paragraph


def _compare(markup: str, style: ParagraphStyle, width: float) -> None:
    # Two paragraphs: platypus changes a right-to-left paragraph's lines as it draws them.
    theirs = _drawn(_wrapped(markup, style, width), lambda p: Paragraph.drawPara(p))
    ours = _drawn(_wrapped(markup, style, width), lambda p: p.drawPara())
    assert ours == theirs


@pytest.mark.parametrize("style_name", _STYLES)
def test_the_sheets_paragraphs_are_drawn_as_platypus_draws_them(style_name: str) -> None:
    style = getattr(_styles(), style_name)
    fallbacks = sum(paragraph_drawing.fallbacks.values())
    for markup in _MARKUPS:
        for width in _WIDTHS:
            _compare(markup, style, width)
    # most drawn here: left to platypus are the empty paragraph (no lines) and overfull
    # lines (a word wider than a narrow width)
    assert sum(paragraph_drawing.fallbacks.values()) - fallbacks < len(_MARKUPS) * len(_WIDTHS) / 3


def test_a_paragraph_of_one_fragment_is_drawn_without_platypus() -> None:
    paragraph = CellParagraph("张伟 E00032", _styles().cell_center)
    paragraph.wrap(200, 100)
    paragraph.canv = Canvas(BytesIO())
    assert paragraph_drawing.draw_paragraph(paragraph)
    assert paragraph.canv._code[-2].startswith("BT ")


def test_a_paragraph_of_fragments_is_drawn_without_platypus() -> None:
    paragraph = CellParagraph(_MARKUPS[5], _styles().cell)
    paragraph.wrap(90, 100)
    assert len(paragraph.blPara.lines) > 1 and paragraph.blPara.kind == 1
    paragraph.canv = Canvas(BytesIO())
    assert paragraph_drawing.draw_paragraph(paragraph)


@pytest.mark.parametrize(
    "change",
    [
        {"alignment": TA_JUSTIFY},
        {"backColor": "#EEEEEE"},
        {"borderColor": "#000000", "borderWidth": 1},
        {"autoLeading": "max"},
        {"wordWrap": "RTL"},
    ],
)
def test_what_it_does_not_write_is_left_to_platypus(change: dict[str, object]) -> None:
    style = _styles().cell.clone("other")
    for name, value in change.items():
        setattr(style, name, value)
    for markup in (_MARKUPS[3], _MARKUPS[5]):
        paragraph = _wrapped(markup, style, 60)
        paragraph.canv = Canvas(BytesIO())
        before = sum(paragraph_drawing.fallbacks.values())
        assert not paragraph_drawing.draw_paragraph(paragraph)
        assert paragraph.canv._code == []  # nothing drawn before falling back
        assert sum(paragraph_drawing.fallbacks.values()) == before + 1
        _compare(markup, style, 60)


def test_underlined_and_linked_fragments_are_left_to_platypus() -> None:
    for markup in (
        "<u>下划线</u>文字",
        "<a href='https://example.com'>链接</a>文字",
        "面积 m<super>2</super>",
    ):
        paragraph = _wrapped(markup, _styles().cell, 200)
        paragraph.canv = Canvas(BytesIO())
        assert not paragraph_drawing.draw_paragraph(paragraph)
        _compare(markup, _styles().cell, 200)


def test_a_colour_with_another_alpha_is_left_to_platypus() -> None:
    """Its fill would set a graphics state, which the operators written here never do."""
    for markup in ("<font color='#5A6270'>评语：</font>客户回访", "张伟"):
        style = _styles().cell.clone("translucent", textColor=Color(0.2, 0.3, 0.4, alpha=0.5))
        paragraph = _wrapped(markup, style, 200)
        paragraph.canv = Canvas(BytesIO())
        assert not paragraph_drawing.draw_paragraph(paragraph)
        assert paragraph.canv._code == []
        _compare(markup, style, 200)


def test_the_operators_leave_the_canvas_state_as_it_was() -> None:
    canvas = Canvas(BytesIO())
    canvas.setFont(register_sheet_font(), 9)
    before = (canvas._fillColorObj, canvas._extgstate, list(canvas.state_stack), canvas._fontsize)
    for markup in (_MARKUPS[3], _MARKUPS[5]):
        paragraph = _wrapped(markup, _styles().cell_center, 90)
        operators = paragraph_drawing.paragraph_operators(paragraph, canvas, 1)
        assert operators is not None and operators[0] == "q" and operators[-1] == "Q"
    assert canvas._code == []
    state = (canvas._fillColorObj, canvas._extgstate, canvas.state_stack, canvas._fontsize)
    assert state == before


@pytest.mark.parametrize("size", [6.5, 7, 8])
def test_a_footer_line_is_drawn_as_draw_string_draws_it(size: float) -> None:
    texts = ["考评编号 12 修订 3　已定稿", "内容校验 SHA-256 " + "0123abcdef" * 6, "", "a(b)c\\d"]

    def drawn(draw: Any) -> tuple[list[str], dict[int, int]]:
        canvas = Canvas(BytesIO())
        canvas.setFont(register_sheet_font(), size)
        for number, text in enumerate(texts):
            draw(canvas, 30, 100 - 10 * number, text)
        state = pdfmetrics.getFont(register_sheet_font()).state[canvas._doc]
        return canvas._code, state.assignments

    assert drawn(page_decor.draw_string) == drawn(Canvas.drawString)


def _drawn_after(paragraph: Paragraph, before: str, draw: Any) -> tuple[Any, ...]:
    """`paragraph` drawn on a fresh document after `before` (its characters get their codes
    first), then "新" drawn: the operators, the codes, the font's name and the version."""
    canvas = Canvas(BytesIO())
    canvas.setFont(register_sheet_font(), 9)
    if before:
        canvas.drawString(0, 0, before)
    paragraph.canv = canvas
    draw(paragraph)
    del paragraph.canv
    canvas.drawString(0, 0, "新")
    state = pdfmetrics.getFont(register_sheet_font()).state[canvas._doc]
    return canvas._code, dict(state.assignments), state.internalName, canvas._doc._pdfVersion


@pytest.mark.parametrize(
    ("markup", "reuses"),
    # no-break spaces are drawn with the space's code, and never kept
    [(_MARKUPS[3], 3), (_MARKUPS[4], 3), (_MARKUPS[5], 4), (_MARKUPS[9], 0)],
)
def test_a_paragraph_drawn_again_in_other_documents_writes_what_platypus_writes(
    markup: str, reuses: int
) -> None:
    """Kept operators come back only where the characters have the same codes and nothing
    else would happen (a first use of a character or of the font in the document)."""
    style = _styles().cell
    text = "".join(frag.text for frag in _wrapped(markup, style, 90).frags)
    befores = [
        text,  # every character already has its code: kept operators
        text,
        text[::-1],  # other codes
        "",  # no codes yet, nor the font's name
        "评语：" + text,
        text,
        "评语：" + text,
        "评语" + text[: len(text) // 2],  # some characters get their codes here
        text[::-1],
    ]
    ours = _wrapped(markup, style, 90)
    reused = 0
    for before in befores:
        previous = ours.known_operators._drawn.copy()
        drawn = _drawn_after(ours, before, lambda p: p.drawPara())
        reused += any(drawn[0][-3] is kept[0][-2] for kept in previous.values())
        assert drawn == _drawn_after(_wrapped(markup, style, 90), before, Paragraph.drawPara)
    assert reused == reuses
