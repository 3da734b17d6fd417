"""Backup, restore and the daily backup of the SQLite database."""

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.admin import backup as backup_module
from kpm_desktop.services.admin.backup import BackupService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DealRecord, StaffRecord

pytestmark = pytest.mark.sqlite_only


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 10, 8, 9, 30)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def service(demo_database: Database, tmp_path: Path, clock: _Clock) -> BackupService:
    return BackupService(demo_database, tmp_path / "backups", now=clock)


def _deal_count(database: Database) -> int:
    with database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(DealRecord)) or 0


def _deal_count_in_file(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM deals").fetchone()[0])


def _files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_backup_is_consistent_while_a_change_is_in_progress(
    service: BackupService, demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.unit_of_work() as uow:
        uow.session.execute(delete(DealRecord))
        uow.session.flush()  # the deletion is written but not committed
        copy = service.backup_to(tmp_path / "copy.sqlite3")
    assert _deal_count_in_file(copy) == 1500
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(tmp_path.glob("*.partial"))


def test_backup_refuses_the_database_itself_and_a_missing_folder(
    service: BackupService, demo_database: Database, tmp_path: Path
) -> None:
    assert demo_database.file_path is not None
    with pytest.raises(ValidationError, match="is the database itself"):
        service.backup_to(demo_database.file_path)
    with pytest.raises(ValidationError, match="does not exist"):
        service.backup_to(tmp_path / "nowhere" / "copy.sqlite3")


def test_postgresql_is_refused_with_a_pointer_to_pg_dump(tmp_path: Path) -> None:
    office = Database("postgresql+psycopg://kpm@/kpm?host=/nonexistent")
    service = BackupService(office, tmp_path / "backups")
    assert not service.is_available
    with pytest.raises(ValidationError, match="pg_dump"):
        service.backup_to(tmp_path / "copy.sqlite3")
    with pytest.raises(ValidationError, match="pg_dump"):
        service.restore_from(tmp_path / "copy.sqlite3")
    assert service.daily_backup() is None
    office.dispose()


def test_restore_brings_the_backup_back_and_keeps_the_replaced_data(
    service: BackupService, demo_database: Database, tmp_path: Path
) -> None:
    copy = service.backup_to(tmp_path / "copy.sqlite3")
    with demo_database.unit_of_work() as uow:
        uow.session.execute(delete(DealRecord).where(DealRecord.status == "lost"))
        uow.commit()
    changed = _deal_count(demo_database)
    assert changed < 1500

    result = service.restore_from(copy)

    assert _deal_count(demo_database) == 1500  # the same Database object sees the restore
    assert _deal_count_in_file(result.safety_backup) == changed
    assert result.safety_backup.parent == service.backups_dir
    assert demo_database.check_integrity() == []
    assert demo_database.file_path is not None
    leftovers = [p for p in demo_database.file_path.parent.iterdir() if "restoring" in p.name]
    assert leftovers == []


def _make_newer(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\x5a" * (4096 * 3)
    path.write_bytes(bytes(data))


def _drop_schema_version(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE alembic_version")


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda p: p.write_text("姓名,部门\n张三,销售一部\n"), "not a SQLite file"),
        (lambda p: p.write_bytes(b""), "not a SQLite file"),
        (_make_newer, "newer KPM Desktop"),
        (_damage, "damaged"),
        (_drop_schema_version, "not a KPM Desktop database"),
    ],
    ids=["text-file", "empty-file", "newer-schema", "damaged", "foreign-sqlite"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    service: BackupService, demo_database: Database, tmp_path: Path, spoil, message: str
) -> None:
    candidate = service.backup_to(tmp_path / "candidate.sqlite3")
    spoil(candidate)
    assert demo_database.file_path is not None
    files_before = _files_in(demo_database.file_path.parent)

    with pytest.raises(ValidationError, match=message) as raised:
        service.restore_from(candidate)

    assert str(candidate) in str(raised.value)
    assert _deal_count(demo_database) == 1500
    assert _files_in(demo_database.file_path.parent) == files_before
    assert not service.backups_dir.exists()  # refused before any copy was made


def test_a_restore_failing_midway_loses_nothing(
    service: BackupService, demo_database: Database, tmp_path: Path, monkeypatch
) -> None:
    copy = service.backup_to(tmp_path / "copy.sqlite3")
    with demo_database.unit_of_work() as uow:
        uow.session.add(StaffRecord(employee_no="E90001", name="李新", department_id=1))
        uow.commit()

    def disk_full(source: Path, destination: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "overwrite_database", disk_full)
    with pytest.raises(ValidationError, match="was not changed") as raised:
        service.restore_from(copy)

    with demo_database.unit_of_work() as uow:
        names = set(uow.session.scalars(select(StaffRecord.name)))
    assert "李新" in names
    safety = service.backups_dir / "kpm-before-restore-2026-10-08-093000.sqlite3"
    assert str(safety) in str(raised.value)
    with sqlite3.connect(safety) as connection:
        assert connection.execute("SELECT name FROM staff WHERE employee_no = 'E90001'").fetchone()


def test_daily_backup_runs_once_a_day_and_keeps_the_newest(
    demo_database: Database, tmp_path: Path, clock: _Clock
) -> None:
    service = BackupService(demo_database, tmp_path / "backups", keep_daily=3, now=clock)
    first = service.daily_backup()
    assert first is not None and first.name == "kpm-daily-2026-10-08.sqlite3"
    assert _deal_count_in_file(first) == 1500
    assert service.daily_backup() is None  # second start the same day
    (service.backups_dir / "kpm-before-restore-2026-10-01-080000.sqlite3").write_bytes(b"x")
    for _ in range(4):
        clock.now += timedelta(days=1)
        assert service.daily_backup() is not None
    assert [p.name for p in service.daily_backups()] == [
        "kpm-daily-2026-10-10.sqlite3",
        "kpm-daily-2026-10-11.sqlite3",
        "kpm-daily-2026-10-12.sqlite3",
    ]
    assert (service.backups_dir / "kpm-before-restore-2026-10-01-080000.sqlite3").exists()


def test_a_backup_opens_as_a_kpm_database(service: BackupService, tmp_path: Path) -> None:
    copy = service.backup_to(tmp_path / "copy.sqlite3")
    opened = open_database(copy)
    assert not opened.is_empty and opened.backup is None
    opened.database.dispose()
