"""Opening the database the app and the CLI work on: migrate, then report what happened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from kpm_desktop.storage.database import Database, database_url
from kpm_desktop.storage.migrate import migrate
from kpm_desktop.storage.records import StaffRecord


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    backup: Path | None
    is_empty: bool


def open_database(target: str | Path) -> OpenedDatabase:
    """Open (creating if needed) and migrate the database at a path or URL."""
    database = Database(database_url(target))
    try:
        backup = migrate(database)
        with database.unit_of_work() as uow:
            staff_count = uow.session.scalar(select(func.count()).select_from(StaffRecord))
    except BaseException:
        database.dispose()
        raise
    return OpenedDatabase(database, backup, is_empty=not staff_count)
