"""The one read start-up makes before SQLAlchemy is imported: a user's stored password hash,
read from a SQLite file with the standard library's sqlite3 module, read-only.

For the early password check (services/admin/early_password_check.py) only: anything
unexpected (no file, no users table, no such user, a locked or damaged file) gives None and
the caller goes without it. The database is never written nor created; of a WAL database
SQLite makes the -wal and -shm companions as for any reader (with the database file's own
mode), which the app's connection opened next uses anyway.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


def stored_password_hash(path: Path, username: str) -> str | None:
    """The password hash stored for `username` in the SQLite file at `path`, or None."""
    if not path.is_file():
        return None
    try:
        # mode=ro: never creates nor writes; timeout 0: a locked file is not waited for.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error as exc:
        log.debug("No early read of %s: %s", path, exc)
        return None
    try:
        row = connection.execute(
            "SELECT password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
    except sqlite3.Error as exc:
        log.debug("No early read of %s: %s", path, exc)
        return None
    finally:
        connection.close()
    return row[0] if row is not None and isinstance(row[0], str) else None
