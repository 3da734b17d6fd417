"""The KPIs of one quarter for 1,000 staff on 2M deals / 200k tickets, against raw sqlite3.

Two figures, each interleaved with its baseline (A B A B ..., medians):

- the sales and service families computed in process, cold (a new `Database`, so a new
  connection and an empty statement cache, every run) against the hand-written SQL of
  tests/benchmarks/kpi_plain_script.py on a new sqlite3 connection every run;
- `kpm kpi --level staff --format json` for those KPIs (a new process: interpreter,
  imports, sign-in, computation, output) against `python kpi_plain_script.py`.

Both sides read the same file with the same (covering) indexes, and the figures must come
out equal. The database (SIZE: `generate_demo_data`, seed 7, as of 2026-09-30) takes about
3 minutes to build: it is built once into `kpi-big.sqlite3` in the benchmarks' data folder
(`KPM_KPI_BENCH_DB` names another file), then copied for each run, never changed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kpm_desktop.domain.kpi import KPI_DEFINITIONS, KpiFamily
from kpm_desktop.domain.kpi_table import KpiTable
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database, database_url
from tests.benchmarks import kpi_plain_script as plain
from tests.benchmarks.bench_report import BENCH_DATA, Figure, interleave

PERIOD = "2026Q3"
SIZE = DemoSize(
    staff=1000, customers=200_000, deals=2_000_000, tickets=200_000, activities=200_000,
    seed=7, as_of=date(2026, 9, 30),
)  # fmt: skip
KEYS = [
    d.key
    for d in KPI_DEFINITIONS
    if d.family in (KpiFamily.SALES, KpiFamily.SERVICE)
    and d.key not in ("revenue_growth", "target_attainment")  # previous period, targets
]
PLAIN = Path(plain.__file__)
KPM = Path(sys.executable).with_name("kpm")
USER, PASSWORD = "bench", "bench-kpi-2026"


def _shared_build() -> Path:
    shared = Path(os.environ.get("KPM_KPI_BENCH_DB", BENCH_DATA / "kpi-big.sqlite3"))
    if not shared.exists():
        shared.parent.mkdir(parents=True, exist_ok=True)
        building = shared.with_suffix(".building")
        building.unlink(missing_ok=True)
        opened = open_database(building)
        started = time.perf_counter()
        generate_demo_data(opened.database, SIZE)
        opened.database.dispose()
        building.rename(shared)
        print(f"\nbig database built in {time.perf_counter() - started:.1f} s")
    return shared


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shared build (or a new build), migrated, with an HR admin."""
    path: Path = tmp_path_factory.mktemp("kpi-bench") / "big.sqlite3"
    shutil.copyfile(_shared_build(), path)
    path.chmod(0o600)
    opened = open_database(path)
    try:
        core = build_core_services(opened.database, witnesses_dir=path.parent / "witness")
        core.auth.create_first_admin(PASSWORD, USER)
    finally:
        opened.database.dispose()
    return path


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    home = tmp_path_factory.mktemp("kpi-bench-home")
    yield {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "KPM_LOG_DIR": str(home / "log"),
        "KPM_PASSWORD": PASSWORD,
    }


def _cold_compute(path: Path) -> tuple[float, KpiTable]:
    started = time.perf_counter()
    database = Database(database_url(path))
    try:
        table = KpiService(database, zone=UTC_ZONE).compute(PERIOD, keys=KEYS)
    finally:
        database.dispose()
    return time.perf_counter() - started, table


def _cold_raw(path: Path) -> float:
    started = time.perf_counter()
    plain.figures(str(path))
    return time.perf_counter() - started


def _check_equal(table: KpiTable, sales: dict, service: dict) -> int:
    """Every staff row's figures against the raw ones; the number of families compared."""
    checked = 0
    for row in table.rows:
        v = {key: (value.numerator, value.denominator) for key, value in row.values.items()}
        raw = sales.get(row.record_id, sales.get(str(row.record_id)))
        if raw is not None:
            revenue = Decimal(str(raw[0])).quantize(Decimal("0.01"))
            assert Decimal(v["revenue"][0]) == revenue, row.code
            assert (v["won_deals"][0], v["lost_deals"][0]) == (raw[1], raw[2]), row.code
            assert v["items_per_order"][0] == raw[3], row.code
            assert v["purchase_frequency"][1] == raw[4], row.code
            assert v["sales_cycle_days"][0] == raw[5], row.code
            assert v["new_customers"][0] == raw[6], row.code
            checked += 1
        raw = service.get(row.record_id, service.get(str(row.record_id)))
        if raw is not None:
            assert v["repeat_issue_rate"][1] == raw[0], row.code
            assert (v["complaint_rate"][0], v["complaint_rate"][1]) == (raw[2], raw[1])
            assert v["first_response_minutes"][0] == raw[5], row.code
            assert v["fcr_rate"][1] == raw[6], row.code
            assert v["resolution_hours"][0] == raw[8], row.code
            assert v["csat"][0] == (raw[10] or 0), row.code
            checked += 1
    return checked


def test_sales_and_service_cold_against_raw_sqlite3(
    big_database: Path, benchmark, bench_figures
) -> None:
    _seconds, table = _cold_compute(big_database)
    checked = _check_equal(table, *plain.figures(str(big_database)))
    assert checked > 500

    pairs = benchmark.pedantic(
        interleave,
        args=(lambda: _cold_compute(big_database)[0], lambda: _cold_raw(big_database)),
        rounds=1,
        iterations=1,
    )
    bench_figures.append(
        Figure.of(
            "kpi.cold_sales_service", "KPIs",
            "sales + service KPIs of a quarter, 1,000 staff, 2M deals, 200k tickets, cold",
            pairs, "raw sqlite3, covering indexes", goal="≤ 1.5×", met=pairs.ratio <= 1.5,
            note=f"{checked} staff families checked equal",
        )
    )  # fmt: skip


def _kpm_kpi(path: Path, environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [
        str(KPM), "--db", str(path), "--user", USER, "kpi", "--period", PERIOD,
        "--level", "staff", "--format", "json", "--kpi", ",".join(KEYS),
    ]  # fmt: skip
    return subprocess.run(command, env=environment, capture_output=True, text=True, check=True)


def _plain_script(path: Path, environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(PLAIN), str(path)]
    return subprocess.run(command, env=environment, capture_output=True, text=True, check=True)


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def test_kpm_kpi_against_a_plain_script(
    big_database: Path, environment: dict[str, str], benchmark, bench_figures
) -> None:
    printed = json.loads(_kpm_kpi(big_database, environment).stdout)
    raw = json.loads(_plain_script(big_database, environment).stdout)
    connection = sqlite3.connect(big_database)
    staff_ids = dict(connection.execute("SELECT employee_no, id FROM staff").fetchall())
    connection.close()
    checked = 0
    for row in printed["rows"]:
        figures = raw["sales"].get(str(staff_ids[row["code"]]))
        if figures is not None:
            kpis = row["kpis"]
            assert Decimal(kpis["revenue"]["value"]) == Decimal(str(figures[0])).quantize(
                Decimal("0.01")
            )
            assert int(kpis["won_deals"]["value"]) == figures[1]
            assert int(kpis["new_customers"]["value"]) == figures[6]
            checked += 1
    assert checked > 500

    pairs = benchmark.pedantic(
        interleave,
        args=(
            lambda: _timed(lambda: _kpm_kpi(big_database, environment)),
            lambda: _timed(lambda: _plain_script(big_database, environment)),
        ),
        rounds=1,
        iterations=1,
    )
    bench_figures.append(
        Figure.of(
            "kpi.kpm_kpi", "KPIs",
            "`kpm kpi --level staff --format json`, sales + service KPIs, one quarter",
            pairs, "plain Python sqlite3 script", goal="≤ 2×", met=pairs.ratio <= 2,
            note=f"process start to end both sides; {checked} staff rows checked equal",
        )
    )  # fmt: skip
