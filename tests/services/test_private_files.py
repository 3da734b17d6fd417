"""Files with personal data are 0600 in 0700 folders (POSIX), written whole or not at all:
the database and its WAL/SHM, backups, CSV/XLSX exports and PDFs."""

import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from kpm_desktop.private_files import (
    exposed_files,
    partial_path,
    private_output,
    write_partial,
    write_private_bytes,
)
from kpm_desktop.reports.batch import BatchOptions, render_combined, render_to_folder
from kpm_desktop.services.admin.backup import BackupService
from kpm_desktop.services.admin.database_setup import exposure_warning, open_database
from kpm_desktop.services.imports.export_files import write_csv, write_xlsx
from tests.reports.sample_sheets import supervisor_sheet

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(os.name != "posix", reason="POSIX file modes"),
]


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The usual umask, under which a plainly created file would be 0644."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_wal_and_shm_are_private(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "kpm.sqlite3")
    try:
        with opened.database.unit_of_work() as uow:
            uow.session.execute(text("CREATE TABLE scratch (x INTEGER)"))
            uow.commit()
        files = sorted(tmp_path.glob("kpm.sqlite3*"))
        assert [f.name for f in files] == ["kpm.sqlite3", "kpm.sqlite3-shm", "kpm.sqlite3-wal"]
        assert {f.name: _mode(f) for f in files} == dict.fromkeys((f.name for f in files), 0o600)
        assert exposure_warning(opened.database) is None
    finally:
        opened.database.dispose()


def test_a_readable_database_is_reported_with_the_fix(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "kpm.sqlite3")
    try:
        (tmp_path / "kpm.sqlite3").chmod(0o644)
        warning = exposure_warning(opened.database)
        assert warning is not None
        assert str(warning).startswith(f"{tmp_path / 'kpm.sqlite3'} can be read by other users")
        assert f"Fix: chmod 600 '{tmp_path / 'kpm.sqlite3'}'" in str(warning)
    finally:
        opened.database.dispose()
    assert [e.mode for e in exposed_files(tmp_path / "kpm.sqlite3")] == [0o644]


def test_backups_are_private_in_a_private_folder(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "kpm.sqlite3")
    try:
        service = BackupService(opened.database, tmp_path / "data" / "backups")
        daily = service.daily_backup()
        chosen = service.backup_to(tmp_path / "copy.sqlite3")
    finally:
        opened.database.dispose()
    assert daily is not None and _mode(daily) == 0o600 and _mode(daily.parent) == 0o700
    assert _mode(chosen) == 0o600


def test_exports_and_pdfs_are_private(tmp_path: Path) -> None:
    csv_file, xlsx_file = tmp_path / "out" / "staff.csv", tmp_path / "staff.xlsx"
    write_csv(csv_file, ["name"], [["王伟"]])
    write_xlsx(xlsx_file, ["name"], [["王伟"]], "staff")
    sheets = [supervisor_sheet()]
    folder = render_to_folder(sheets, tmp_path / "sheets").written
    combined = render_combined(sheets, tmp_path / "all.pdf").written
    for path in (csv_file, xlsx_file, *folder, *combined):
        assert _mode(path) == 0o600, path
    assert _mode(csv_file.parent) == 0o700 and _mode(tmp_path / "sheets") == 0o700
    assert csv_file.read_text(encoding="utf-8-sig").splitlines() == ["name", "王伟"]


def test_a_failed_write_leaves_neither_a_partial_nor_a_final_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    with pytest.raises(RuntimeError), private_output(target) as partial:
        partial.write_bytes(b"%PDF-1.7 half")
        raise RuntimeError("killed midway")
    assert list(tmp_path.iterdir()) == []
    write_private_bytes(target, b"%PDF-1.7 whole")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_folder_of_sheets_is_synced_once_not_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), fsync(fd))[1])
    sheets = [replace(supervisor_sheet(), employee_no=f"E{i:05d}") for i in range(3)]
    written = render_to_folder(sheets, tmp_path / "sheets").written
    assert len(set(written)) == 3 and len(synced) == 1  # the folder's entries
    assert all(_mode(path) == 0o600 for path in written)


def test_sheets_written_by_the_pool_workers_are_private_and_whole(tmp_path: Path) -> None:
    sheets = [replace(supervisor_sheet(), employee_no=f"E{i:05d}") for i in range(6)]
    written = render_to_folder(sheets, tmp_path / "sheets", BatchOptions(workers=2)).written
    assert sorted((tmp_path / "sheets").iterdir()) == sorted(written)  # no temporary file
    assert all(_mode(path) == 0o600 and path.read_bytes().startswith(b"%PDF") for path in written)


def test_a_partial_file_is_private_hidden_beside_its_file_and_never_an_existing_one(
    tmp_path: Path,
) -> None:
    target = tmp_path / "sheet.pdf"
    partial = write_partial(target, b"%PDF-1.7 whole", "a1b2")
    assert partial == partial_path(target, "a1b2") == tmp_path / ".sheet.pdf.a1b2.partial"
    assert _mode(partial) == 0o600 and partial.read_bytes() == b"%PDF-1.7 whole"
    assert not target.exists()
    with pytest.raises(FileExistsError):
        write_partial(target, b"%PDF-1.7 other", "a1b2")
    assert partial.read_bytes() == b"%PDF-1.7 whole"
