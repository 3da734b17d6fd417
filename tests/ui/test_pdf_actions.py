"""Printing and opening PDFs from the UI, without appraisal records."""

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.ui.common.fonts import ensure_cjk_font, register_shipped_font, system_has_cjk_font
from kpm_desktop.ui.sheets.pdf_actions import open_pdf, print_pdf, print_pdf_to
from tests.reports.sample_sheets import supervisor_sheet
from tests.ui.url_catcher import UrlCatcher


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)
    return printer


def test_print_pdf_to_a_pdf_printer(qapp, tmp_path: Path) -> None:
    sheet_pdf = EvaluationSheetRenderer().render(supervisor_sheet())
    pages = len(PdfReader(BytesIO(sheet_pdf)).pages)
    out = tmp_path / "printed.pdf"
    assert print_pdf_to(_pdf_printer(out), sheet_pdf) == pages
    printed = PdfReader(out)
    assert len(printed.pages) == pages
    # Each printed page carries the rasterised sheet as an image.
    assert all(page.images for page in printed.pages)


def test_landscape_sheet_prints_landscape(qapp, tmp_path: Path) -> None:
    out = tmp_path / "landscape.pdf"
    print_pdf_to(_pdf_printer(out), EvaluationSheetRenderer().render(supervisor_sheet(), True))
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_print_dialog_is_non_blocking(qtbot, tmp_path: Path) -> None:
    dialog = print_pdf(EvaluationSheetRenderer().render(supervisor_sheet()), None)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()  # returned at once: the caller's event loop keeps running
    out = tmp_path / "dialog.pdf"
    dialog.printer().setOutputFileName(str(out))
    dialog.reject()
    assert not dialog.isVisible() and not out.exists()


def test_open_pdf_asks_the_system_viewer(qapp, tmp_path: Path) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        path = tmp_path / "张三.pdf"
        path.write_bytes(b"%PDF-1.4")
        assert open_pdf(path)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [str(path)]


def test_shipped_font_registers_with_qt(qapp) -> None:
    assert register_shipped_font().startswith("WenQuanYi Micro Hei")
    if system_has_cjk_font():
        assert ensure_cjk_font() is None
