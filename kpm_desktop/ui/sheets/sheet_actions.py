"""What the appraisal form does with its evaluation sheet: print it, open it in the system
viewer, save it (signed when a certificate is set), with the staff member's chart page
after it when the sheet settings say so."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError, UserText
from kpm_desktop.private_files import make_private_dir, write_private_bytes
from kpm_desktop.services.sheets.sheet_views import SheetExport, SheetSigning, StageProgress
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.sheets.pdf_actions import open_pdf, print_pdf
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings, with_signing


class SheetPort(Protocol):
    def pdf(
        self,
        actor: Actor,
        appraisal_id: int,
        landscape: bool = False,
        sign: SheetSigning | None = None,
        company: str = ...,
        chart_page: bool = False,
    ) -> bytes: ...

    def cycle_pdfs(
        self,
        actor: Actor,
        period: str,
        *,
        out_dir: Path | None = None,
        combined_path: Path | None = None,
        appraisal_ids: Sequence[int] | None = None,
        company: str = ...,
        landscape: bool = False,
        sign: SheetSigning | None = None,
        progress: StageProgress | None = None,
        cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
        chart_page: bool = False,
    ) -> SheetExport: ...


def viewer_folder() -> Path:
    """Where "Open PDF" puts sheets for the system viewer (it needs a file)."""
    folder = Path(tempfile.gettempdir()) / "kpm-desktop-sheets"
    make_private_dir(folder)
    return folder


class SheetActions(QObject):
    """Print / open / save one appraisal's sheet; errors go to `failed`, files to `saved`."""

    failed = Signal(str)
    saved = Signal(str)  # the path written
    opened = Signal(str)

    def __init__(
        self,
        sheets: SheetPort,
        settings: SheetSettings,
        actor: Actor,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._sheets = sheets
        self._settings = settings
        self._actor = actor
        self._parent = parent

    def _pdf(self, appraisal_id: int, sign: SheetSigning | None = None) -> bytes | None:
        try:
            return self._sheets.pdf(
                self._actor,
                appraisal_id,
                sign=sign,
                company=self._settings.company,
                chart_page=self._settings.chart_page,
            )
        except KpmUserError as exc:
            self.failed.emit(user_message(exc))
            return None

    def print_sheet(self, appraisal_id: int) -> QPrintDialog | None:
        """The print dialog, shown non-blocking; the sheet prints when it is accepted."""
        pdf = self._pdf(appraisal_id)
        return None if pdf is None else print_pdf(pdf, self._parent)

    def open_sheet(self, appraisal_id: int, file_name: str) -> Path | None:
        pdf = self._pdf(appraisal_id)
        if pdf is None:
            return None
        path = viewer_folder() / file_name
        try:
            write_private_bytes(path, pdf)
        except OSError as exc:
            self.failed.emit(_cannot_write(path, exc))
            return None
        if not open_pdf(path):
            self.failed.emit(self.tr("No PDF viewer opened %1").replace("%1", str(path)))
        self.opened.emit(str(path))
        return path

    def save_sheet(self, appraisal_id: int, file_name: str) -> QFileDialog:
        """A non-blocking save dialog; the sheet is written (signed if set up) on accept."""
        dialog = QFileDialog(self._parent, self.tr("Save evaluation sheet"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(file_name)
        dialog.fileSelected.connect(lambda path: self.save_to(appraisal_id, Path(path)))
        dialog.open()
        return dialog

    def save_to(self, appraisal_id: int, path: Path) -> None:
        def write(sign: SheetSigning | None) -> None:
            pdf = self._pdf(appraisal_id, sign)
            if pdf is None:
                return
            try:
                write_private_bytes(path, pdf)
            except OSError as exc:
                self.failed.emit(_cannot_write(path, exc))
                return
            self.saved.emit(str(path))

        with_signing(self._parent, self._settings, write)


def _cannot_write(path: Path, exc: OSError) -> str:
    """The message for a sheet that could not be written (the system's reason as it words it)."""
    return user_message(UserText("{path}: cannot write: {reason}", path=path, reason=exc.strerror))
