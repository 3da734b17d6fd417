"""What a table's style commands make of a table of its size, worked out once per process
for every table of that shape (`TableShape`).

Every sheet of a template builds tables of the same rows and columns with the same style
commands, but for the chosen levels' fills: reportlab's `Table` makes a `CellStyle` for
each cell and `setStyle` sets it command by command, and the layout key (`layout_key`)
wrote out the commands, spans and each cell's paddings, all of it again for every sheet.
A `TableShape` holds that work: the cell styles, the rule and span commands as reportlab
keeps them, the key's text for the table and each shown cell's width. Tables of one shape
share its cell styles, which no one changes after `setStyle`: reportlab's row splitting
hands the same styles to the parts of a split table, and only a split inside a row
(`splitInRow`) or a command for split rows changes them, so such a table gets its own.

Shapes are told apart by their commands' values (a chosen fill as any chosen fill, see
`is_chosen_fill`): tables whose commands are equal are styled alike.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Table, TableStyle

from kpm_desktop.lru import LruCache
from kpm_desktop.reports import styles as st

# A template's sheet has some ten tables; a cycle a few dozen templates.
CACHE_SIZE = 256

_CHOSEN = ("BACKGROUND", "chosen")
FILL_COMMANDS = ("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS")

_shapes: LruCache[tuple[Any, ...], TableShape] = LruCache(CACHE_SIZE)
_shapes_lock = threading.Lock()


def is_chosen_fill(command: Sequence[Any]) -> bool:
    """A chosen descriptor level's fill (`sheet_tables`)."""
    return bool(command[0] == "BACKGROUND" and command[3] == st.CHOSEN_FILL)


@dataclass(frozen=True)
class ShownCell:
    """A cell the table draws (not covered by a span): its width as `Table._calc_height`
    measures it, and the width left inside its paddings."""

    row: int
    col: int
    width: float
    inner_width: float
    style: Any  # reportlab's CellStyle


@dataclass(frozen=True)
class TableShape:
    cell_styles: list[list[Any]]  # shared by the tables of this shape: never changed
    line_commands: tuple[tuple[Any, ...], ...]
    span_commands: tuple[tuple[Any, ...], ...]
    nosplit_commands: tuple[tuple[Any, ...], ...]
    shareable: bool  # False: each table of the shape is styled by reportlab
    key: str  # the table's part of the layout key, before its cells
    cells: tuple[ShownCell, ...]


def shape_of(table: Table, commands: Sequence[Sequence[Any]]) -> TableShape:
    """The shape of `table` (rows, columns, widths, heights, splitting) with `commands`."""
    return table_shape(
        commands,
        rows=table._nrows,
        cols=table._ncols,
        widths=tuple(table._argW),
        heights=tuple(table._argH),
        # reportlab also takes a list of rows (unhashable)
        repeat_rows=table.repeatRows
        if isinstance(table.repeatRows, int)
        else tuple(table.repeatRows),
        split_by_row=table.splitByRow,
        split_in_row=table.splitInRow,
    )


def table_shape(
    commands: Sequence[Sequence[Any]], *, rows: int, cols: int, widths: tuple[float, ...],
    heights: tuple[float | None, ...], repeat_rows: Any, split_by_row: Any, split_in_row: Any,
) -> TableShape:  # fmt: skip
    """The kept shape, or one made from a table reportlab styles with `commands`."""
    chosen = st.CHOSEN_FILL
    normal = tuple(
        _CHOSEN if c[0] == "BACKGROUND" and c[3] == chosen else tuple(c) for c in commands
    )  # as `is_chosen_fill` tells them, without a call a command
    measures = (rows, cols, widths, heights, repeat_rows, split_by_row, split_in_row)
    cache_key = (*measures, normal)
    with _shapes_lock:
        shape = _shapes.get(cache_key)
    if shape is None:
        shape = _made(commands, normal, *measures)
        with _shapes_lock:
            _shapes.put(cache_key, shape)
    return shape


def _made(
    commands: Sequence[Sequence[Any]], normal: tuple[Any, ...], rows: int, cols: int,
    widths: tuple[float, ...], heights: tuple[float | None, ...], repeat_rows: Any,
    split_by_row: Any, split_in_row: Any,
) -> TableShape:  # fmt: skip
    table = Table(
        [[""] * cols for _ in range(rows)], colWidths=list(widths), rowHeights=list(heights),
        repeatRows=repeat_rows, splitByRow=split_by_row, splitInRow=split_in_row,
    )  # fmt: skip
    table.setStyle(TableStyle([c for c in commands if c[0] not in FILL_COMMANDS]))
    shareable = not (
        split_in_row or table._srflcmds or table._sircmds or "_cornerRadii" in vars(table)
    )
    key = (
        f"T {list(widths)!r} {list(heights)!r} {repeat_rows!r} {split_by_row!r} "
        f"{split_in_row!r} {list(normal)!r}"
    )
    return TableShape(
        table._cellStyles,
        tuple(table._linecmds),
        tuple(table._spanCmds),
        tuple(table._nosplitCmds),
        shareable,
        key,
        _shown_cells(table),
    )


def _shown_cells(table: Table) -> tuple[ShownCell, ...]:
    widths = table._argW
    positions = [0]
    for width in widths:  # as `Table._calc_width` adds them up
        positions.append(positions[-1] + width)
    spans, hidden = _spans(table)
    cells = []
    for row in range(table._nrows):
        for col in range(table._ncols):
            if (col, row) in hidden:
                continue
            width = widths[col]
            span = spans.get((col, row))
            if span is not None and span[0] != span[1]:  # as `Table._calc_height` widens it
                width = max(positions[span[1] + 1] - positions[span[0]], width)
            style = table._cellStyles[row][col]
            inner = width - style.leftPadding - style.rightPadding
            cells.append(ShownCell(row, col, width, inner, style))
    return tuple(cells)


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
