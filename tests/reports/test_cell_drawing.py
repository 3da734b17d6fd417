"""A cell of one sheet paragraph drawn by `cell_drawing` writes reportlab's operators."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, TableStyle

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
