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
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kpm_desktop.reports import styles as st
from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.template_forms import SheetTable

_CHOSEN = ("BACKGROUND", "chosen")


class _NoKey(Exception):
    pass


def is_chosen_fill(command: Sequence[Any]) -> bool:
    """A chosen descriptor level's fill (`sheet_tables`)."""
    return bool(command[0] == "BACKGROUND" and command[3] == st.CHOSEN_FILL)


def chosen_rows(table: Table) -> list[int]:
    """The rows of the table's chosen fills, in command order."""
    return [command[1][1] for command in table._bkgrndcmds if is_chosen_fill(command)]


def story_tables(story: Sequence[Flowable]) -> list[Table]:
    """The story's tables, those inside cells and blocks too, in one fixed order."""
    tables: list[Table] = []
    for flowable in story:
        _visit(flowable, tables)
    return tables


def _visit(flowable: object, tables: list[Table]) -> None:
    # A function of the module, not a closure calling itself: that closure was a garbage
    # cycle holding the sheet's tables until the collector ran.
    if isinstance(flowable, KeepTogether):
        for inner in flowable._content:
            _visit(inner, tables)
    elif isinstance(flowable, Table):
        tables.append(flowable)
        for row in flowable._cellvalues:
            for cell in row:
                for inner in cell if isinstance(cell, (list, tuple)) else (cell,):
                    _visit(inner, tables)


def layout_key(story: Sequence[Flowable], page_size: tuple[float, float]) -> str | None:
    """The story's layout key, None when the story holds what a key cannot describe."""
    parts = [repr(page_size)]
    try:
        for flowable in story:
            _flowable(flowable, parts)
    except _NoKey:
        return None
    return "\n".join(parts)


def _flowable(flowable: object, parts: list[str]) -> None:
    if isinstance(flowable, Spacer) and type(flowable) is Spacer:
        parts.append(f"S {flowable.width!r} {flowable.height!r}")
    elif isinstance(flowable, KeepTogether) and type(flowable) is KeepTogether:
        parts.append(f"K {flowable._maxHeight!r} (")
        for inner in flowable._content:
            _flowable(inner, parts)
        parts.append(")")
    elif type(flowable) is SheetTable:
        _table(flowable, parts)
    else:
        raise _NoKey


def _table(table: SheetTable, parts: list[str]) -> None:
    commands = [_CHOSEN if is_chosen_fill(c) else c for c in table.style_commands]
    parts.append(
        f"T {table._argW!r} {table._argH!r} {table.repeatRows!r} {table.splitByRow!r} "
        f"{table.splitInRow!r} {commands!r}"
    )
    widths = table._argW
    positions = [0]
    for width in widths:  # as `Table._calc_width` adds them up
        positions.append(positions[-1] + width)
    spans, hidden = _spans(table)
    for row_number, row in enumerate(table._cellvalues):
        for col, cell in enumerate(row):
            if (col, row_number) in hidden:
                continue
            width = widths[col]
            span = spans.get((col, row_number))
            if span is not None and span[0] != span[1]:  # as `Table._calc_height` widens it
                width = max(positions[span[1] + 1] - positions[span[0]], width)
            parts.append(_cell(table, cell, width, table._cellStyles[row_number][col], parts))


def _spans(table: Table) -> tuple[dict[tuple[int, int], tuple[int, int]], set[tuple[int, int]]]:
    """Each span's first cell with its first and last column; the cells it covers."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    hidden: set[tuple[int, int]] = set()
    rows, cols = table._nrows, table._ncols
    for _, (sc, sr), (ec, er) in table._spanCmds:
        sc, ec = sorted((sc + cols if sc < 0 else sc, ec + cols if ec < 0 else ec))
        sr, er = sorted((sr + rows if sr < 0 else sr, er + rows if er < 0 else er))
        spans[(sc, sr)] = (sc, ec)
        hidden.update((c, r) for c in range(sc, ec + 1) for r in range(sr, er + 1))
        hidden.discard((sc, sr))
    return spans, hidden


def _cell(table: Table, cell: object, width: float, style: Any, parts: list[str]) -> str:
    values = cell if isinstance(cell, (list, tuple)) else (cell,)
    if len(values) == 1 and isinstance(values[0], CellParagraph):
        # What `Table._listCellGeom` measures of one paragraph, without its other work.
        return repr(values[0].wrap(width - style.leftPadding - style.rightPadding, 72000))
    if all(isinstance(value, str) for value in values):
        return repr(values)
    if len(values) == 1 and type(values[0]) is SheetTable:
        _table(values[0], parts)
        return "nested"
    if not all(isinstance(value, Paragraph) for value in values):
        raise _NoKey
    return repr(table._listCellGeom(list(values), width, style))
