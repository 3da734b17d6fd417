"""Print a rendered PDF through Qt's print support, and open a PDF in the system viewer.

pyside6-essentials has no QtPdf, so pages are rasterised with PDFium (pypdfium2) at the
printer's resolution and painted onto the QPrinter, centred and scaled to the paper.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kpm_desktop.ui.common.crash_dialog import show_user_error

# Above 300 dpi a raster costs memory and spool time without a visible gain.
MAX_PRINT_DPI = 300


def print_pdf_to(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of `pdf` onto `printer`; returns the number of pages printed."""
    document = pdfium.PdfDocument(pdf)
    try:
        if len(document) == 0:
            return 0
        width, height = document[0].get_size()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(f"the printer '{printer.printerName()}' cannot be opened")
        try:
            for index in range(len(document)):
                if index:
                    printer.newPage()
                _paint_page(painter, printer, document[index], dpi)
        finally:
            painter.end()
        return len(document)
    finally:
        document.close()


def _paint_page(painter: QPainter, printer: QPrinter, page: pdfium.PdfPage, dpi: int) -> None:
    bitmap = page.render(
        scale=dpi / 72, rev_byteorder=True, force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA
    )
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBA8888
    )
    target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    target.moveTo(0, 0)
    scale = min(target.width() / image.width(), target.height() / image.height())
    size_w, size_h = image.width() * scale, image.height() * scale
    painter.drawImage(
        QRectF((target.width() - size_w) / 2, (target.height() - size_h) / 2, size_w, size_h),
        image,
    )


def print_pdf(pdf: bytes, parent: QWidget | None) -> QPrintDialog:
    """Show the print dialog (non-blocking); the PDF prints when the user accepts."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfActions", "Print evaluation sheet"))
    dialog.accepted.connect(lambda: _print_accepted(printer, pdf, parent))
    # QPrintDialog.open() in PySide6 wants a receiver; QDialog's plain open() is the same
    # window-modal, non-blocking show.
    QDialog.open(dialog)
    return dialog


def _print_accepted(printer: QPrinter, pdf: bytes, parent: QWidget | None) -> None:
    try:
        print_pdf_to(printer, pdf)
    except OSError as exc:
        show_user_error(parent, QCoreApplication.translate("PdfActions", "Cannot print"), str(exc))


def open_pdf(path: Path) -> bool:
    """Open the file with the system's PDF viewer; False when no viewer took it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
