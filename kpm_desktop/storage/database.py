"""Opening a database: URL resolution, engine set-up, sessions and the unit of work."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, configure_mappers, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kpm_desktop.domain.errors import DatabaseUnavailableError
from kpm_desktop.private_files import create_private_file
from kpm_desktop.storage.data_version import watch_kpi_sources
from kpm_desktop.storage.versioning import conflict_error, remember_versioned_writes


def database_url(target: str | Path) -> str:
    """Turn a file path or a SQLAlchemy URL into a URL."""
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseUnavailableError(
                "'{text}' is not a database URL: {exc}", text=text, exc=exc
            ) from exc
        if url.drivername in ("postgresql", "postgres"):
            # The plain scheme would ask for psycopg2; psycopg 3 is the driver we ship.
            return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_database_engine(url: str) -> Engine:
    """One engine per process. SQLite gets foreign keys, WAL and a busy timeout; every
    committed write to a KPI source bumps the data version (`storage/data_version.py`)."""
    path = sqlite_path(url)
    if path is not None:
        if not path.parent.exists():
            raise DatabaseUnavailableError(
                "Cannot open database {path}: folder {parent} does not exist",
                path=path,
                parent=path.parent,
            )
        if path.exists() and not path.is_file():
            raise DatabaseUnavailableError(
                "Cannot open database {path}: it is not a file", path=path
            )
        create_private_file(path)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite_connection)
    watch_kpi_sources(engine)
    return engine


def configure_records() -> None:
    """Set up the record classes imported so far (SQLAlchemy's mapper configuration, about
    10 ms, which the first query would otherwise do). `open_database` calls it, so the
    first query on another thread, the sign-in's beside the start-up's imports, does
    not pay it there while both threads want the GIL."""
    configure_mappers()


class UnitOfWork:
    """A session for one piece of work. Repositories never commit; this does."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._after_commit: dict[str, Callable[[], None]] = {}

    def after_commit(self, key: str, callback: Callable[[], None]) -> None:
        """Run `callback` once the next commit succeeds; a later call with the same key
        replaces it (the audit trail anchors only the last entry of a transaction)."""
        self._after_commit[key] = callback

    def commit(self) -> None:
        """Commit; a row another user changed meanwhile raises `ConflictError`."""
        try:
            self.session.commit()
        except StaleDataError as exc:
            raise conflict_error(self.session) from exc
        callbacks, self._after_commit = list(self._after_commit.values()), {}
        for callback in callbacks:
            callback()

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise conflict_error(self.session) from exc

    def rollback(self) -> None:
        self.session.rollback()
        self._after_commit = {}


class Database:
    """An open database: the engine and the factory of units of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_database_engine(url)
        self._sessions = _session_factory(self.engine)

    @property
    def file_path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        """The file, or the URL with any password masked: fit to show."""
        path = self.file_path
        return str(path) if path is not None else make_url(self.url).render_as_string()

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Yield a unit of work; anything not committed is rolled back on exit."""
        session = self._sessions()
        try:
            yield UnitOfWork(session)
        except StaleDataError as exc:
            # An autoflush (before a query) met a row another user changed meanwhile.
            conflict = conflict_error(session)
            session.rollback()
            raise conflict from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection in a transaction, committed at the end (bulk writes in Core)."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def all_or_nothing(self) -> Iterator[Database]:
        """This database as seen inside one transaction: every unit of work and every
        `transaction()` opened on the yielded view joins it, their commits only mark
        progress, and the whole is committed when the block ends (rolled back on error,
        and never committed when the process dies midway)."""
        with self.engine.connect() as connection, connection.begin():
            yield _JoinedDatabase(self, connection)

    def check_integrity(self) -> list[str]:
        """PRAGMA integrity_check on SQLite; an empty list means the file is sound."""
        if self.engine.dialect.name != "sqlite":
            return []
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems = [str(row[0]) for row in rows]
        return [] if problems == ["ok"] else problems

    def dispose(self) -> None:
        self.engine.dispose()


def _session_factory(bind: Engine | Connection, **options: Any) -> sessionmaker[Session]:
    sessions = sessionmaker(bind, expire_on_commit=False, **options)
    event.listen(sessions, "before_flush", remember_versioned_writes)
    return sessions


class _JoinedDatabase(Database):
    """A `Database` whose work all happens in one open transaction of one connection."""

    def __init__(self, outer: Database, connection: Connection) -> None:
        self.url = outer.url
        self.engine = outer.engine
        self._connection = connection
        # "rollback_only": a session's commit leaves the outer transaction open.
        self._sessions = _session_factory(connection, join_transaction_mode="rollback_only")

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        yield self._connection

    @contextmanager
    def all_or_nothing(self) -> Iterator[Database]:
        yield self

    def dispose(self) -> None:
        """The outer database owns the engine."""


def is_sqlite_file(path: Path) -> bool:
    """True when the file starts with SQLite's header (or is empty)."""
    with path.open("rb") as handle:
        header = handle.read(16)
    return header in (b"", b"SQLite format 3\x00")


def backup_sqlite_file(source: Path, destination: Path) -> None:
    """A consistent copy through SQLite's online backup API (safe while in use), 0600."""
    create_private_file(destination)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(destination)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
