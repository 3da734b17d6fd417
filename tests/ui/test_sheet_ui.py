"""Evaluation sheets from the UI: print, open and save from the form, export a cycle with
progress and cancel, and the sheet settings (pytest-qt, no exec())."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from kpm_desktop.reports.fingerprint import read_fingerprint
from kpm_desktop.reports.signing import check_signatures
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.cycles_page import CyclesPage
from kpm_desktop.ui.sheets.sheet_settings import CERTIFICATE_KEY, SheetSettings, SheetSettingsDialog
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World
from tests.reports.certificates import PASSWORD
from tests.reports.certificates import self_signed as _self_signed
from tests.reports.pdf_text import is_chart_page, page_texts
from tests.ui.url_catcher import UrlCatcher


@pytest.fixture
def settings(tmp_path: Path) -> SheetSettings:
    return SheetSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_form(qtbot, world: World, settings: SheetSettings) -> AppraisalFormWidget:
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    form = AppraisalFormWidget(
        world.services.appraisals, world.admin, appraisal_id,
        sheets=world.services.sheets, sheet_settings=settings,
    )  # fmt: skip
    qtbot.addWidget(form)
    form.show()
    return form


def test_print_goes_to_the_printer_the_dialog_gives(qtbot, world, settings, tmp_path: Path):
    form = open_form(qtbot, world, settings)
    assert form.buttons["print"].isEnabled()
    dialog = form.print_sheet()
    assert dialog is not None and dialog.isVisible()  # non-blocking
    out = tmp_path / "printed.pdf"
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    # What accepting the dialog signals; accept() itself would first copy the dialog's
    # choice (offscreen: no system printer) over this PDF printer.
    dialog.accepted.emit(printer)
    dialog.reject()
    printed = PdfReader(out)
    assert len(printed.pages) >= 1 and all(page.images for page in printed.pages)


def test_open_pdf_writes_the_sheet_and_asks_the_viewer(qtbot, world, settings):
    form = open_form(qtbot, world, settings)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        path = form.open_sheet()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert isinstance(path, Path) and path.name == "2026Q3_E00013_任倩_rev1.pdf"
    assert [url.toLocalFile() for url in catcher.urls] == [str(path)]
    assert read_fingerprint(path.read_bytes()).appraisal_id == form.appraisal_id


def test_save_pdf_asks_the_certificate_password_once_and_signs(
    qtbot, world, settings, tmp_path: Path
):
    form = open_form(qtbot, world, settings)
    assert form.sheet_actions is not None
    plain = tmp_path / "plain.pdf"
    with qtbot.waitSignal(form.sheet_actions.saved):
        form.sheet_actions.save_to(form.appraisal_id, plain)
    assert check_signatures(plain.read_bytes(), []) == []
    certificate, root_der = _self_signed(tmp_path)
    settings.set_certificate(certificate, None)
    assert settings.needs_password
    signed = tmp_path / "signed.pdf"
    form.sheet_actions.save_to(form.appraisal_id, signed)
    prompt = next(w for w in form.findChildren(object) if type(w).__name__ == "QInputDialog")
    assert prompt.isVisible() and not signed.exists()
    prompt.setTextValue(PASSWORD)
    with qtbot.waitSignal(form.sheet_actions.saved):
        prompt.accept()
    [check] = check_signatures(signed.read_bytes(), [root_der])
    assert check.intact and check.valid
    assert not settings.needs_password  # kept for the session


def test_settings_keep_the_path_and_never_the_password(qtbot, settings, tmp_path: Path):
    certificate, _ = _self_signed(tmp_path)
    dialog = SheetSettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.company.setText("华东新锐科技有限公司")
    dialog.certificate.setText(str(tmp_path / "missing.p12"))
    dialog.accept()
    assert dialog.isVisible() and "missing.p12" in dialog.error.text()
    dialog.certificate.setText(str(certificate))
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert settings.company == "华东新锐科技有限公司"
    signing = settings.signing()
    assert signing is not None and signing.pkcs12_path == certificate
    raw = settings._settings
    raw.sync()
    assert raw.value(CERTIFICATE_KEY) == str(certificate)
    assert PASSWORD not in (tmp_path / "settings.ini").read_bytes().decode("utf-8", "replace")


def cycles_page(qtbot, world: World, settings: SheetSettings) -> CyclesPage:
    page = CyclesPage(
        world.services.cycles, world.admin, lambda: [], lambda: [],
        sheets=world.services.sheets, sheet_settings=settings,
    )  # fmt: skip
    qtbot.addWidget(page)
    assert page.selected_period() == PERIOD
    return page


def test_export_sheets_runs_to_the_end(qtbot, world, settings, tmp_path: Path):
    page = cycles_page(qtbot, world, settings)
    dialog = page.open_export_dialog()
    assert dialog is not None
    dialog.path.setText(str(tmp_path / "sheets"))
    with qtbot.waitSignal(page.export_finished, timeout=60000) as finished:
        dialog.accept()
    page.wait_for_workers()
    export = finished.args[0]
    assert not export.cancelled and export.sheets == 8
    assert len(list((tmp_path / "sheets").glob("*.pdf"))) == 8
    assert "Exported 8 sheets" in page.report.toPlainText()


def test_export_sheets_cancel(qtbot, world, settings, tmp_path: Path):
    page = cycles_page(qtbot, world, settings)
    with qtbot.waitSignal(page.export_finished, timeout=60000) as finished:
        progress = page.start_export(tmp_path / "all.pdf", True, None)
        assert progress is not None
        progress.findChild(QPushButton).click()  # its Cancel button
    page.wait_for_workers()
    assert finished.args[0].cancelled
    assert not (tmp_path / "all.pdf").exists()
    assert "cancelled" in page.report.toPlainText()


def test_the_form_prints_and_saves_with_the_chart_page_when_ticked(
    qtbot, world, settings, tmp_path: Path
):
    form = open_form(qtbot, world, settings)
    assert form.chart_page is not None and not form.chart_page.isChecked()
    assert form.sheet_actions is not None
    without = tmp_path / "without.pdf"
    with qtbot.waitSignal(form.sheet_actions.saved):
        form.sheet_actions.save_to(form.appraisal_id, without)
    form.chart_page.setChecked(True)
    assert settings.chart_page  # remembered for the next sheet and the next session
    with_charts = tmp_path / "with.pdf"
    with qtbot.waitSignal(form.sheet_actions.saved):
        form.sheet_actions.save_to(form.appraisal_id, with_charts)
    pages = page_texts(with_charts.read_bytes())
    assert pages[:-1] == page_texts(without.read_bytes())
    assert is_chart_page(pages[-1], "任倩")
    again = AppraisalFormWidget(
        world.services.appraisals, world.admin, form.appraisal_id,
        sheets=world.services.sheets, sheet_settings=settings,
    )  # fmt: skip
    qtbot.addWidget(again)
    assert again.chart_page is not None and again.chart_page.isChecked()


def test_export_sheets_with_chart_pages(qtbot, world, settings, tmp_path: Path):
    page = cycles_page(qtbot, world, settings)
    dialog = page.open_export_dialog()
    assert dialog is not None and not dialog.chart_page.isChecked()
    dialog.to_combined.setChecked(True)
    dialog.chart_page.setChecked(True)
    dialog.path.setText(str(tmp_path / "all.pdf"))
    with qtbot.waitSignal(page.export_finished, timeout=60000):
        dialog.accept()
    page.wait_for_workers()
    charts = [
        text for text in page_texts((tmp_path / "all.pdf").read_bytes()) if "绩效图表" in text
    ]
    assert len(charts) == 8
    assert settings.chart_page
    assert page.open_export_dialog().chart_page.isChecked()  # type: ignore[union-attr]
