"""What every page carries besides the flowables, drawn in a second pass once the page
count is known: running header, footer with id / revision / SHA-256 and its QR code, the
audit chain head at print time, "第 x 页 / 共 y 页", and the DRAFT watermark on sheets
that are not finalized.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import rtlSupport

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.reports import styles as st
from kpm_desktop.reports.fingerprint import SelectionFingerprint, SheetFingerprint
from kpm_desktop.reports.font_subsets import assign_first
from kpm_desktop.reports.page_dictionary import written_directly
from kpm_desktop.reports.page_program import PageRecorder
from kpm_desktop.reports.paragraph_drawing import formatted_text
from kpm_desktop.reports.qr_matrix import qr_modules
from kpm_desktop.reports.template_forms import FormsDictionary, TemplateForms

WATERMARK_TEXT = "草稿 DRAFT"
STATE_TEXTS = {
    AppraisalState.DRAFT: "草稿",
    AppraisalState.SUBMITTED: "已提交",
    AppraisalState.REVIEWED: "已审核",
    AppraisalState.FINALIZED: "已定稿",
    AppraisalState.ACKNOWLEDGED: "已确认",
    AppraisalState.SUPERSEDED: "已作废",
}
_FOOTER_STATE = re.compile(r"考评编号\s*\d+\s*修订\s*\d+\s*(\S+)")
_LEGACY_DRAFT = "草稿（未定稿）"
_QR_FORM = "kpm-sheet-qr"
# Any of the eight mask patterns is valid QR; scoring all eight to pick the "best" one
# (what `QRCode.make` does) cost 3 ms a sheet, a tenth of the whole render.
_QR_MASK = 0


@dataclass(frozen=True)
class PageDecor:
    font: str
    running_title: str
    fingerprint: SheetFingerprint | SelectionFingerprint
    draft: bool
    # Texts every sheet of the batch prints: their glyphs go first (see font_subsets).
    shared_texts: tuple[str, ...] = ()
    chain_anchor: ChainAnchor | None = None
    status: str = ""  # the appraisal's state as the footer prints it (已审核, 已确认, …)
    # Draw the template's cells as forms (`template_forms`); sheets printed before did not.
    template_forms: bool = False


def footer_state(text: str) -> AppraisalState | None:
    """The state a page's footer prints; None for the draft / final wording of sheets
    printed before the footer named the state, or for no footer at all."""
    match = _FOOTER_STATE.search(text)
    if match is None or match.group(1).startswith(_LEGACY_DRAFT):
        return None
    printed = match.group(1)
    return next((state for state, shown in STATE_TEXTS.items() if printed.startswith(shown)), None)


def decorated_canvas(
    decor: PageDecor, recorder: PageRecorder | None = None
) -> Callable[..., Canvas]:
    """A reportlab `canvasmaker` that defers page furniture until the page count is known;
    `recorder` records the pages drawn (`page_program`)."""
    return partial(DecoratedCanvas, decor=decor, recorder=recorder)


class DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that draws `decor`'s page furniture on every page when it is saved.

    One class for every document (a class made per document is a garbage cycle of its
    own, which only the collector frees)."""

    def __init__(
        self, *args: Any, decor: PageDecor, recorder: PageRecorder | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._saved_pages: list[dict[str, Any]] = []
        self.page_recorder = recorder
        font = pdfmetrics.getFont(decor.font)
        characters = assign_first(font, self._doc, decor.shared_texts)
        self.template_forms = (
            TemplateForms.for_characters(font, characters) if decor.template_forms else None
        )

    def _setXObjects(self, thing: Any) -> None:
        forms = self._formsinuse
        thing.XObjects = FormsDictionary(tuple(forms)) if forms else None

    def showPage(self) -> None:
        if self.page_recorder is not None:
            self.page_recorder.end_page(self)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            _draw_page_furniture(self, self._decor, number, total)
            super().showPage()
            page = self._doc.Pages.pages[-1]
            _with_page_stream(page)
            written_directly(page)
        super().save()
        # Each saved page's state holds this list: without it the document is no garbage
        # cycle, and is freed when the render drops it, not by the collector.
        self._saved_pages.clear()


class _Base85Bytes(pdfdoc.PDFStreamFilterBase85Encode):  # type: ignore[misc]
    """reportlab's ASCII85 filter giving bytes, not text: reportlab encodes the text a
    character at a time in the PDF's own encoding (`pdfdocEnc`, 2-3 % of a replayed
    sheet), which gives ASCII its ASCII bytes, and ASCII85 writes only ASCII."""

    def encode(self, text: bytes) -> bytes:
        return super().encode(text).encode("ascii")  # type: ignore[no-any-return]


_BASE85_BYTES = _Base85Bytes()


def _with_page_stream(page: pdfdoc.PDFPage) -> None:
    """Give `page` the content stream `PDFPage.check_format` would make, its ASCII85
    text as bytes."""
    if page.Contents or not page.stream or not (page.compression and rl_config.useA85):
        return  # reportlab makes it
    stream = pdfdoc.PDFStream()
    stream.filters = [_BASE85_BYTES, pdfdoc.PDFZCompress]
    stream.content = page.stream
    stream.__Comment__ = "page stream"
    page.Contents = stream


def _draw_page_furniture(canvas: Canvas, decor: PageDecor, page: int, total: int) -> None:
    width, height = canvas._pagesize
    if page > 1:
        _running_header(canvas, decor, width, height)
    _footer(canvas, decor, width, page, total)
    if decor.draft:
        _watermark(canvas, decor, width, height)


def _running_header(canvas: Canvas, decor: PageDecor, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFont(decor.font, 7.5)
    canvas.setFillColor(st.MUTED)
    y = height - st.TOP_MARGIN + 3 * mm
    draw_string(canvas, st.MARGIN, y, decor.running_title)
    canvas.setStrokeColor(st.RULE)
    canvas.setLineWidth(st.INNER_RULE)
    canvas.line(st.MARGIN, y - 1.8 * mm, width - st.MARGIN, y - 1.8 * mm)
    canvas.restoreState()


def _footer(canvas: Canvas, decor: PageDecor, width: float, page: int, total: int) -> None:
    canvas.saveState()
    top = st.BOTTOM_MARGIN - 4 * mm
    canvas.setStrokeColor(st.RULE)
    canvas.setLineWidth(st.INNER_RULE)
    canvas.line(st.MARGIN, top, width - st.MARGIN, top)
    canvas.setFillColor(st.MUTED)
    canvas.setFont(decor.font, 7)
    final = STATE_TEXTS[AppraisalState.FINALIZED]
    status = decor.status or (_LEGACY_DRAFT if decor.draft else final)
    anchor = "" if decor.chain_anchor is None else f"　{decor.chain_anchor.footer_text()}"
    draw_string(
        canvas,
        st.MARGIN,
        top - 4.5 * mm,
        f"{decor.fingerprint.footer_label()}　{status}" + anchor,
    )
    canvas.setFont(decor.font, 6.5)
    draw_string(canvas, st.MARGIN, top - 8.5 * mm, f"内容校验 SHA-256 {decor.fingerprint.sha256}")
    draw_string(
        canvas,
        st.MARGIN,
        top - 12 * mm,
        "核验：kpm verify --pdf 本文件，或扫描右侧二维码",
    )
    canvas.setFillColor(st.INK)
    canvas.setFont(decor.font, 8)
    canvas.drawRightString(
        width - st.MARGIN - st.QR_SIZE - 3 * mm,
        top - 4.5 * mm,
        f"第 {page} 页 / 共 {total} 页",
    )
    _draw_qr(canvas, decor, width - st.MARGIN - st.QR_SIZE, top - st.QR_SIZE - 1 * mm)
    canvas.restoreState()


def draw_string(canvas: Canvas, x: float, y: float, text: str) -> None:
    """`canvas.drawString(x, y, text)` in the canvas's TrueType font: the same text object
    and operators (`paragraph_drawing.formatted_text`), without measuring the text, which
    drawString does for bidirectional text (not supported by this reportlab) and then
    leaves unused."""
    font = pdfmetrics.getFont(canvas._fontname)
    if (
        rtlSupport
        or not font._dynamicFont
        or type(text) is not str
        or type(canvas)._escape is not Canvas._escape
        or type(canvas).beginText is not Canvas.beginText
    ):
        canvas.drawString(x, y, text)
        return
    tx = canvas.beginText(x, y)
    tx._code.append(formatted_text(tx, font, canvas._doc, text) + " T*")  # `textLine`
    canvas.drawText(tx)


def _draw_qr(canvas: Canvas, decor: PageDecor, x: float, y: float) -> None:
    """The QR code is built once per document as a form and placed on every page."""
    if not canvas.hasForm(_QR_FORM):
        canvas.beginForm(_QR_FORM)
        canvas.setFillColor(st.INK)
        canvas.addLiteral(qr_image_mask(decor.fingerprint.text(), st.QR_SIZE))
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(_QR_FORM)
    canvas.restoreState()


_BIT_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def qr_image_mask(payload: str, size: float) -> str:
    """PDF operators painting `payload`'s QR code, `size` points square, in the fill colour.

    One inline 1-bit image mask, a module per sample: exact at any zoom (masks are not
    interpolated), and far cheaper to build and to store than a path of module rectangles.
    """
    matrix = qr_modules(payload, qrencoder.QRErrorCorrectLevel.M, _QR_MASK)
    count = len(matrix)
    row_bytes = (count + 7) // 8
    rows = []
    for modules in matrix:
        bits = int(bytes(map(bool, modules)).translate(_BIT_DIGITS), 2)  # a bit a module
        rows.append((bits << (row_bytes * 8 - count)).to_bytes(row_bytes, "big").hex())
    return (
        f"q {size:.3f} 0 0 {size:.3f} 0 0 cm "
        f"BI /W {count} /H {count} /IM true /BPC 1 /D [1 0] /F /AHx ID\n"
        f"{''.join(rows)}>\nEI Q"
    )


def _watermark(canvas: Canvas, decor: PageDecor, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFillColor(st.WATERMARK)
    canvas.setFillAlpha(0.13)
    canvas.setFont(decor.font, 78)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(40)
    canvas.drawCentredString(0, -26, WATERMARK_TEXT)
    canvas.restoreState()
