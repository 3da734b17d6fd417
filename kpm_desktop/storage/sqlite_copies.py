"""Copies of SQLite database files: consistent backups and checks of a file to restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kpm_desktop.private_files import create_private_file


def write_consistent_copy(source: Path, destination: Path) -> None:
    """Copy a database through SQLite's online backup API (consistent while it is in use).

    The copy is switched to a rollback journal so it is one self-contained file that opens
    read-only anywhere; a new destination is created 0600. Raises `sqlite3.Error` or
    `OSError`.
    """
    create_private_file(destination)
    uri = f"file:{quote(str(source))}?mode=ro"
    with (
        closing(sqlite3.connect(uri, uri=True)) as src,
        closing(sqlite3.connect(destination)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")


def overwrite_database(source: Path, destination: Path) -> None:
    """Replace the content of `destination` with `source` in one transaction.

    The backup API writes through `destination`'s own journal: an error midway leaves it as
    it was, and the WAL files of the live database stay consistent.
    """
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(destination)) as dst:
        dst.execute("PRAGMA busy_timeout=5000")
        src.backup(dst)


@dataclass(frozen=True)
class SqliteFileFacts:
    integrity_problems: list[str]
    has_schema_table: bool
    schema_revision: str | None


def inspect_database_file(path: Path) -> SqliteFileFacts:
    """Integrity and Alembic schema revision of a database file. Raises `sqlite3.Error`."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        problems = [str(row[0]) for row in rows]
        if problems == ["ok"]:
            problems = []
        has_table = (
            connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            is not None
        )
        revision = None
        if has_table:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
    return SqliteFileFacts(problems, has_table, revision)


def read_chain_head(path: Path) -> tuple[str, int, str] | None:
    """(database id, last entry, last hash) of a database file; None for a file from
    before database identities. Raises `sqlite3.Error`."""
    with closing(sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)) as connection:
        try:
            identity = connection.execute(
                "SELECT database_id FROM database_identity WHERE id = 1"
            ).fetchone()
            head = connection.execute(
                "SELECT last_entry_id, last_hash FROM audit_head WHERE id = 1"
            ).fetchone()
        except sqlite3.OperationalError:  # no such table: an older schema
            return None
    if identity is None or head is None:
        return None
    return str(identity[0]), int(head[0]), str(head[1])
