from pathlib import Path

from kpm_desktop.storage.database import Database, database_url


def test_a_plain_postgresql_url_uses_psycopg_3() -> None:
    url = database_url("postgresql://hr:密码@db.office.lan:5432/kpm")
    assert url == "postgresql+psycopg://hr:%E5%AF%86%E7%A0%81@db.office.lan:5432/kpm"
    assert database_url("postgresql+psycopg://hr@db/kpm") == "postgresql+psycopg://hr@db/kpm"


def test_a_path_becomes_an_absolute_sqlite_url(tmp_path: Path) -> None:
    assert database_url(tmp_path / "kpm.sqlite3") == f"sqlite:///{tmp_path / 'kpm.sqlite3'}"


def test_the_shown_location_hides_the_password() -> None:
    database = Database(database_url("postgresql://hr:secret@db.office.lan/kpm"))
    assert database.location == "postgresql+psycopg://hr:***@db.office.lan/kpm"
    database.dispose()
