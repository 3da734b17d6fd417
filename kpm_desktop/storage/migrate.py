"""Schema migrations: back the database up, then upgrade it to the newest revision.

Alembic is imported only when a migration may be needed: a database already on the newest
schema is recognised by `schema_version` alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from kpm_desktop.domain.errors import DatabaseUnavailableError
from kpm_desktop.storage.database import (
    Database,
    backup_sqlite_file,
    is_sqlite_file,
    sqlite_path,
)
from kpm_desktop.storage.schema_version import is_current

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def is_known_revision(revision: str) -> bool:
    """False for a schema written by a newer KPM Desktop than this one."""
    return revision in _known_revisions()


def backup_path_for(db_file: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return db_file.with_name(f"{db_file.stem}.backup-{stamp}{db_file.suffix}")


def _check_openable(database: Database) -> None:
    path = database.file_path
    if path is not None and path.exists() and not is_sqlite_file(path):
        raise DatabaseUnavailableError(
            "{path} is not a KPM Desktop database (not SQLite)", path=path
        )


def migrate(database: Database) -> Path | None:
    """Upgrade to the newest schema. Returns the backup made first, if one was needed.

    A database written by a newer KPM Desktop is refused rather than touched.
    """
    _check_openable(database)
    try:
        with database.engine.connect() as connection:
            if is_current(connection):
                return None
        current = current_revision(database)
        head = head_revision()
        if current == head:
            return None
        if current is not None and current not in _known_revisions():
            raise DatabaseUnavailableError(
                "The database was created by a newer KPM Desktop (schema {current}); please update "
                "the application",
                current=current,
            )
        backup = _backup_before_migration(database)
        _run_alembic(database, "upgrade", "head")
        return backup
    except OperationalError as exc:
        raise _operational_error(database, exc) from exc
    except DatabaseError as exc:
        raise DatabaseUnavailableError(
            "The database {database} is damaged or not a database: {reason}",
            database=database.file_path or database.url,
            reason=exc.orig,
        ) from exc


def _run_alembic(database: Database, direction: str, revision: str) -> None:
    """Run the migrations in one transaction. On SQLite with foreign keys off, as Alembic
    advises for its table copies (0019 copies `users`, which other tables refer to), and
    checked before the commit: a migration leaving a dangling reference is rolled back."""
    from alembic import command

    sqlite = database.engine.dialect.name == "sqlite"
    with database.engine.connect() as connection:
        if sqlite:  # SQLite takes this pragma only outside a transaction
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config = _alembic_config()
                config.attributes["connection"] = connection
                getattr(command, direction)(config, revision)
                if sqlite:
                    _refuse_dangling(connection)
        finally:
            if sqlite:  # the pooled connection goes back with foreign keys on
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def _refuse_dangling(connection: Connection) -> None:
    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if dangling:
        problem = Exception(f"references to missing rows: {[tuple(r) for r in dangling[:5]]}")
        raise DatabaseError("PRAGMA foreign_key_check", None, problem)


def _backup_before_migration(database: Database) -> Path | None:
    path = database.file_path
    if path is None or not path.exists() or not inspect(database.engine).get_table_names():
        return None
    destination = backup_path_for(path)
    backup_sqlite_file(path, destination)
    return destination


def _operational_error(database: Database, exc: OperationalError) -> DatabaseUnavailableError:
    where = database.file_path or database.url
    reason = str(exc.orig)
    if "locked" in reason:
        return DatabaseUnavailableError(
            "The database {database} is locked by another program; close it and try again",
            database=where,
        )
    if "unable to open" in reason:
        return DatabaseUnavailableError(
            "Cannot open the database {database}: check the path and its permissions",
            database=where,
        )
    return DatabaseUnavailableError(
        "Cannot use the database {database}: {reason}", database=where, reason=reason
    )


def downgrade_to(database: Database, revision: str) -> None:
    """Used by tests and by support staff rolling back a schema change."""
    _run_alembic(database, "downgrade", revision)


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None  # None: no KPM Desktop schema yet
    head: str
    table_count: int


def read_schema_status(url: str) -> SchemaStatus:
    """Connect and read the schema revision without writing anything (SQLite read-only).

    Raises `DatabaseUnavailableError` when the database cannot be reached or read.
    """
    path = sqlite_path(url)
    if path is not None:
        if not is_sqlite_file(path):
            raise DatabaseUnavailableError(
                "{path} is not a KPM Desktop database (not SQLite)", path=path
            )
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    else:
        connect_args = {"connect_timeout": 10} if url.startswith("postgresql") else {}
        engine = create_engine(url, connect_args=connect_args)
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            tables = inspect(connection).get_table_names()
    except OperationalError as exc:
        raise DatabaseUnavailableError(
            "Cannot connect to {url}: {reason}", url=_shown(url), reason=exc.orig
        ) from exc
    except DatabaseError as exc:
        raise DatabaseUnavailableError(
            "The database {url} is damaged or not a database: {reason}",
            url=_shown(url),
            reason=exc.orig,
        ) from exc
    finally:
        engine.dispose()
    return SchemaStatus(current, head_revision(), len(tables))


def _shown(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string()
