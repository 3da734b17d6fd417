"""Start-up against its baselines, each pair interleaved (A B A B ...), medians compared.

- the main window's first paint (demo database, signed in from the environment) against
  a bare PySide6 QMainWindow's first paint;
- the first page's data visible (the dashboard's KPI figures shown, then painted) against
  the same bare window;
- the dashboard's charts drawn (then painted) against the same bare window: the figures
  come first, this is when the page is complete;
- `kpm --help` against `python -c pass`.

Every run is a new process timed from its start by the parent (tests/benchmarks/
startup_driver.py prints the moment measured), so interpreter start-up and imports count.
KPM_STARTUP_BENCH_PAIRS sets the number of pairs (default 5). The load average is printed
before and after: the machine may be shared. The figures go into docs/benchmarks.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.benchmarks.bench_report import NO_GOAL, Figure, Pairs, interleave

DRIVER = Path(__file__).with_name("startup_driver.py")
PAIRS = int(os.environ.get("KPM_STARTUP_BENCH_PAIRS", "5"))
ADMIN, PASSWORD = "admin", "bench-start-2026"
KPM = Path(sys.executable).with_name("kpm")


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


def _figure(key: str, name: str, pairs: Pairs, baseline_name: str, goal: float) -> Figure:
    return Figure.of(
        f"startup.{key}", "start-up", name, pairs, baseline_name,
        goal=f"≤ {goal:g}×", met=pairs.ratio <= goal,
    )  # fmt: skip


def test_main_window_first_paint_against_a_bare_window(
    environment, benchmark, bench_figures
) -> None:
    def app() -> float:
        return _timed([sys.executable, str(DRIVER), "paint"], environment, printed=True)

    def bare() -> float:
        return _timed([sys.executable, str(DRIVER), "bare"], environment, printed=True)

    pairs = benchmark.pedantic(interleave, args=(app, bare, PAIRS), rounds=1, iterations=1)
    name = "first paint of the main window"
    bench_figures.append(_figure("first_paint", name, pairs, "bare QMainWindow", 1.5))


def test_first_page_data_against_a_bare_window(environment, benchmark, bench_figures) -> None:
    def app() -> float:
        return _timed([sys.executable, str(DRIVER), "data"], environment, printed=True)

    def bare() -> float:
        return _timed([sys.executable, str(DRIVER), "bare"], environment, printed=True)

    pairs = benchmark.pedantic(interleave, args=(app, bare, PAIRS), rounds=1, iterations=1)
    name = "first page's data visible (dashboard figures)"
    bench_figures.append(_figure("first_data", name, pairs, "bare QMainWindow", 3))


def test_dashboard_charts_against_a_bare_window(environment, benchmark, bench_figures) -> None:
    def app() -> float:
        return _timed([sys.executable, str(DRIVER), "charts"], environment, printed=True)

    def bare() -> float:
        return _timed([sys.executable, str(DRIVER), "bare"], environment, printed=True)

    pairs = benchmark.pedantic(interleave, args=(app, bare, PAIRS), rounds=1, iterations=1)
    name = "first page complete (dashboard charts drawn)"
    note = "no goal of its own: what the figures-first data figure leaves out"
    figure = Figure.of(
        "startup.charts_drawn", "start-up", name, pairs, "bare QMainWindow",
        goal=NO_GOAL, met=True, note=note,
    )  # fmt: skip
    bench_figures.append(figure)


def test_kpm_help_against_python_doing_nothing(environment, benchmark, bench_figures) -> None:
    def kpm() -> float:
        return _timed([str(KPM), "--help"], environment, printed=False)

    def nothing() -> float:
        return _timed([sys.executable, "-c", "pass"], environment, printed=False)

    pairs = benchmark.pedantic(interleave, args=(kpm, nothing, PAIRS), rounds=1, iterations=1)
    bench_figures.append(_figure("kpm_help", "kpm --help", pairs, "python -c pass", 3))
