"""The services the GUI is given, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.storage.database import Database


@dataclass(frozen=True)
class AppServices:
    database_location: str
    kpis: KpiService


def build_services(database: Database) -> AppServices:
    return AppServices(
        database_location=str(database.file_path or database.url),
        kpis=KpiService(database),
    )
