"""Dashboard on 1,000 staff / 2M deals / 200k tickets, printed against the KPI query alone.

(a) the KPI query alone: `KpiService.compute` of one quarter for the company with the
    trend KPIs (revenue, win rate, csat) - what one trend point costs without the cache;
(b) the dashboard's first draw with a cold KPI cache (8 quarters computed and kept);
(c) a period change, and a department filter change, with a warm cache (after the
    background warm-up), which is what a user clicking around sees;
(d) more changes once no warm-up runs beside them (each change warms its neighbours).

Every time is a full draw: from the change to the charts drawn (`DashboardPage.drawn`).
The load average is printed before and after: the machine may be shared.

The big database takes ~10 minutes to build: it is built once into `dashboard-big.sqlite3`
in the benchmarks' data folder (or KPM_DASHBOARD_BENCH_DB) and reused (it is migrated on
opening; its KPI cache is cleared).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from tests.access_helpers import HR_ADMIN
from tests.benchmarks.bench_report import BENCH_DATA

SIZE = DemoSize(
    staff=1000, customers=200_000, deals=2_000_000, tickets=200_000, activities=200_000,
    seed=7, as_of=date(2026, 9, 30),
)  # fmt: skip
TODAY = date(2026, 10, 8)


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    kept = os.environ.get("KPM_DASHBOARD_BENCH_DB")
    path = Path(kept) if kept else BENCH_DATA / "dashboard-big.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    opened = open_database(path)
    if opened.is_empty:
        started = time.perf_counter()
        generate_demo_data(opened.database, SIZE)
        print(f"\nbig database built in {time.perf_counter() - started:.1f} s")
    yield opened.database
    opened.database.dispose()


def _timed_draw(page: DashboardPage, qtbot, change) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    with qtbot.waitSignal(page.drawn, timeout=1_800_000):
        change()
    QApplication.processEvents()
    return time.perf_counter() - started


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def test_dashboard_draw_cold_and_warm_against_the_kpi_query(big_database: Database, qtbot):
    load_before = _load()
    kpis = KpiService(big_database)
    service = DashboardService(big_database, kpis)
    service.forget()  # a cold cache, also when the database is reused
    started = time.perf_counter()
    kpis.compute("2026Q3", level=ScopeLevel.COMPANY, keys=["revenue", "win_rate", "csat"])
    kpi_alone = time.perf_counter() - started

    page = DashboardPage(service, HR_ADMIN, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    started = time.perf_counter()
    with qtbot.waitSignal(page.warmed, timeout=3_600_000) as warmed:
        cold = _timed_draw(page, qtbot, page.show)
    warm_up = time.perf_counter() - started - cold

    def choose(combo: QComboBox, data: str) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(combo.findData(data))

    # Right after the warm-up: each change starts the next warm-up in the background.
    period = _timed_draw(page, qtbot, choose(page.period, "2026Q2"))
    department = _timed_draw(page, qtbot, choose(page.department, "D02"))
    qtbot.waitUntil(lambda: not page.warming, timeout=3_600_000)
    # With no warm-up running: period changes back and forth, a person, everyone.
    quiet = [
        _timed_draw(page, qtbot, change)
        for change in (
            choose(page.period, "2026Q3"), choose(page.period, "2026Q2"),
            choose(page.period, "2026Q3"), lambda: page.staff.setCurrentIndex(3),
            choose(page.period, "2026Q2"), lambda: page.department.setCurrentIndex(0),
        )
    ]  # fmt: skip
    page.wait_for_workers()
    quiet.sort()
    print(
        f"\nload average (1/5/15 min) before: {load_before}, after: {_load()}"
        f"\n(a) KPI query alone (company, 2026Q3, revenue/win_rate/csat): {kpi_alone:.2f} s"
        f"\n(b) first draw, cold cache (8 quarters computed): {cold:.2f} s "
        f"= {cold / kpi_alone:.2f}x (a)"
        f"\n    background warm-up after it ({warmed.args[0]} steps, every level, "
        f"9 quarters, KPIs and ticket times): {warm_up:.1f} s"
        f"\n(c) full draw after a period change 2026Q3 -> 2026Q2, warm cache: {period:.3f} s "
        f"= {period / kpi_alone:.3f}x (a)"
        f"\n    after the department filter D02 (a warm-up running): {department:.3f} s "
        f"= {department / kpi_alone:.3f}x (a)"
        f"\n(d) {len(quiet)} changes with no warm-up running (period, person, company): "
        f"min {quiet[0]:.3f} s, median {quiet[len(quiet) // 2]:.3f} s, max {quiet[-1]:.3f} s "
        f"= {quiet[-1] / kpi_alone:.3f}x (a) at most"
    )
