"""The schema revision read without Alembic: the same answer as Alembic, and no Alembic
import when a database on the newest schema is opened."""

import subprocess
import sys

import pytest
from sqlalchemy import text

from kpm_desktop.storage.database import Database, database_url
from kpm_desktop.storage.migrate import current_revision, downgrade_to, head_revision, migrate
from kpm_desktop.storage.schema_version import HEAD_REVISION, is_current, stored_revision


def test_the_head_known_at_build_time_is_alembics_head() -> None:
    assert head_revision() == HEAD_REVISION


def test_stored_revision_agrees_with_alembic(database: Database) -> None:
    with database.engine.connect() as connection:
        assert stored_revision(connection) == current_revision(database) == HEAD_REVISION
        assert is_current(connection)
    downgrade_to(database, "0015")
    with database.engine.connect() as connection:
        assert stored_revision(connection) == current_revision(database) == "0015"
        assert not is_current(connection)
    migrate(database)
    with database.engine.connect() as connection:
        assert is_current(connection)


def test_a_database_without_schema_has_no_revision(new_database_target) -> None:
    database = Database(database_url(new_database_target()))
    with database.engine.connect() as connection:
        assert stored_revision(connection) is None
        assert not is_current(connection)
    database.dispose()


@pytest.mark.sqlite_only
def test_two_revisions_are_left_to_alembic(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO alembic_version VALUES ('0015')"))
    with database.engine.connect() as connection:
        assert stored_revision(connection) is None


@pytest.mark.sqlite_only
def test_opening_a_current_database_imports_no_alembic(database: Database) -> None:
    assert database.file_path is not None
    opening = (
        "import sys\n"
        "from kpm_desktop.services.admin.database_setup import open_database\n"
        f"open_database({str(database.file_path)!r}).database.dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", opening], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
