"""The schema revision a database holds, read without Alembic.

Opening a database whose schema is current is the common case at every start; it needs no
migration, so it must not pay for importing Alembic (and Mako). `HEAD_REVISION` is the
newest revision in migrations/versions/; tests/storage/test_schema_version.py checks it
against Alembic's own head, so a new migration fails the tests until it is updated here.
Importing this module imports no SQLAlchemy (storage/early_reads.py reads `HEAD_REVISION`
before it is imported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # light to import: start-up's early read compares with HEAD_REVISION
    from kpm_desktop.storage.sessions import Connection

HEAD_REVISION = "0021"
VERSION_TABLE = "alembic_version"  # Alembic's default, as env.py leaves it


def stored_revision(connection: Connection) -> str | None:
    """The one revision recorded in the database; None when it has no KPM Desktop schema
    yet, or not exactly one revision (Alembic then says what is wrong)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def is_current(connection: Connection) -> bool:
    """True when the database holds the newest schema: nothing to migrate."""
    return stored_revision(connection) == HEAD_REVISION
