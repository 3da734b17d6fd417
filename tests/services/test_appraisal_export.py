"""Appraisal results export: one row per revision, with the stored total and grade."""

import csv
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kpm_desktop.storage.appraisal_records import AppraisalRecord
from kpm_desktop.storage.database import Database
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World, build_world


def _finished_world(demo_database: Database) -> tuple[World, int]:
    world = build_world(demo_database)
    world.services.cycles.bulk_create(world.admin, PERIOD)
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    return world, appraisal_id


def test_appraisal_results_export_to_csv_and_xlsx(demo_database: Database, tmp_path: Path):
    world, _ = _finished_world(demo_database)
    exports = world.services.exports
    assert "appraisals" in exports.kinds
    count = exports.export(world.admin, "appraisals", tmp_path / "results.csv")
    assert count == 8
    with (tmp_path / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    finished = [r for r in rows if r["员工编号"] == "E00013"]
    assert len(finished) == 1
    row = finished[0]
    assert (row["考核周期"], row["姓名"], row["状态"]) == (PERIOD, "任倩", "finalized")
    assert (row["总分"], row["等级"]) == ("82.68", "良好")
    assert all(r["总分"] == "" for r in rows if r["状态"] == "draft")

    exports.export(world.admin, "appraisals", tmp_path / "results.xlsx")
    sheet = load_workbook(tmp_path / "results.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:4] == ("考核周期", "员工编号", "姓名", "部门")
    totals = [r[8] for r in values[1:] if r[1] == "E00013"]
    assert [float(t) for t in totals] == [82.68]  # a typed number cell, not text


@pytest.fixture
def process_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock runs at UTC-5 (a POSIX TZ rule: no time zone files needed),
    while the office (the database's setting) is in Asia/Shanghai."""
    monkeypatch.setenv("TZ", "EST+5")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_finalization_time_is_the_office_clock_time_to_the_second(
    demo_database: Database, tmp_path: Path, process_in_new_york: None
) -> None:
    world, appraisal_id = _finished_world(demo_database)
    with demo_database.unit_of_work() as uow:
        stored = uow.session.get(AppraisalRecord, appraisal_id).finalized_at  # naive UTC
    local = (stored + timedelta(hours=8)).replace(microsecond=0)
    exports = world.services.exports
    exports.export(world.admin, "appraisals", tmp_path / "results.csv")
    with (tmp_path / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        [row] = [r for r in csv.DictReader(handle) if r["状态"] == "finalized"]
    assert row["定稿时间"] == local.strftime("%Y-%m-%d %H:%M:%S")
    exports.export(world.admin, "appraisals", tmp_path / "results.xlsx")
    sheet = load_workbook(tmp_path / "results.xlsx").active
    [cell] = [r[10] for r in sheet.iter_rows(min_row=2) if r[7].value == "finalized"]
    assert (cell.value, cell.number_format) == (local, "yyyy-mm-dd hh:mm:ss")
    shown = world.services.appraisals.sheet_data(world.admin, appraisal_id)["finalized_at"]
    assert shown.utcoffset() == timedelta(hours=8)
    assert shown.replace(tzinfo=None, microsecond=0) == local
