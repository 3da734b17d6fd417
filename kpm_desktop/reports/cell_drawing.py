"""A table cell of one sheet paragraph drawn without reportlab's general cell code.

Most cells a sheet draws itself (names, scores, comments: some 40 a sheet, replayed or
not) hold one `CellParagraph`. `Table._drawCell` handles any list of flowables or text:
for one paragraph it measures it through `_listCellGeom`, places it, and draws it with
`Flowable.drawOn`. `draw_paragraph_cell` makes the same calls on the canvas, in the same
order, with the same arithmetic, for that one case only: anything else (several
flowables, text, a link, a width reportlab would refuse or warn about) is left to
reportlab before anything is drawn. tests/reports/test_cell_drawing.py compares the
operators with reportlab's.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table

from kpm_desktop.reports.paragraphs import CellParagraph

_JUSTIFIED = ("LEFT", "RIGHT", "CENTRE", "CENTER")


def draw_paragraph_cell(table: Table, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> bool:
    """`table._drawCell(cellval, cellstyle, pos, size)` for a cell of one `CellParagraph`;
    False, having drawn nothing, for any other cell."""
    if isinstance(cellval, (list, tuple)):
        if len(cellval) != 1:
            return False
        cellval = cellval[0]
    if type(cellval) is not CellParagraph or cellstyle.alignment not in _JUSTIFIED:
        return False
    colpos, rowpos = pos
    colwidth, rowheight = size
    available = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
    if available < 0 or cellstyle.href or cellstyle.destination:
        return False
    canvas = table.canv
    if table._curcellstyle is not cellstyle:
        current = table._curcellstyle
        if current is None or cellstyle.color != current.color:
            canvas.setFillColor(cellstyle.color)
        if (
            current is None
            or cellstyle.leading != current.leading
            or cellstyle.fontname != current.fontname
            or cellstyle.fontsize != current.fontsize
        ):
            canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        table._curcellstyle = cellstyle
    # `_listCellGeom` of one flowable
    width, height = cellval.wrapOn(
        getattr(table, "canv", None),
        available,
        rowheight - cellstyle.topPadding - cellstyle.bottomPadding,
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
    _draw_on(cellval, canvas, x, y)
    return True


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
