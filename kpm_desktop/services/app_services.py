"""The services the GUI is given, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.config import data_dir
from kpm_desktop.services.backup import BackupService
from kpm_desktop.storage.database import Database


@dataclass(frozen=True)
class AppServices:
    database_location: str
    backup: BackupService


def build_services(database: Database, *, backups_dir: Path | None = None) -> AppServices:
    return AppServices(
        database_location=database.location,
        backup=BackupService(database, backups_dir or data_dir() / "backups"),
    )
