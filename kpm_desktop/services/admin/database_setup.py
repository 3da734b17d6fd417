"""Opening the database the app and the CLI work on: migrate, then report what happened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.domain.errors import DatabaseUnavailableError, UserText
from kpm_desktop.private_files import exposed_files
from kpm_desktop.services.audit_trail.seals import adopt_existing_records
from kpm_desktop.storage.database import Database, configure_records, database_url, sqlite_path
from kpm_desktop.storage.migrate import is_known_revision, migrate, read_schema_status
from kpm_desktop.storage.staff_queries import count_staff
from kpm_desktop.storage.user_repository import count_users


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    backup: Path | None
    is_empty: bool  # no staff yet
    offers_demo: bool  # a local file with no staff and no users: the demo may be chosen


def exposure_warning(database: Database) -> UserText | None:
    """A warning when other users of the computer may read the database file (POSIX)."""
    path = database.file_path
    exposed = [] if path is None else exposed_files(path)
    if not exposed:
        return None
    return UserText(
        "{path} can be read by other users of this computer (mode {mode}), and it holds "
        "personal data and password hashes. Fix: {fix}",
        path=exposed[0].path,
        mode=f"{exposed[0].mode:04o}",
        fix="; ".join(item.fix for item in exposed),
    )


def demo_accounts_warning(names: list[str]) -> UserText | None:
    """A warning while demo accounts, whose password is published, can sign in."""
    if not names:
        return None
    return UserText(
        "Demo accounts can sign in with the password published in the README: {names}. "
        "Remove them before real use (kpm user remove-demo, or File > Remove demo accounts).",
        names=", ".join(names),
    )


def open_database(target: str | Path) -> OpenedDatabase:
    """Open (creating if needed) and migrate the database at a path or URL."""
    database = Database(database_url(target))
    try:
        backup = migrate(database)
        adopt_existing_records(database)
        with database.unit_of_work() as uow:
            staff_count = count_staff(uow.session)
            user_count = count_users(uow.session)
        configure_records()
    except BaseException:
        database.dispose()
        raise
    return OpenedDatabase(
        database,
        backup,
        is_empty=not staff_count,
        offers_demo=database.file_path is not None and not staff_count and not user_count,
    )


def check_connection(target: str) -> UserText:
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
        return UserText("{path} does not exist yet; KPM Desktop will create it.", path=path)
    status = read_schema_status(url)
    if status.current is None:
        if status.table_count:
            raise DatabaseUnavailableError(
                "The database holds {table_count} tables but no KPM Desktop schema; choose an "
                "empty database or a KPM Desktop one",
                table_count=status.table_count,
            )
        return UserText("Connected. The database is empty; KPM Desktop will set it up.")
    if not is_known_revision(status.current):
        raise DatabaseUnavailableError(
            "The database was created by a newer KPM Desktop (schema {current}); please update the "
            "application",
            current=status.current,
        )
    if status.current == status.head:
        return UserText(
            "Connected. The database is up to date (schema {current}).", current=status.current
        )
    return UserText(
        "Connected. The database will be upgraded from schema {current} to {head} when it "
        "is opened.",
        current=status.current,
        head=status.head,
    )
