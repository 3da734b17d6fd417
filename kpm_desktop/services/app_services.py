"""The services the GUI is given, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.services.table_browser import build_table_browsers
from kpm_desktop.services.table_spec import CrmTableBrowsers
from kpm_desktop.storage.database import Database


@dataclass(frozen=True)
class AppServices:
    database_location: str
    tables: CrmTableBrowsers


def build_services(database: Database) -> AppServices:
    return AppServices(
        database_location=str(database.file_path or database.url),
        tables=build_table_browsers(database),
    )
