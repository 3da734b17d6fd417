"""A table cell of one sheet paragraph drawn without reportlab's general cell code.

Most cells a sheet draws itself (names, scores, comments: some 40 a sheet, replayed or
not) hold one `CellParagraph`. `Table._drawCell` handles any list of flowables or text:
for one paragraph it measures it through `_listCellGeom`, places it, and draws it with
`Flowable.drawOn`. `draw_paragraph_cell` makes the same calls on the canvas, in the same
order, with the same arithmetic, for that one case only: anything else (several
flowables, text, a link, a width reportlab would refuse or warn about) is left to
reportlab before anything is drawn.

A replayed page (`page_program`) goes further: `write_paragraph_cell` appends the same
operators as strings, without the canvas calls that write them (the cell style's fill,
saveState, translate, the paragraph's own `paragraph_drawing.paragraph_operators`,
restoreState), so nothing of the canvas's state is set or saved per cell; it writes only
where those calls would write nothing else (a plain RGB colour of alpha 1 where the fill
alpha is 1, the sheet's TrueType font). tests/reports/test_cell_drawing.py compares both
ways' operators and text codes with reportlab's.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.colors import toColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

from kpm_desktop.reports.paragraph_drawing import (
    dynamic_font,
    fill_operator,
    paragraph_operators,
    plain_colour,
)
from kpm_desktop.reports.paragraphs import CellParagraph

_JUSTIFIED = ("LEFT", "RIGHT", "CENTRE", "CENTER")


def draw_paragraph_cell(table: Table, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> bool:
    """`table._drawCell(cellval, cellstyle, pos, size)` for a cell of one `CellParagraph`;
    False, having drawn nothing, for any other cell."""
    placed = _placed(getattr(table, "canv", None), cellval, cellstyle, pos, size)
    if placed is None:
        return False
    paragraph, x, y = placed
    canvas = table.canv
    if table._curcellstyle is not cellstyle:
        current = table._curcellstyle
        if current is None or cellstyle.color != current.color:
            canvas.setFillColor(cellstyle.color)
        if _font_changes(current, cellstyle):
            canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        table._curcellstyle = cellstyle
    _draw_on(paragraph, canvas, x, y)
    return True


def write_paragraph_cell(
    canvas: Canvas, current: Any, cellval: Any, cellstyle: Any, pos: Any, size: Any
) -> bool:
    """The operators `draw_paragraph_cell` writes for the cell where the table's cell style
    is `current` and the canvas's fill alpha is 1, appended to the canvas's without the
    canvas calls that write them, so the canvas's state is left as it was (a replayed page
    restores the state before each step that reads it: `page_program`). False, having
    written nothing, for a cell this does not write."""
    placed = _placed(canvas, cellval, cellstyle, pos, size)
    if placed is None or getattr(placed[0], "_showBoundary", False):
        return False
    paragraph, x, y = placed
    style_operators = []
    if current is not cellstyle:
        if current is None or cellstyle.color != current.color:
            colour = cellstyle.color
            if isinstance(colour, str):  # `setFillColor` converts a colour's name
                colour = _named_colour(colour)
            if not plain_colour(colour, 1):
                return False
            style_operators.append(fill_operator(colour, canvas._doc))
        if _font_changes(current, cellstyle) and not dynamic_font(cellstyle.fontname):
            return False  # its setFont writes operators
    drawn = paragraph_operators(paragraph, canvas, 1)
    if drawn is None:
        return False
    # The style's fill and font, saveState, translate, the paragraph, restoreState.
    canvas._code += [*style_operators, "q", f"{fp_str(1, 0, 0, 1, x, y)} cm", *drawn, "Q"]
    return True


@lru_cache(maxsize=64)
def _named_colour(name: str) -> Any:
    return toColor(name)


def _font_changes(current: Any, cellstyle: Any) -> bool:
    return bool(
        current is None
        or cellstyle.leading != current.leading
        or cellstyle.fontname != current.fontname
        or cellstyle.fontsize != current.fontsize
    )


def _placed(
    canvas: Any, cellval: Any, cellstyle: Any, pos: Any, size: Any
) -> tuple[CellParagraph, float, float] | None:
    """The cell's one paragraph, wrapped, and where `Table._drawCell` draws it; None for
    any other cell."""
    if isinstance(cellval, (list, tuple)):
        if len(cellval) != 1:
            return None
        cellval = cellval[0]
    if type(cellval) is not CellParagraph or cellstyle.alignment not in _JUSTIFIED:
        return None
    colpos, rowpos = pos
    colwidth, rowheight = size
    available = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
    if available < 0 or cellstyle.href or cellstyle.destination:
        return None
    # `_listCellGeom` of one flowable
    width, height = cellval.wrapOn(
        canvas, available, rowheight - cellstyle.topPadding - cellstyle.bottomPadding
    )
    before, after = cellval.getSpaceBefore(), cellval.getSpaceAfter()
    total = 0 + (height + after + before)
    used = total - before - after
    valign = cellstyle.valign
    if valign == "TOP":
        y = rowpos + rowheight - cellstyle.topPadding
    elif valign == "BOTTOM":
        y = rowpos + cellstyle.bottomPadding + used
    else:
        y = rowpos + (rowheight + cellstyle.bottomPadding - cellstyle.topPadding + used) / 2.0
    y += cellval.getSpaceBefore()
    just = cellstyle.alignment
    if just == "LEFT":
        x = colpos + cellstyle.leftPadding
    elif just == "RIGHT":
        x = colpos + colwidth - cellstyle.rightPadding - width
    else:
        x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - width) / 2.0
    y -= cellval.getSpaceBefore()
    y -= height
    return cellval, x, y


def _draw_on(paragraph: CellParagraph, canvas: Any, x: float, y: float) -> None:
    """`paragraph.drawOn(canvas, x, y)`."""
    if getattr(paragraph, "_showBoundary", False):
        paragraph.drawOn(canvas, x, y)
        return
    canvas.saveState()
    canvas.translate(x, y)
    paragraph.canv = canvas
    paragraph.draw()
    del paragraph.canv
    canvas.restoreState()
