"""`cjk_lines` breaks a paragraph of several fragments into reportlab's own lines."""

import pytest
from reportlab.platypus.paragraph import cjkFragSplit

from kpm_desktop.reports.cjk_lines import fragment_lines
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.styles import SheetStyles

LABEL = "<font color='#5A6270'>评语：</font>"
MARKUPS = [
    LABEL + "在CRM系统实施过程中能有效调动各岗位积极性，通过有效合作使CRM系统顺利运转",
    LABEL + "Customer follow-up rate 95.5% of target, 客户回访率达标，继续保持！",
    "<font color='#5A6270'>被考核人签字</font>\u3000欧阳明月<br/><br/>签字：________________"
    "<br/><br/>日期：______ 年 ____ 月 ____ 日",
    "<b>总分</b>：71.25（良好）；评语：“稳定”，无异议",
    LABEL + "averyveryverylongwordwithoutanyspaceatallthatmustbecut 然后中文",
]


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("widths", [[30.0], [57.5], [120.0, 80.0], [400.0]])
def test_lines_are_what_reportlab_breaks(markup: str, widths: list[float]) -> None:
    styles = SheetStyles.for_font(register_sheet_font())
    for style in (styles.cell, styles.body, styles.cell_center):
        frags = CellParagraph(markup, style).frags
        assert len(frags) > 1
        expected = cjkFragSplit(frags, list(widths), False)
        assert repr(fragment_lines(frags, list(widths))) == repr(expected)


def test_a_wrapped_paragraph_of_several_fragments_has_reportlabs_lines() -> None:
    style = SheetStyles.for_font(register_sheet_font()).cell
    paragraph = CellParagraph(MARKUPS[0], style)
    assert paragraph.wrap(80, 1000)[1] > style.leading  # several lines
    expected = cjkFragSplit(paragraph.frags, [80], False)
    assert repr(paragraph.blPara) == repr(expected)
