"""Chinese punctuation that may not start a line hangs at the end of the line before."""

from reportlab.platypus import Paragraph

from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.line_breaking import CANNOT_START_LINE
from kpm_desktop.reports.styles import SheetStyles

TEXT = "在CRM系统实施过程中能有效调动各岗位积极性，通过有效合作；使CRM系统顺利运转：好！对？"


def _lines(text: str, width: float) -> list[str]:
    paragraph = Paragraph(text, SheetStyles.for_font(register_sheet_font()).cell)
    paragraph.wrap(width, 10_000)
    if paragraph.blPara.kind == 0:  # one style: (extra space, words) per line
        return ["".join(words) for _, words in paragraph.blPara.lines]
    return ["".join(w.text for w in line.words) for line in paragraph.blPara.lines]


def test_no_line_starts_with_a_closing_mark_at_any_width() -> None:
    starts = [line[:1] for width in range(40, 260, 3) for line in _lines(TEXT, width)]
    assert len(starts) > 100  # many widths, most wrap
    assert not set(starts) & set(CANNOT_START_LINE + "、。")


def test_the_mark_stays_with_the_word_before_it() -> None:
    # At this width the comma would open the second line; it ends the first instead.
    for width in range(60, 260):
        for line in _lines(TEXT, width)[:-1]:
            if line.endswith("，"):
                assert line.rstrip("，")[-1] == "性"
                return
    raise AssertionError("no width put the comma at the end of a line")
