"""Saving a selection's comparison from the Selections page: the XLSX workbook, or the
PDF sheet, signed when the sheet settings name a certificate (its password asked once per
session first), as evaluation sheets are. The file dialog is opened with `open()`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError, UserText
from kpm_desktop.private_files import write_private_bytes
from kpm_desktop.services.sheets.sheet_views import SheetSigning
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.selections.selection_ports import SelectionOutputPort
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings, with_signing


class ComparisonExport(QObject):
    """`saved` carries the message to show once written, `failed` a refusal."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        outputs: SelectionOutputPort,
        actor: Actor,
        sheet_settings: SheetSettings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._outputs, self._actor, self._settings, self._parent = (
            outputs,
            actor,
            sheet_settings,
            parent,
        )
        self.dialog: QFileDialog | None = None

    def save_as(self, name: str, kind: str) -> QFileDialog:
        dialog = QFileDialog(self._parent, self.tr("Save the comparison"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(
            self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        )
        dialog.setDefaultSuffix(kind)
        dialog.selectFile(f"{name}.{kind}")
        dialog.fileSelected.connect(lambda path: self.save_to(name, kind, Path(path)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, name: str, kind: str, path: Path) -> None:
        if kind == "pdf":
            with_signing(self._parent, self._settings, lambda sign: self._write(name, path, sign))
        else:
            self._write(name, path, None, xlsx=True)

    def _write(
        self, name: str, path: Path, sign: SheetSigning | None, *, xlsx: bool = False
    ) -> None:
        company = self._settings.company
        try:
            if xlsx:
                data = self._outputs.xlsx(self._actor, name, company)
            else:
                data = self._outputs.pdf(self._actor, name, company, sign)
            write_private_bytes(path, data)
        except KpmUserError as exc:
            self.failed.emit(user_message(exc))
            return
        except OSError as exc:
            problem = UserText("{path}: cannot write: {reason}", path=path, reason=exc.strerror)
            self.failed.emit(user_message(problem))
            return
        self.saved.emit(self.tr("Saved %1").replace("%1", str(path)))
