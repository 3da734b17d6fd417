"""Importing 1,000,000 customers from CSV, against a plain executemany script on the same file.

Both sides start from a copy of the same database, made by our migrations (same tables,
same indexes, same triggers) with 60 staff, and each runs in a process of its own
(tests/benchmarks/import_driver.py), so each side's peak RSS (`ru_maxrss`) is its own:
- ours: `ImportService.import_file` (parses and checks every value, resolves each owner's
  employee number, looks up existing customers by code, all or nothing);
- baseline: `csv.reader` and one `sqlite3` `executemany` in one transaction, owners mapped
  through a dict of the staff table, the app's connection settings and the page cache an
  import sets (`BULK_CACHE_KIB`), nothing checked.
The pairs are interleaved (A B A B ...); the figures are the medians of the import's
seconds and of the peak RSS.

The CSV is written once into the benchmarks' data folder (KPM_BENCH_DATA, see
tests/benchmarks/bench_report.py) and reused; KPM_BENCH_IMPORT_ROWS sets a smaller size
(e.g. 200000) while iterating.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kpm_desktop.storage.bulk_upsert import BULK_CACHE_KIB
from tests.benchmarks.bench_report import BENCH_DATA, PAIRS, Figure, Pairs, interleave

DRIVER = Path(__file__).with_name("import_driver.py")
ROWS = int(os.environ.get("KPM_BENCH_IMPORT_ROWS", "1000000"))
DATA = BENCH_DATA
TIME_GOAL, RSS_GOAL_MIB = 1.5, 300


def _driver(*args: object) -> str:
    done = subprocess.run(
        [sys.executable, str(DRIVER), *map(str, args)], check=True, capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The customers CSV (made once, kept in DATA) and a fresh template database."""
    DATA.mkdir(parents=True, exist_ok=True)
    csv_path = DATA / f"customers-{ROWS}.csv"
    if not csv_path.exists():
        _driver("generate", ROWS, csv_path)
    template = tmp_path_factory.mktemp("import-bench") / "template.sqlite3"
    _driver("template", template)
    return csv_path, template


def _side(
    mode: str, csv_path: Path, template: Path, measured: list[dict[str, float]], *extra: object
) -> Callable[[], float]:
    def run() -> float:
        database = template.with_name(f"{mode}.sqlite3")
        for leftover in database.parent.glob(f"{mode}.sqlite3*"):
            leftover.unlink()
        shutil.copyfile(template, database)
        figures = json.loads(_driver(mode, database, csv_path, *extra).splitlines()[-1])
        assert figures["rows"] == ROWS
        measured.append(figures)
        return float(figures["seconds"])

    return run


def test_import_customers_against_executemany(files, benchmark, bench_figures) -> None:
    csv_path, template = files
    ours_runs: list[dict[str, float]] = []
    baseline_runs: list[dict[str, float]] = []
    ours = _side("ours", csv_path, template, ours_runs)
    baseline = _side("baseline", csv_path, template, baseline_runs, BULK_CACHE_KIB)
    pairs = benchmark.pedantic(interleave, args=(ours, baseline, PAIRS), rounds=1, iterations=1)
    name = f"import {ROWS:,} customers (CSV)"
    baseline_name = "csv + sqlite3 executemany"
    cpu = Pairs(_each(ours_runs, "cpu_s"), _each(baseline_runs, "cpu_s"), "", "")
    met = pairs.ratio <= TIME_GOAL
    timed = Figure.of(
        "import.customers_time", "import", name, pairs, baseline_name, f"≤ {TIME_GOAL:g}×", met,
        note=f"CPU s (medians): {cpu.ours_median:.1f} / {cpu.baseline_median:.1f}, "
        f"{cpu.ratio:.2f}×",
    )  # fmt: skip
    ours_rss, baseline_rss = _each(ours_runs, "rss_mib"), _each(baseline_runs, "rss_mib")
    memory = Pairs(ours_rss, baseline_rss, pairs.load_before, pairs.load_after)
    peak = statistics.median(ours_rss)
    measured = Figure.of(
        "import.customers_rss", "import", f"{name}: peak RSS", memory, baseline_name,
        f"≤ {RSS_GOAL_MIB} MiB", peak <= RSS_GOAL_MIB,
        note="peak RSS of each side's process (ru_maxrss)", unit="MiB",
    )  # fmt: skip
    bench_figures.extend([timed, measured])
    print(f"\nimport of {ROWS:,} customers: ours {ours_runs}, baseline {baseline_runs}")


def _each(runs: list[dict[str, float]], name: str) -> list[float]:
    return [run[name] for run in runs]
