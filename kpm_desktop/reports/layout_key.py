"""What decides a sheet's layout and its drawing outside the cells: two sheets with the
same key are laid out alike, row for row and page for page (`page_program`).

The key holds the page size and, for every flowable of the story in order, its kind and
measures; for a table its column widths, header rows, every style command (so its rules,
fills, spans, paddings and fonts) and every cell's wrapped size at the width reportlab
gives it; a table inside a cell by its own key. The chosen levels' fills are the one
thing left out of it: they change no row, and a replay draws them where the sheet has
them. Any other kind of flowable makes no key (the sheet is rendered in full).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.table_shapes import ShownCell, is_chosen_fill, shape_of
from kpm_desktop.reports.template_forms import SheetTable


class _NoKey(Exception):
    pass


def chosen_rows(table: Table) -> list[int]:
    """The rows of the table's chosen fills, in command order."""
    return [command[1][1] for command in table._bkgrndcmds if is_chosen_fill(command)]


def layout_key(
    story: Sequence[Flowable], page_size: tuple[float, float]
) -> tuple[str | None, list[Table]]:
    """The story's layout key, None when the story holds what a key cannot describe; and
    its tables, those inside cells and blocks too, in the order the key takes them (the
    order a program numbers them in: `page_program`)."""
    parts: list[str] = [repr(page_size)]
    tables: list[Table] = []
    try:
        for flowable in story:
            _flowable(flowable, parts, tables)
    except _NoKey:
        return None, tables
    return "\n".join(parts), tables


def _flowable(flowable: object, parts: list[str], tables: list[Table]) -> None:
    if isinstance(flowable, Spacer) and type(flowable) is Spacer:
        parts.append(f"S {flowable.width!r} {flowable.height!r}")
    elif isinstance(flowable, KeepTogether) and type(flowable) is KeepTogether:
        parts.append(f"K {flowable._maxHeight!r} (")
        for inner in flowable._content:
            _flowable(inner, parts, tables)
        parts.append(")")
    elif type(flowable) is SheetTable:
        _table(flowable, parts, tables)
    else:
        raise _NoKey


def _table(table: SheetTable, parts: list[str], tables: list[Table]) -> None:
    tables.append(table)
    shape = table._shape or shape_of(table, table.style_commands)
    parts.append(shape.key)
    values = table._cellvalues
    for cell in shape.cells:
        value = values[cell.row][cell.col]
        # The most of a table's cells, without a call: empty strings and paragraphs.
        if type(value) is str:
            parts.append(repr((value,)))
        elif isinstance(value, CellParagraph):
            # What `Table._listCellGeom` measures of one paragraph, without its other work.
            parts.append(repr(value.wrap(cell.inner_width, 72000)))
        else:
            parts.append(_cell(table, value, cell, parts, tables))


def _cell(
    table: Table, cell: object, shown: ShownCell, parts: list[str], tables: list[Table]
) -> str:
    values = cell if isinstance(cell, (list, tuple)) else (cell,)
    if len(values) == 1 and isinstance(values[0], CellParagraph):
        # What `Table._listCellGeom` measures of one paragraph, without its other work.
        return repr(values[0].wrap(shown.inner_width, 72000))
    if all(isinstance(value, str) for value in values):
        return repr(values)
    if len(values) == 1 and type(values[0]) is SheetTable:
        _table(values[0], parts, tables)
        return "nested"
    if not all(isinstance(value, Paragraph) for value in values):
        raise _NoKey
    return repr(table._listCellGeom(list(values), shown.width, shown.style))
