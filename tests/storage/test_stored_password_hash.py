"""The early read of a stored password hash: read-only, and None for anything unexpected."""

import sqlite3
from pathlib import Path

import pytest

from kpm_desktop.storage.database import Database
from kpm_desktop.storage.stored_password_hash import stored_password_hash
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit

pytestmark = pytest.mark.sqlite_only


def _users_file(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE users (username TEXT, password_hash TEXT)")
        connection.execute("INSERT INTO users VALUES ('hr', '$argon2id$stored')")
    connection.close()
    return path


def test_the_stored_hash_of_a_migrated_database(database: Database) -> None:
    auth, _ = auth_and_audit(database)
    auth.create_first_admin(ADMIN_PASSWORD, "hr")
    path = database.file_path
    assert path is not None
    stored = stored_password_hash(path, "hr")
    assert stored is not None and stored.startswith("$argon2id$")
    assert stored_password_hash(path, "nobody") is None


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    assert stored_password_hash(path, "hr") is None
    assert not path.exists()


def test_a_file_without_users_or_not_a_database_gives_none(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert stored_password_hash(empty, "hr") is None
    assert stored_password_hash(garbage, "hr") is None


def test_a_locked_file_is_not_waited_for(tmp_path: Path) -> None:
    path = _users_file(tmp_path / "locked.sqlite3")
    assert stored_password_hash(path, "hr") == "$argon2id$stored"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        assert stored_password_hash(path, "hr") is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_nothing_is_written(tmp_path: Path) -> None:
    path = _users_file(tmp_path / "kept.sqlite3")
    before = path.read_bytes()
    stored_password_hash(path, "hr")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.sqlite3"]
