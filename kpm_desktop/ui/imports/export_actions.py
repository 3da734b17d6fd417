"""Export and import actions for the File menu and the tables' context menus.

`export_table(parent, service, actor, kind)` is the one call a table's context menu needs.
The actions appear only for a user whose role may import or export; the services check
the role again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog, QWidget

from kpm_desktop.domain.access import Actor
from kpm_desktop.ui.common.background_job import Job, JobControl
from kpm_desktop.ui.common.i18n import format_integer
from kpm_desktop.ui.common.vocabulary import data_kind_label
from kpm_desktop.ui.imports.import_ports import (
    ExportServiceLike,
    ImportServiceLike,
    ProfileServiceLike,
)
from kpm_desktop.ui.imports.import_profiles_dialog import ImportProfilesDialog
from kpm_desktop.ui.imports.import_wizard import ImportWizard


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


class ExportRun(QObject):
    """One export as a background `Job`, with a progress dialog that can hide the wait."""

    done = Signal(int)  # rows written
    failed = Signal(str)

    def __init__(
        self,
        service: ExportServiceLike,
        actor: Actor,
        kind: str,
        path: Path,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.dialog = QProgressDialog(
            _tr("Exporting {0}...").format(service.title(kind)), _tr("Hide"), 0, 0, parent
        )
        self.dialog.setMinimumDuration(300)

        def export(control: JobControl) -> int:
            return service.export(
                actor, kind, path, progress=lambda rows: control.progress(rows, 0, _written(rows))
            )

        self.job = Job(self, export, name=f"export {kind}")
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self.dialog.reset)

    def start(self) -> None:
        self.job.start()

    def _progressed(self, _rows: int, _total: int, text: str) -> None:
        self.dialog.setLabelText(text)

    def _finished(self, rows: int) -> None:
        self.done.emit(rows)

    def _failed(self, message: str, _error: object) -> None:
        self.failed.emit(message)


def _written(rows: int) -> str:
    return _tr("{0} rows written").format(format_integer(rows))


def choose_export_file(parent: QWidget | None, title: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Export {0}").format(title),
        f"{title}.xlsx",
        _tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    return Path(chosen) if chosen else None


def start_export(
    parent: QWidget | None, service: ExportServiceLike, actor: Actor, kind: str, path: Path
) -> ExportRun:
    """Export without asking for a file (tests and scripted use); tells the user the result."""
    run = ExportRun(service, actor, kind, path, parent)
    run.done.connect(
        lambda rows: _status(parent, _tr("{0} rows exported to {1}").format(rows, path))
    )
    run.failed.connect(lambda message: QMessageBox.warning(parent, _tr("Export"), message))
    run.start()
    return run


def export_table(
    parent: QWidget | None, service: ExportServiceLike, actor: Actor, kind: str
) -> ExportRun | None:
    """Ask for a file, then export the table of `kind` (e.g. "customers") to it."""
    path = choose_export_file(parent, service.title(kind))
    return start_export(parent, service, actor, kind, path) if path is not None else None


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10_000)


def add_file_menu_actions(
    window: QMainWindow,
    menu: QMenu,
    imports: ImportServiceLike,
    exports: ExportServiceLike,
    actor: Actor,
) -> None:
    """File > Import... and File > Export > (each table), for the roles allowed them."""
    if imports.can_import(actor):
        _add_import_action(window, menu, imports, actor)
        profiles_action = menu.addAction(_tr("Import &profiles..."))
        profiles_action.triggered.connect(
            lambda _checked=False: _open_profiles(window, imports.profiles, actor)
        )
    if exports.can_export(actor):
        export_menu = menu.addMenu(_tr("&Export"))
        for kind in exports.kinds:
            action = export_menu.addAction(data_kind_label(kind) + "...")
            action.triggered.connect(
                lambda _checked=False, k=kind: export_table(window, exports, actor, k)
            )


def _open_profiles(
    window: QMainWindow, profiles: ProfileServiceLike, actor: Actor
) -> ImportProfilesDialog:
    dialog = ImportProfilesDialog(profiles, actor, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _add_import_action(
    window: QMainWindow, menu: QMenu, imports: ImportServiceLike, actor: Actor
) -> None:
    import_action = menu.addAction(_tr("&Import..."))

    def open_wizard() -> Any:
        wizard = ImportWizard(imports, actor, window)
        wizard.imported.connect(
            lambda report: _status(
                window,
                _tr("{0}: {1} inserted, {2} updated, {3} unchanged").format(
                    report.file, report.inserted, report.updated, report.unchanged
                ),
            )
        )
        wizard.open()
        return wizard

    import_action.triggered.connect(open_wizard)
