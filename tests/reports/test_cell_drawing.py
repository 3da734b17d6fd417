"""A cell of one sheet paragraph drawn by `cell_drawing` writes reportlab's operators."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

import pytest
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from kpm_desktop.reports import cell_drawing, template_forms
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.styles import SheetStyles
from kpm_desktop.reports.template_forms import SheetTable

_TEXTS = ("谭杰", "欧阳明月，评语：客户回访率 95.5%（良好），跟进及时", "<b>总分</b>：71")


def _table(valign: str, align: str) -> SheetTable:
    styles = SheetStyles.for_font(register_sheet_font())
    spaced = ParagraphStyle("spaced", parent=styles.cell, spaceBefore=3.3, spaceAfter=1.7)
    cells = [
        [CellParagraph(text, style) for text in _TEXTS]
        for style in (styles.cell, styles.cell_center, spaced)
    ]
    cells.append(
        [[CellParagraph("一个", styles.cell)], "纯文本", Paragraph("别的段落", styles.cell)]
    )
    table = SheetTable(cells, colWidths=[40, 90, 55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("ALIGN", (0, 0), (-1, -1), align),
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, 8, 10.5),
                ("TEXTCOLOR", (1, 0), (1, -1), "#5A6270"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4.5),
                ("TOPPADDING", (0, 1), (-1, 1), 7),
            ]
        )
    )
    return table


def _drawn(valign: str, align: str) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, invariant=True, pageCompression=0)
    table = _table(valign, align)
    table.wrapOn(canvas, 400, 800)
    table.drawOn(canvas, 30, 200)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("align", ["LEFT", "CENTRE", "RIGHT"])
def test_a_paragraph_cell_is_drawn_as_reportlab_draws_it(
    valign: str, align: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[object] = []
    direct = cell_drawing.draw_paragraph_cell

    def counted(table: SheetTable, cellval: object, *args: object) -> bool:
        done = direct(table, cellval, *args)
        if done:
            drawn.append(cellval)
        return done

    monkeypatch.setattr(template_forms, "draw_paragraph_cell", counted)
    ours = _drawn(valign, align)
    assert len(drawn) == 10  # the nine paragraphs and the one in a list; not the others
    monkeypatch.setattr(template_forms, "draw_paragraph_cell", lambda *_: False)
    assert ours == _drawn(valign, align)


def _cells(
    table: SheetTable,
) -> list[tuple[object, object, tuple[float, float], tuple[float, float]]]:
    """Each cell of the laid-out table with its style, position and size, as `Table._drawCell`
    gets them (the table at the origin)."""
    cells = []
    for row in range(table._nrows):
        for col in range(table._ncols):
            pos = (table._colpositions[col], table._rowpositions[row + 1])
            size = (table._colWidths[col], table._rowHeights[row])
            cells.append((table._cellvalues[row][col], table._cellStyles[row][col], pos, size))
    return cells


def _operators(
    draw: Callable[[SheetTable, Canvas, object, tuple[object, ...]], object],
    valign: str,
    align: str,
) -> tuple[list[list[str]], dict[int, int]]:
    """What drawing each cell writes after each other cell style (none, the same, another)
    on a fresh canvas each time, and the text codes the document assigned."""
    canvas = Canvas(BytesIO(), invariant=True, pageCompression=0)
    table = _table(valign, align)
    table.wrapOn(canvas, 400, 800)
    cells = _cells(table)
    written = []
    for cellval, cellstyle, pos, size in cells:
        for current in (None, cellstyle, cells[0][1], cells[4][1]):
            canvas._code = []
            draw(table, canvas, current, (cellval, cellstyle, pos, size))
            written.append(canvas._code)
    font = pdfmetrics.getFont(register_sheet_font())
    return written, dict(font.state[canvas._doc].assignments)


def _by_reportlab(
    table: SheetTable, canvas: Canvas, current: object, cell: tuple[object, ...]
) -> None:
    canvas.saveState()  # what drawing leaves set is not the next cell's state
    canvas._code.clear()
    table.canv, table._curcellstyle = canvas, current
    Table._drawCell(table, *cell)
    del table.canv
    drawn = list(canvas._code)
    canvas.restoreState()
    canvas._code[:] = drawn


def _written(table: SheetTable, canvas: Canvas, current: object, cell: tuple[object, ...]) -> None:
    state = (canvas._fillColorObj, canvas._fontname, canvas._fontsize, len(canvas.state_stack))
    if not cell_drawing.write_paragraph_cell(canvas, current, *cell):
        _by_reportlab(table, canvas, current, cell)
    assert (
        canvas._fillColorObj,
        canvas._fontname,
        canvas._fontsize,
        len(canvas.state_stack),
    ) == state


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("align", ["LEFT", "CENTRE", "RIGHT"])
def test_a_paragraph_cell_is_written_as_reportlab_draws_it(
    valign: str, align: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`write_paragraph_cell`: reportlab's operators and text codes, after any cell style,
    without changing the canvas's state; other cells are left to reportlab."""
    written: list[object] = []
    direct = cell_drawing.write_paragraph_cell

    def counted(canvas: Canvas, current: object, cellval: object, *args: object) -> bool:
        done = direct(canvas, current, cellval, *args)
        if done:
            written.append(cellval)
        return done

    monkeypatch.setattr(cell_drawing, "write_paragraph_cell", counted)
    assert _operators(_written, valign, align) == _operators(_by_reportlab, valign, align)
    assert len(written) == 10 * 4


def test_a_cell_style_colour_with_another_alpha_is_left_to_reportlab() -> None:
    canvas = Canvas(BytesIO())
    table = _table("TOP", "LEFT")
    table.wrapOn(canvas, 400, 800)
    cellval, cellstyle, pos, size = _cells(table)[0]
    cellstyle.color = Color(0.1, 0.2, 0.3, alpha=0.5)
    assert not cell_drawing.write_paragraph_cell(canvas, None, cellval, cellstyle, pos, size)
    assert canvas._code == []
