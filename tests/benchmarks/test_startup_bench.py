"""Start-up against its baselines, each pair interleaved (A B A B ...), medians compared.

- the main window's first paint (demo database, signed in from the environment) against
  a bare PySide6 QMainWindow's first paint;
- the first page's data visible (the dashboard drawn, then painted) against the same bare
  window;
- `kpm --help` and `kpm kpi --level staff --format json` against `python -c pass`.

Every run is a new process timed from its start by the parent (tests/benchmarks/
startup_driver.py prints the moment measured), so interpreter start-up and imports count.
KPM_STARTUP_BENCH_PAIRS sets the number of pairs (default 5). The load average is printed
before and after: the machine may be shared. The figures go into docs/benchmarks.md.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from kpm_desktop.domain.period import Period

DRIVER = Path(__file__).with_name("startup_driver.py")
PAIRS = int(os.environ.get("KPM_STARTUP_BENCH_PAIRS", "5"))
ADMIN, PASSWORD = "admin", "bench-start-2026"
KPM = Path(sys.executable).with_name("kpm")
# The last whole quarter of the demo company, which is made as of today.
QUARTER = str(Period.quarter_of(date.today()).shifted(-1))
KPI_ARGS = ["kpi", "--period", QUARTER, "--level", "staff", "--format", "json"]

Run = Callable[[], float]


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A demo database with an HR admin, and folders of its own for settings and logs."""
    home = tmp_path_factory.mktemp("startup-bench")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "KPM_LOG_DIR": str(home / "log"),
        "KPM_DB": str(home / "demo.sqlite3"),
        "KPM_USER": ADMIN,
    }
    first = {**env, "KPM_DEMO": "1", "KPM_ADMIN_PASSWORD": PASSWORD}
    subprocess.run([sys.executable, "-m", "kpm_desktop", "--smoke"], env=first, check=True)
    yield {**env, "KPM_PASSWORD": PASSWORD}


def _timed(command: list[str], env: dict[str, str], printed: bool) -> float:
    """Seconds from starting `command` to the moment it prints (`printed`) or to its end."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    if not printed:
        return time.time() - started
    return float(done.stdout.strip().splitlines()[-1]) - started


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _pairs(name: str, measured: Run, baseline_name: str, baseline: Run) -> float:
    """Interleaved pairs; prints both medians and returns the ratio of the medians."""
    load_before = _load()
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(PAIRS):
        ours.append(measured())
        theirs.append(baseline())
    mine, base = statistics.median(ours), statistics.median(theirs)
    ratio = mine / base
    print(
        f"\n| {name} | {mine * 1000:,.0f} ms | {baseline_name} {base * 1000:,.0f} ms "
        f"| {ratio:.1f}× |  ({PAIRS} pairs, load {load_before} -> {_load()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()})"
    )
    return ratio


def test_main_window_first_paint_against_a_bare_window(environment, benchmark) -> None:
    def app() -> float:
        return _timed([sys.executable, str(DRIVER), "paint"], environment, printed=True)

    def bare() -> float:
        return _timed([sys.executable, str(DRIVER), "bare"], environment, printed=True)

    ratio = benchmark.pedantic(
        _pairs,
        args=("first paint of the main window", app, "bare QMainWindow", bare),
        rounds=1,
        iterations=1,
    )
    benchmark.extra_info["ratio"] = ratio


def test_first_page_data_against_a_bare_window(environment, benchmark) -> None:
    def app() -> float:
        return _timed([sys.executable, str(DRIVER), "data"], environment, printed=True)

    def bare() -> float:
        return _timed([sys.executable, str(DRIVER), "bare"], environment, printed=True)

    ratio = benchmark.pedantic(
        _pairs,
        args=("first page's data visible (dashboard)", app, "bare QMainWindow", bare),
        rounds=1,
        iterations=1,
    )
    benchmark.extra_info["ratio"] = ratio


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("kpm --help", ["--help"]),
        (f"kpm kpi --period {QUARTER} --level staff --format json", KPI_ARGS),
    ],
)
def test_kpm_against_python_doing_nothing(
    environment, benchmark, name: str, arguments: list[str]
) -> None:
    def kpm() -> float:
        return _timed([str(KPM), *arguments], environment, printed=False)

    def nothing() -> float:
        return _timed([sys.executable, "-c", "pass"], environment, printed=False)

    ratio = benchmark.pedantic(
        _pairs, args=(name, kpm, "python -c pass", nothing), rounds=1, iterations=1
    )
    benchmark.extra_info["ratio"] = ratio
