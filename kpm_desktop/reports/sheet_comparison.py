"""Compare a printed sheet's PDF with the sheet rendered again from the record.

The renderer is deterministic: the same `EvaluationSheet` gives the same pages. So the
printed pages must show the same text lines as the expected ones (compared line by line,
the first difference named by its sheet field, see `sheet_fields`), draw the same
content stream with the same fonts and images, and carry no annotations beyond a
signature field. Pages after the sheet may only be its chart page (`kpm pdf
--chart-page`): its title, total and grade are checked, its charts are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher

from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.reports.number_text import number
from kpm_desktop.reports.pdf_pages import PageContent
from kpm_desktop.reports.renderer import running_title
from kpm_desktop.reports.sheet_fields import label_lines, sheet_sections, squeeze

_PAGES = UserText("pages")
_NOTHING = UserText("nothing there")
_CHART_SUMMARY = re.compile(r"考核总分：([^\s　]+)\s*等级：(\S+)")


@dataclass(frozen=True)
class SheetDifference:
    """The first place where the PDF and the record part: a field, both values, the page."""

    field: UserText  # in English; the GUI shows it translated
    printed: str | UserText
    expected: str | UserText
    page: int

    def message(self) -> UserText:
        return UserText(
            "{field}: PDF shows {printed}, the record says {expected} (page {page})",
            field=self.field,
            printed=self.printed,
            expected=self.expected,
            page=self.page,
        )


@dataclass(frozen=True)
class SheetComparison:
    difference: SheetDifference | None
    line_index: int  # index of the first differing line (len of all lines when none)
    chart_pages: int  # pages after the sheet recognised as its chart page


def compare_sheet(
    printed: list[PageContent], expected: list[PageContent], sheet: EvaluationSheet
) -> SheetComparison:
    count = len(expected)
    if len(printed) < count:
        missing = SheetDifference(
            _PAGES,
            UserText("{count} page(s)", count=len(printed)),
            UserText("{count} pages", count=count),
            1,
        )
        return SheetComparison(missing, -1, 0)
    found = _text_difference(printed[:count], expected, sheet)
    if found is not None:
        return SheetComparison(found[0], found[1], 0)
    for number_, (mine, theirs) in enumerate(zip(printed, expected, strict=False), start=1):
        drawn = _drawing_difference(mine, theirs, number_)
        if drawn is not None:
            return SheetComparison(drawn, 1 << 30, 0)
    extra = printed[count:]
    for offset, page in enumerate(extra, start=count + 1):
        problem = _chart_page_difference(page, sheet, offset)
        if problem is not None:
            return SheetComparison(problem, 1 << 30, 0)
    return SheetComparison(None, 1 << 30, len(extra))


def _text_difference(
    printed: list[PageContent], expected: list[PageContent], sheet: EvaluationSheet
) -> tuple[SheetDifference, int] | None:
    mine = [(number_, line) for number_, page in enumerate(printed, 1) for line in page.lines]
    theirs = [(number_, line) for number_, page in enumerate(expected, 1) for line in page.lines]
    matcher = SequenceMatcher(
        None, [squeeze(line) for _, line in mine], [squeeze(line) for _, line in theirs],
        autojunk=False,
    )  # fmt: skip
    opcode = next((op for op in matcher.get_opcodes() if op[0] != "equal"), None)
    if opcode is None:
        return None
    tag, i1, i2, j1, j2 = opcode
    shown = " ".join(line for _, line in mine[i1:i2])
    recorded = " ".join(line for _, line in theirs[j1:j2])
    # "insert": the record has lines the PDF lacks
    page = theirs[j1][0] if tag == "insert" else mine[i1][0]
    if tag == "delete":  # the PDF shows lines the record does not have
        return SheetDifference(UserText("added text"), repr(shown), _NOTHING, page), j1
    labels = label_lines([line for _, line in theirs], sheet_sections(sheet), running_title(sheet))
    field = next((label for label in labels[j1:j2] if label is not None), None)
    if field is None:
        field = UserText("text on page {page}", page=page)
    printed_text: str | UserText = _NOTHING if tag == "insert" else repr(shown)
    return SheetDifference(field, printed_text, repr(recorded), page), j1


def _drawing_difference(
    printed: PageContent, expected: PageContent, page: int
) -> SheetDifference | None:
    if (printed.width, printed.height) != (expected.width, expected.height):
        size = f"{printed.width:.0f} x {printed.height:.0f} pt"
        wanted = f"{expected.width:.0f} x {expected.height:.0f} pt"
        return SheetDifference(UserText("page size"), size, wanted, page)
    if printed.annotations:
        none = UserText("none")
        return SheetDifference(UserText("annotations"), repr(printed.annotations[0]), none, page)
    if printed.content != expected.content:
        pairs = zip(printed.content, expected.content, strict=False)
        at = next((i for i, (a, b) in enumerate(pairs) if a != b), len(expected.content))
        return SheetDifference(
            UserText("drawing"),
            UserText("a different page content stream (from byte {at})", at=at),
            UserText("the sheet's"),
            page,
        )
    if printed.resources_digest != expected.resources_digest:
        return SheetDifference(
            UserText("fonts or images"), UserText("different ones"), UserText("the sheet's"), page
        )
    return None


def _chart_page_difference(
    page: PageContent, sheet: EvaluationSheet, number_: int
) -> SheetDifference | None:
    title = f"{sheet.staff_name}（{sheet.employee_no}）{sheet.period}绩效图表"
    first = squeeze(page.lines[0]) if page.lines else ""
    if first != squeeze(title):
        extra = UserText("an extra page ({first})", first=repr(first[:40]))
        return SheetDifference(_PAGES, extra, UserText("no more pages"), number_)
    summary = _CHART_SUMMARY.search(" ".join(page.lines))
    if summary is None:
        return None
    total, grade = summary.groups()
    expected_total = "—" if sheet.total is None else number(sheet.total, places=2)
    if not _same_number(total, sheet.total):
        field = UserText("total on the chart page")
        return SheetDifference(field, total, expected_total, number_)
    if grade != (sheet.grade or "—"):
        return SheetDifference(UserText("grade on the chart page"), grade, sheet.grade, number_)
    return None


def _same_number(text: str, value: Decimal | None) -> bool:
    if value is None:
        return text == "—"
    try:
        return Decimal(text.replace(",", "")) == value
    except InvalidOperation:
        return False
