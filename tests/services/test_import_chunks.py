"""An import reads, checks and writes a file chunk by chunk (services/imports/import_service.py):
clean chunks column by column, the others row by row. Across chunk boundaries the errors
name the right row and column, duplicates are found, and nothing is written when one row
is wrong. The chunks are made small here so that a few rows span several of them."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.imports import import_service
from kpm_desktop.services.imports.import_service import ImportRejected, ImportService
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord
from tests.access_helpers import HR_ADMIN
from tests.services.import_helpers import write_csv

CHUNK = 4
HEADER = ["客户编号", "客户名称", "负责人工号", "创建日期", "电话", "邮箱"]


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_service, "CHUNK", CHUNK)


def _rows(count: int) -> list[list[str]]:
    return [
        [f"K{i:04d}", f"客户{i}", "E00002", f"2026-07-{i % 28 + 1:02d}", f"1380000{i:04d}",
         f"k{i}@example.cn"]
        for i in range(count)
    ]  # fmt: skip


def _customers(database: Database) -> dict[str, tuple[object, ...]]:
    with database.unit_of_work() as uow:
        rows = uow.session.execute(
            select(
                CustomerRecord.code,
                CustomerRecord.name,
                CustomerRecord.owner_id,
                CustomerRecord.created_on,
                CustomerRecord.phone,
                CustomerRecord.email,
            ).where(CustomerRecord.code.like("K%"))
        )
        return {row[0]: tuple(row[1:]) for row in rows}


def _count(database: Database) -> int:
    with database.unit_of_work() as uow:
        statement = select(func.count()).select_from(CustomerRecord)
        return int(uow.session.scalar(statement.where(CustomerRecord.code.like("K%"))) or 0)


def _errors(report: import_service.ImportReport) -> list[tuple[int, str, str, str]]:
    return [(e.row, e.column, e.value, str(e.reason)) for e in report.errors]


def test_a_file_of_several_chunks_is_written_whole(demo_database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADER, *_rows(3 * CHUNK + 1)])
    report = ImportService(demo_database).import_file(HR_ADMIN, path, "customers")
    assert (report.rows, report.inserted) == (3 * CHUNK + 1, 3 * CHUNK + 1)
    stored = _customers(demo_database)
    assert len(stored) == 3 * CHUNK + 1
    name, owner, created, phone, email = stored["K0005"]
    assert (name, str(created), phone, email) == (
        "客户5",
        "2026-07-06",
        "13800000005",
        "k5@example.cn",
    )
    assert owner is not None


def test_an_error_on_the_first_row_of_the_second_chunk_is_named_and_nothing_is_written(
    demo_database: Database, tmp_path: Path
) -> None:
    rows = _rows(2 * CHUNK)
    rows[CHUNK][3] = "2026-02-30"  # file row CHUNK + 2: the header is row 1
    path = write_csv(tmp_path / "c.csv", [HEADER, *rows])
    with pytest.raises(ImportRejected) as rejected:
        ImportService(demo_database).import_file(HR_ADMIN, path, "customers")
    [(row, column, value, reason)] = _errors(rejected.value.report)
    assert (row, column, value) == (CHUNK + 2, "创建日期", "2026-02-30")
    assert reason.startswith("bad date")
    assert _count(demo_database) == 0


def test_an_error_in_the_last_chunk_keeps_the_clean_chunks_before_it_out(
    demo_database: Database, tmp_path: Path
) -> None:
    rows = _rows(2 * CHUNK + 2)
    rows[-1][2] = "E99999"
    path = write_csv(tmp_path / "c.csv", [HEADER, *rows])
    with pytest.raises(ImportRejected) as rejected:
        ImportService(demo_database).import_file(HR_ADMIN, path, "customers")
    assert _errors(rejected.value.report) == [
        (2 * CHUNK + 3, "负责人工号", "E99999", "unknown employee no.")
    ]
    assert _count(demo_database) == 0


def test_duplicates_across_chunks_name_the_first_row(
    demo_database: Database, tmp_path: Path
) -> None:
    rows = _rows(3 * CHUNK)
    rows[CHUNK + 1][0] = rows[1][0]  # the second chunk repeats a key of the first
    rows[2 * CHUNK][0] = rows[2 * CHUNK - 1][0]  # the third one's first row, the second's last
    path = write_csv(tmp_path / "c.csv", [HEADER, *rows])
    service = ImportService(demo_database)
    checked = service.check(HR_ADMIN, path, "customers")
    expected = [
        (CHUNK + 3, "客户编号", "K0001", "duplicate key: also in row 3"),
        (2 * CHUNK + 2, "客户编号", "K0007", f"duplicate key: also in row {2 * CHUNK + 1}"),
    ]
    assert _errors(checked) == expected
    with pytest.raises(ImportRejected) as rejected:
        service.import_file(HR_ADMIN, path, "customers")
    assert _errors(rejected.value.report) == expected
    assert _count(demo_database) == 0


def test_reimport_across_chunks_updates_and_counts(demo_database: Database, tmp_path: Path) -> None:
    service = ImportService(demo_database)
    rows = _rows(2 * CHUNK)
    service.import_file(HR_ADMIN, write_csv(tmp_path / "a.csv", [HEADER, *rows]), "customers")
    rows[CHUNK + 1][1] = "改名客户"
    rows.append(["K9999", "新客户", "", "2026-08-01", "", ""])
    again = service.import_file(
        HR_ADMIN, write_csv(tmp_path / "b.csv", [HEADER, *rows]), "customers"
    )
    assert (again.inserted, again.updated, again.unchanged) == (1, 1, 2 * CHUNK - 1)
    stored = _customers(demo_database)
    assert stored[f"K{CHUNK + 1:04d}"][0] == "改名客户"
    assert stored["K9999"][1:] == (None, stored["K9999"][2], "", "")


def test_a_broken_csv_row_after_some_chunks_is_named(
    demo_database: Database, tmp_path: Path
) -> None:
    rows = _rows(3 * CHUNK)
    broken = 2 * CHUNK + 2  # a row of the third chunk
    rows[broken - 2].append("x" * 200_000)  # over the csv module's field limit
    path = write_csv(tmp_path / "c.csv", [[*HEADER, "备注"], *rows])
    with pytest.raises(ValidationError, match=f"c.csv, row {broken}: broken CSV"):
        ImportService(demo_database).import_file(HR_ADMIN, path, "customers")
    assert _count(demo_database) == 0
