"""The settings dialog's "Test connection": says what opening would do, changes nothing."""

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from kpm_desktop.domain.errors import DatabaseUnavailableError
from kpm_desktop.services.admin.database_setup import check_connection
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.migrate import head_revision


def test_an_up_to_date_database(database: Database) -> None:
    assert str(check_connection(database.url)) == (
        f"Connected. The database is up to date (schema {head_revision()})."
    )


def test_an_empty_database_is_left_empty(new_database_target) -> None:
    target = new_database_target()
    message = str(check_connection(target))
    if "://" in target:
        assert message == "Connected. The database is empty; KPM Desktop will set it up."
        engine = create_engine(target)
        assert inspect(engine).get_table_names() == []
        engine.dispose()
    else:
        assert message == f"{target} does not exist yet; KPM Desktop will create it."
        assert not Path(target).exists()


def test_a_newer_schema_is_refused(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseUnavailableError, match="newer KPM Desktop"):
        check_connection(database.url)


def test_a_foreign_database_is_refused(new_database_target) -> None:
    target = new_database_target()
    url = target if "://" in target else f"sqlite:///{target}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    engine.dispose()
    with pytest.raises(DatabaseUnavailableError, match="1 tables but no KPM Desktop schema"):
        check_connection(target)


def test_an_unreachable_server_is_reported(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://kpm:secret@/kpm?host={tmp_path}&port=5999"
    with pytest.raises(DatabaseUnavailableError, match="Cannot connect to") as raised:
        check_connection(url)
    assert "secret" not in str(raised.value)


@pytest.mark.sqlite_only
def test_a_missing_folder_and_a_text_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="does not exist"):
        check_connection(str(tmp_path / "no" / "kpm.sqlite3"))
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database")
    with pytest.raises(DatabaseUnavailableError, match="not SQLite"):
        check_connection(str(notes))
