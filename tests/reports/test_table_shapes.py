"""Tables styled from a kept shape (`table_shapes`, `SheetTable.styled`): what reportlab's
own `setStyle` makes of the same commands, the same layout key, and the same bytes for
sheets replayed and rendered in full."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from decimal import Decimal
from typing import Any

from reportlab.platypus import Table, TableStyle

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet, SheetCategory
from kpm_desktop.reports import styles as st
from kpm_desktop.reports.layout_key import layout_key
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.sheet_tables import indicator_table
from kpm_desktop.reports.template_forms import SheetTable
from tests.reports.sample_sheets import long_sheet, supervisor_sheet

_STYLE_ATTRIBUTES = (
    "fontname", "fontsize", "leading", "leftPadding", "rightPadding", "topPadding",
    "bottomPadding", "color", "alignment", "valign", "href", "destination", "direction",
    "shaping",
)  # fmt: skip


def _styles() -> st.SheetStyles:
    return st.SheetStyles.for_font(EvaluationSheetRenderer()._font)


def _indicator_table(sheet: EvaluationSheet) -> SheetTable:
    geometry = st.PageGeometry.for_orientation(landscape_page=False)
    return indicator_table(sheet, _styles(), geometry.column_widths(), geometry.frame_height)


def _by_reportlab(table: SheetTable) -> Table:
    """The same table styled by reportlab itself."""
    plain = Table(
        table._cellvalues, colWidths=table._argW, repeatRows=table.repeatRows,
        splitByRow=table.splitByRow,
    )  # fmt: skip
    plain.setStyle(TableStyle(list(table.style_commands)))
    return plain


def _cell_styles(table: Table) -> list[list[tuple[Any, ...]]]:
    return [
        [tuple(getattr(style, name) for name in _STYLE_ATTRIBUTES) for style in row]
        for row in table._cellStyles
    ]


def _not_applicable(sheet: EvaluationSheet, which: int) -> EvaluationSheet:
    categories, number = [], 0
    for category in sheet.categories:
        indicators = []
        for indicator in category.indicators:
            if number == which:
                indicator = replace(
                    indicator, not_applicable=True, not_applicable_reason="本期无此业务",
                    chosen_level=None, score=None, earned=None, effective_weight=Decimal(0),
                )  # fmt: skip
            indicators.append(indicator)
            number += 1
        categories.append(SheetCategory(category.name, tuple(indicators)))
    return replace(sheet, categories=tuple(categories))


def _chosen(sheet: EvaluationSheet, level: int) -> EvaluationSheet:
    categories = [
        SheetCategory(
            category.name,
            tuple(replace(ind, chosen_level=level) for ind in category.indicators),
        )
        for category in sheet.categories
    ]
    return replace(sheet, categories=tuple(categories))


def _other_staff(sheet: EvaluationSheet) -> EvaluationSheet:
    return replace(sheet, staff_name="韩梅梅", employee_no="E00042", appraisal_id=4242)


def test_a_styled_table_is_styled_as_reportlab_styles_it() -> None:
    for sheet in (supervisor_sheet(), _not_applicable(long_sheet(12), 3)):
        table = _indicator_table(sheet)
        plain = _by_reportlab(table)
        assert _cell_styles(table) == _cell_styles(plain)
        for name in ("_bkgrndcmds", "_linecmds", "_spanCmds", "_nosplitCmds"):
            assert getattr(table, name) == getattr(plain, name), name


def test_tables_of_one_shape_share_their_cell_styles_and_others_do_not() -> None:
    first = _indicator_table(_chosen(supervisor_sheet(), 0))
    other_levels = _indicator_table(_chosen(supervisor_sheet(), 2))
    not_applicable = _indicator_table(_not_applicable(supervisor_sheet(), 1))
    assert other_levels._cellStyles is first._cellStyles
    assert other_levels._bkgrndcmds != first._bkgrndcmds  # each table's own chosen fills
    assert not_applicable._cellStyles is not first._cellStyles
    assert _cell_styles(not_applicable) == _cell_styles(_by_reportlab(not_applicable))


def test_a_table_with_commands_for_split_rows_gets_its_own_cell_styles() -> None:
    commands = [("TEXTCOLOR", (0, "splitfirst"), (-1, "splitfirst"), st.RULE)]
    first = SheetTable.styled([["a", "b"], ["c", "d"]], [20.0, 20.0], commands)
    second = SheetTable.styled([["e", "f"], ["g", "h"]], [20.0, 20.0], commands)
    assert second._cellStyles is not first._cellStyles
    assert second._srflcmds == _by_reportlab(second)._srflcmds == commands


def test_the_layout_key_of_a_styled_table_is_that_of_one_styled_by_set_style() -> None:
    styled = _indicator_table(long_sheet(12))
    by_set_style = SheetTable(
        styled._cellvalues, colWidths=styled._argW, repeatRows=1, splitByRow=True
    )
    by_set_style.setStyle(TableStyle(list(styled.style_commands)))
    page = (595.0, 842.0)
    key, tables = layout_key([styled], page)
    assert key is not None
    assert (key, [id(t) for t in tables]) == (layout_key([by_set_style], page)[0], [id(styled)])
    assert layout_key([_indicator_table(_chosen(long_sheet(12), 3))], page)[0] == key
    assert layout_key([_indicator_table(_not_applicable(long_sheet(12), 3))], page)[0] != key


def test_a_full_rendering_over_several_pages_leaves_the_shared_cell_styles_as_they_were() -> None:
    sheet = long_sheet(12)
    expected = _cell_styles(_by_reportlab(_indicator_table(sheet)))
    EvaluationSheetRenderer().render(sheet)  # its indicator table split over pages
    assert _cell_styles(_indicator_table(sheet)) == expected


def test_sheets_with_indicators_not_applicable_after_others_have_their_full_renderings_bytes() -> (
    None
):
    base = supervisor_sheet()
    sheets = [
        base,
        _not_applicable(base, 1),
        _not_applicable(_other_staff(base), 1),  # replayed: the N/A layout again
        _other_staff(base),  # the first layout again
        _not_applicable(base, 2),  # another indicator N/A: another layout
        _not_applicable(long_sheet(12), 5),  # over several pages
        _not_applicable(_other_staff(long_sheet(12)), 5),
    ]
    renderer = EvaluationSheetRenderer(many_sheets=True)
    digests = [hashlib.sha256(renderer.render(sheet)).hexdigest() for sheet in sheets]
    assert renderer.programs.counts["replayed"] == 3
    fresh = [hashlib.sha256(EvaluationSheetRenderer().render(s)).hexdigest() for s in sheets]
    assert digests == fresh


def test_a_table_repeating_a_list_of_rows_has_a_layout_key() -> None:
    table = SheetTable(
        [["a", "b"], ["c", "d"], ["e", "f"]], colWidths=[20.0, 20.0], repeatRows=[0, 1]
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    key, tables = layout_key([table], (595.0, 842.0))
    assert key is not None and "(0, 1)" in key
    assert tables == [table]
