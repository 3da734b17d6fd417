"""Dashboard on 1,000 staff / 2M deals / 200k tickets: period change to fully drawn.

Printed against the underlying KPI query alone (`KpiService.compute` of the chosen period
for the comparison KPI, the query a KPI page runs), both for a period seen before (its
values kept) and for one never loaded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.services.dashboard_service import DashboardService
from kpm_desktop.services.database_setup import open_database
from kpm_desktop.services.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.dashboard_page import DashboardPage

SIZE = DemoSize(
    staff=1000, customers=200_000, deals=2_000_000, tickets=200_000, activities=200_000,
    seed=7, as_of=date(2026, 9, 30),
)  # fmt: skip
TODAY = date(2026, 10, 8)


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("dashboard-bench") / "big.sqlite3"
    opened = open_database(path)
    started = time.perf_counter()
    generate_demo_data(opened.database, SIZE)
    print(f"\nbig database built in {time.perf_counter() - started:.1f} s")
    yield opened.database
    opened.database.dispose()


def _change_period(page: DashboardPage, qtbot, period: str) -> float:
    started = time.perf_counter()
    with qtbot.waitSignal(page.drawn, timeout=600_000):
        page.period.setCurrentIndex(page.period.findData(period))
    QApplication.processEvents()
    return time.perf_counter() - started


def test_period_change_to_fully_drawn(big_database: Database, qtbot) -> None:
    kpis = KpiService(big_database, utc_offset=timedelta(hours=8))
    service = DashboardService(big_database, kpis, utc_offset=timedelta(hours=8))
    page = DashboardPage(service, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    started = time.perf_counter()
    with qtbot.waitSignal(page.drawn, timeout=1_800_000):
        page.show()
    first = time.perf_counter() - started

    new_period = _change_period(page, qtbot, "2026Q2")  # one trend quarter new
    seen_period = _change_period(page, qtbot, "2026Q3")  # everything kept
    started = time.perf_counter()
    kpis.compute("2026Q2", level=ScopeLevel.DEPARTMENT, keys=["revenue"])
    kpi_alone = time.perf_counter() - started
    page.wait_for_workers()
    print(
        f"\ndashboard first drawn (8 quarters loaded): {first:.2f} s"
        f"\nKPI query alone (revenue by department, 2026Q2): {kpi_alone:.2f} s"
        f"\nperiod change to a period not loaded before: {new_period:.2f} s "
        f"(ratio {new_period / kpi_alone:.2f}x the KPI query)"
        f"\nperiod change to a period loaded before: {seen_period:.3f} s "
        f"(ratio {seen_period / kpi_alone:.3f}x the KPI query)"
    )
