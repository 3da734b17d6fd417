"""The services the GUI is given, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.services.export_service import ExportService
from kpm_desktop.services.import_service import ImportService
from kpm_desktop.storage.database import Database


@dataclass(frozen=True)
class AppServices:
    database_location: str
    imports: ImportService
    exports: ExportService


def build_services(database: Database) -> AppServices:
    return AppServices(
        database_location=str(database.file_path or database.url),
        imports=ImportService(database),
        exports=ExportService(database),
    )
