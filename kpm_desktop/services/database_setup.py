"""Opening the database the app and the CLI work on: migrate, then report what happened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from kpm_desktop.domain.errors import DatabaseUnavailableError
from kpm_desktop.services.seals import adopt_existing_records
from kpm_desktop.storage.database import Database, database_url, sqlite_path
from kpm_desktop.storage.migrate import is_known_revision, migrate, read_schema_status
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
        adopt_existing_records(database)
        with database.unit_of_work() as uow:
            staff_count = uow.session.scalar(select(func.count()).select_from(StaffRecord))
    except BaseException:
        database.dispose()
        raise
    return OpenedDatabase(database, backup, is_empty=not staff_count)


def check_connection(target: str) -> str:
    """Say what opening `target` would do, changing nothing (the settings dialog's test).

    Raises `DatabaseUnavailableError` when it could not be opened.
    """
    url = database_url(target)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not path.parent.is_dir():
            raise DatabaseUnavailableError(
                "Cannot create {path}: folder {parent} does not exist",
                path=path,
                parent=path.parent,
            )
        return f"{path} does not exist yet; KPM Desktop will create it."
    status = read_schema_status(url)
    if status.current is None:
        if status.table_count:
            raise DatabaseUnavailableError(
                "The database holds {table_count} tables but no KPM Desktop schema; choose an "
                "empty database or a KPM Desktop one",
                table_count=status.table_count,
            )
        return "Connected. The database is empty; KPM Desktop will set it up."
    if not is_known_revision(status.current):
        raise DatabaseUnavailableError(
            "The database was created by a newer KPM Desktop (schema {current}); please update the "
            "application",
            current=status.current,
        )
    if status.current == status.head:
        return f"Connected. The database is up to date (schema {status.current})."
    return (
        f"Connected. The database will be upgraded from schema {status.current} "
        f"to {status.head} when it is opened."
    )
