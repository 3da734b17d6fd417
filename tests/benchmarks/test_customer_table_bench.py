"""The customers page on a million customers against QSqlTableModel on the same file.

Both sides run the same steps (tests/benchmarks/table_sides.py): first paint, the real
last row, sort by region, name and created-on (first paint after the sort, last row after
it), search "华信" (first page, count), peak RSS growth. The sides alternate (ours,
QSqlTableModel, ours, ...; `KPM_BENCH_PAIRS`, at least 3) and medians are compared.

The database (1,000 staff, 1,000,000 customers, demo data) is built once, which takes a
few minutes: `KPM_BENCH_TABLES_DB` names the file (default `customers-1m-tables.sqlite3` in
the benchmarks' data folder, `KPM_BENCH_DATA`);
it is migrated when opened. `test_customer_table_on_postgresql` runs the same on
PostgreSQL when `KPM_BENCH_TABLES_PG_URL` (or `KPM_TEST_DB_URL`, as
scripts/with-postgres.sh sets it) names a database, filling it first when it is empty.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtSql import QSqlDatabase
from sqlalchemy import make_url

from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.benchmarks.bench_report import BENCH_DATA, Figure, Pairs, interleave
from tests.benchmarks.table_sides import SORTED, Measures, run_baseline, run_ours

CUSTOMERS = 1_000_000
SIZE = DemoSize(staff=1000, customers=CUSTOMERS, deals=0, tickets=0, activities=0)
BASELINE = "QSqlTableModel"
# figure key -> (name, goal in seconds; None: no absolute goal)
TIMED: dict[str, tuple[str, float | None]] = {
    "first_paint": ("first paint", 0.2),
    "last_row": ("real last row", 0.1),
    **{f"sort_{key}": (f"first paint after sort by {key}", 0.2) for key in SORTED},
    **{f"sort_{key}_last_row": (f"last row after sort by {key}", 0.1) for key in SORTED},
    "search_first_page": ("search “华信”: first page", 0.1),
    "search_count": ("search “华信”: count known", None),
}
RSS_GOAL_MB = 100


def _filled(database: Database) -> Database:
    if build_table_browsers(database).customers.count(HR_ADMIN) < CUSTOMERS:
        generate_demo_data(database, SIZE, replace=True)
        if database.engine.dialect.name == "postgresql":
            # As autovacuum would after a bulk load: statistics and the visibility map.
            with database.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT")
                connection.exec_driver_sql("VACUUM ANALYZE")
    return database


@pytest.fixture(scope="module")
def sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    named = os.environ.get("KPM_BENCH_TABLES_DB")
    path = Path(named) if named else BENCH_DATA / "customers-1m-tables.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        opened = open_database(building)
        _filled(opened.database).dispose()
        building.rename(path)
    return path


def _compare(
    ours: Callable[[], Measures], baseline: Callable[[], Measures], backend: str
) -> list[Figure]:
    runs: dict[str, list[Measures]] = {"ours": [], "baseline": []}

    def side(name: str, run: Callable[[], Measures]) -> Callable[[], float]:
        def timed() -> float:
            runs[name].append(run())
            return runs[name][-1]["first_paint"]

        return timed

    pairs = interleave(side("ours", ours), side("baseline", baseline))
    assert {r["search_rows"] for r in runs["ours"]} == {r["search_rows"] for r in runs["baseline"]}
    figures = []
    for key, (name, goal) in TIMED.items():
        each = _pairs(runs, key, pairs)
        met = goal is None or each.ours_median < goal
        goal_text = "after the first page" if goal is None else f"< {goal * 1000:.0f} ms"
        figures.append(_figure(backend, key, name, each, goal_text, met))
    rss = _pairs(runs, "rss_mb", pairs)
    figures.append(
        _figure(backend, "rss_mb", "peak RSS growth", rss, f"< {RSS_GOAL_MB} MB",
                rss.ours_median < RSS_GOAL_MB, unit="MB")
    )  # fmt: skip
    for figure in figures:
        scale = 1 if figure.unit == "MB" else 1000
        ours, theirs = figure.ours_s * scale, figure.baseline_s * scale
        print(f"{figure.key:48s} {ours:9.1f} {theirs:9.1f} {figure.ratio:7.3f} {figure.met}")
    return figures


def _pairs(runs: dict[str, list[Measures]], key: str, around: Pairs) -> Pairs:
    ours = [run[key] for run in runs["ours"]]
    theirs = [run[key] for run in runs["baseline"]]
    return Pairs(ours, theirs, around.load_before, around.load_after)


def _figure(
    backend: str, key: str, name: str, pairs: Pairs, goal: str, met: bool, unit: str = "s"
) -> Figure:
    return Figure.of(
        f"tables.{backend}.{key}", f"tables ({backend}, 1M customers)", name, pairs, BASELINE,
        goal=goal, met=met, unit=unit,
    )  # fmt: skip


def test_customer_table_on_a_million_rows(
    qapp, benchmark, bench_figures, sqlite_file: Path, tmp_path: Path
) -> None:
    opened = open_database(sqlite_file)
    browser = build_table_browsers(opened.database).customers
    connection = QSqlDatabase.addDatabase("QSQLITE", "bench-baseline")
    connection.setDatabaseName(str(sqlite_file))
    assert connection.open()
    figures = benchmark.pedantic(
        _compare,
        args=(lambda: run_ours(browser, tmp_path / "s.ini"),
              lambda: run_baseline("bench-baseline"), "SQLite"),
        rounds=1, iterations=1,
    )  # fmt: skip
    bench_figures.extend(figures)
    connection.close()
    opened.database.dispose()


def _postgres_url() -> str | None:
    return os.environ.get("KPM_BENCH_TABLES_PG_URL") or os.environ.get("KPM_TEST_DB_URL")


@pytest.mark.skipif(_postgres_url() is None, reason="no PostgreSQL database named")
def test_customer_table_on_postgresql(qapp, benchmark, bench_figures, tmp_path: Path) -> None:
    url = _postgres_url()
    assert url is not None
    opened = open_database(url)
    _filled(opened.database)
    browser = build_table_browsers(opened.database).customers
    parts = make_url(url)
    connection = QSqlDatabase.addDatabase("QPSQL", "bench-baseline-pg")
    connection.setDatabaseName(parts.database or "")
    connection.setUserName(parts.username or "")
    connection.setHostName(str(parts.query.get("host", "")))
    connection.setPort(int(str(parts.query.get("port", "5432"))))
    assert connection.open(), connection.lastError().text()
    figures = benchmark.pedantic(
        _compare,
        args=(lambda: run_ours(browser, tmp_path / "s.ini"),
              lambda: run_baseline("bench-baseline-pg"), "PostgreSQL"),
        rounds=1, iterations=1,
    )  # fmt: skip
    bench_figures.extend(figures)
    connection.close()
    opened.database.dispose()
