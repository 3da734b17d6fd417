"""Migrations upgrade an empty database, downgrade it again, and agree with the models."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from kpm_desktop.domain.errors import DatabaseUnavailableError
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.storage.crm_search_schema import compared_with_models
from kpm_desktop.storage.database import Database, database_url
from kpm_desktop.storage.migrate import current_revision, downgrade_to, head_revision, migrate
from kpm_desktop.storage.records import Base


def test_upgrade_creates_every_table_and_downgrade_removes_them(new_database_target) -> None:
    database = Database(database_url(new_database_target()))
    assert migrate(database) is None  # nothing to back up in a new database
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    downgrade_to(database, "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    migrate(database)
    assert current_revision(database) == head_revision()
    database.dispose()


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": compared_with_models}
        )
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.sqlite_only
def test_foreign_keys_and_wal_are_on(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.sqlite_only
def test_database_is_backed_up_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = Database(database_url(path))
    migrate(database)
    downgrade_to(database, "base")  # an old schema: only alembic's bookkeeping table
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE user_notes (text VARCHAR)")
        connection.exec_driver_sql("INSERT INTO user_notes VALUES ('keep me')")
    database.dispose()
    opened = open_database(path)
    opened.database.dispose()
    assert opened.backup is not None
    assert opened.backup.name.startswith("old.backup-")
    with sqlite3.connect(opened.backup) as copy:
        assert copy.execute("SELECT text FROM user_notes").fetchall() == [("keep me",)]
        assert "staff" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}


def test_newer_schema_is_refused(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseUnavailableError, match="newer KPM Desktop"):
        open_database(database.url)


@pytest.mark.sqlite_only
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("this is a text file, not a database")
    with pytest.raises(DatabaseUnavailableError, match="not SQLite"):
        open_database(path)


@pytest.mark.sqlite_only
def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="does not exist"):
        open_database(tmp_path / "no" / "such" / "kpm.sqlite3")


@pytest.mark.sqlite_only
def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    open_database(path).database.dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailableError):
        open_database(path)
