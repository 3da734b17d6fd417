"""Paragraphs made from a known markup shape (`markup_shapes`) are what parsing gives."""

import dataclasses
from typing import Any

import pytest

from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.markup_shapes import MarkupShapes
from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.styles import SheetStyles
from tests.reports.sample_sheets import supervisor_sheet

LABEL = "<font color='#5A6270'>评语：</font>"
# A signature box (`sheet_blocks.signature_blocks`): texts between tags and at the end.
SIGNED = (
    "<font color='#5A6270'>员工签字</font>　{}<br/><br/><br/>签字：________________<br/><br/>"
    "日期：{}"
)
DAY = "2026 年 01 月 02 日"


def _state(paragraph: CellParagraph) -> dict[str, Any]:
    state = {
        k: v for k, v in vars(paragraph).items() if k not in ("frags", "_wraps", "known_operators")
    }
    state["frags"] = [vars(frag) for frag in paragraph.frags]
    return state


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("谭杰", "欧阳明月"),
        ("68.60", "100.00"),
        (LABEL + "红明红波涛", LABEL + " 杰艳力 杰艳梅鹏怡 "),
        ("<b>总分</b>：71", "<b>总分</b>：9"),
        ("甲<br/>乙", "甲<br/>丙丁"),
        ("第一行\n  第二行", "第一行\n第三行   多空格"),
        (
            SIGNED.format("谭杰", DAY),
            SIGNED.format("欧阳明月", "2027 年 12 月 31 日"),
        ),
        (
            SIGNED.format("谭杰", DAY),
            SIGNED.format("", "______ 年 ____ 月 ____ 日"),
        ),
        ("<b>甲</b>乙<br/>丙", "<b>丁 戊</b> <br/>己"),
    ],
)
def test_a_known_shape_gives_the_paragraph_parsing_gives(first: str, second: str) -> None:
    style = SheetStyles.for_font(register_sheet_font()).cell
    shapes = MarkupShapes()
    CellParagraph(first, style, shapes)
    copied = CellParagraph(second, style, shapes)
    assert shapes.fragments(copied.text, style) is not None  # the shape was learnt
    parsed = CellParagraph(second, style)
    assert _state(copied) == _state(parsed)
    assert copied.wrap(60, 1000) == parsed.wrap(60, 1000)
    assert repr(copied.blPara.lines) == repr(parsed.blPara.lines)


@pytest.mark.parametrize(
    "markup",
    ["A &amp; B", "<seq id='x'/>", "<greek>a</greek>b", "<a name='x'/>z", "甲<br/>", ""],
)
def test_markup_whose_fragments_may_depend_on_more_is_always_parsed(markup: str) -> None:
    style = SheetStyles.for_font(register_sheet_font()).cell
    shapes = MarkupShapes()
    CellParagraph(markup, style, shapes)
    assert shapes.fragments(CellParagraph(markup, style).text, style) is None


def test_a_shape_copied_from_an_earlier_paragraph_is_not_changed_by_it() -> None:
    style = SheetStyles.for_font(register_sheet_font()).cell
    shapes = MarkupShapes()
    first = CellParagraph(LABEL + "甲乙", style, shapes)
    first.frags[-1].text = "changed"
    assert CellParagraph(LABEL + "丙", style, shapes).frags[-1].text == "丙"
    assert CellParagraph(LABEL + "丁", style, shapes).frags[0].text == "评语："


def test_sheets_after_others_of_their_shapes_render_the_same_bytes() -> None:
    sheet = dataclasses.replace(supervisor_sheet(), staff_name="欧阳明月")
    alone = EvaluationSheetRenderer().render(sheet)
    used = EvaluationSheetRenderer()
    used.render(supervisor_sheet())
    assert used.render(sheet) == alone
