"""All KPIs of one quarter for 1,000 staff on 2M deals / 200k tickets, vs raw sqlite3.

Set KPM_KPI_BENCH_DB to a database built by `kpm demo` with the same sizes (seed 7,
--as-of 2026-09-30, --activities 200000) to skip the ~4 minute build.
The baseline is hand-written SQL run through the sqlite3 module for the sales and service
families; the same figures must come out of both, and the ratio is printed.
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kpm_desktop.domain.kpi import KpiFamily
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database

PERIOD = "2026Q3"
SIZE = DemoSize(
    staff=1000, customers=200_000, deals=2_000_000, tickets=200_000, activities=200_000,
    seed=7, as_of=date(2026, 9, 30),
)  # fmt: skip

RAW_SALES = """
SELECT owner_id,
       SUM(CASE WHEN status = 'won' THEN amount ELSE 0 END),
       SUM(status = 'won'), SUM(status = 'lost'),
       SUM(CASE WHEN status = 'won' THEN items ELSE 0 END),
       COUNT(DISTINCT CASE WHEN status = 'won' THEN customer_id END),
       SUM(CASE WHEN status = 'won' AND first_contact_on IS NOT NULL
                THEN CAST(ROUND(julianday(closed_on) - julianday(first_contact_on)) AS INTEGER)
                ELSE 0 END)
FROM deals
WHERE closed_on BETWEEN :start AND :end AND status IN ('won', 'lost')
GROUP BY owner_id
"""
RAW_NEW_CUSTOMERS = """
SELECT d.owner_id, COUNT(*) FROM deals d
WHERE d.status = 'won' AND d.closed_on BETWEEN :start AND :end
  AND NOT EXISTS (SELECT 1 FROM deals e WHERE e.customer_id = d.customer_id
                  AND e.status = 'won' AND e.closed_on IS NOT NULL
                  AND (e.closed_on < d.closed_on OR (e.closed_on = d.closed_on AND e.id < d.id)))
GROUP BY d.owner_id
"""
RAW_SERVICE = """
SELECT staff_id, COUNT(*), COUNT(DISTINCT customer_id), SUM(complaint), SUM(repeat_issue),
       SUM(first_response_at IS NOT NULL),
       SUM(CAST(ROUND((julianday(first_response_at) - julianday(opened_at)) * 86400)
                AS INTEGER))
FROM service_tickets
WHERE opened_at >= :start_at AND opened_at < :end_before
GROUP BY staff_id
"""
RAW_RESOLVED = """
SELECT staff_id, COUNT(*), SUM(resolved_first_contact),
       SUM(CAST(ROUND((julianday(resolved_at) - julianday(opened_at)) * 86400) AS INTEGER)),
       SUM(satisfaction IS NOT NULL), SUM(satisfaction)
FROM service_tickets
WHERE resolved_at >= :start_at AND resolved_at < :end_before
GROUP BY staff_id
"""


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("kpi-bench") / "big.sqlite3"
    reuse = os.environ.get("KPM_KPI_BENCH_DB")
    if reuse:  # a copy of an earlier build of the same SIZE, to iterate faster
        shutil.copyfile(reuse, path)
    opened = open_database(path)
    if not reuse:
        started = time.perf_counter()
        generate_demo_data(opened.database, SIZE)
        print(f"\nbig database built in {time.perf_counter() - started:.1f} s")
    yield opened.database
    opened.database.dispose()


def _raw_figures(path: Path) -> tuple[float, dict[int, tuple], dict[int, tuple]]:
    params = {
        "start": "2026-07-01", "end": "2026-09-30",
        "start_at": "2026-07-01 00:00:00.000000", "end_before": "2026-10-01 00:00:00.000000",
    }  # fmt: skip
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        sales = {row[0]: row[1:] for row in connection.execute(RAW_SALES, params)}
        new = dict(connection.execute(RAW_NEW_CUSTOMERS, params).fetchall())
        opened = {row[0]: row[1:] for row in connection.execute(RAW_SERVICE, params)}
        resolved = {row[0]: row[1:] for row in connection.execute(RAW_RESOLVED, params)}
        elapsed = time.perf_counter() - started
    finally:
        connection.close()
    sales = {key: (*value, new.get(key, 0)) for key, value in sales.items()}
    service = {key: (*opened.get(key, ()), *resolved.get(key, ())) for key in opened}
    return elapsed, sales, service


def test_all_kpis_of_a_quarter_for_all_staff(big_database: Database, benchmark) -> None:
    kpis = KpiService(big_database, zone=UTC_ZONE)
    path = big_database.file_path
    assert path is not None
    kpis.compute(PERIOD)  # warm the page cache like the raw run below gets

    started = time.perf_counter()
    table = kpis.compute(PERIOD)
    all_kpis = time.perf_counter() - started
    tracemalloc.start()
    kpis.compute(PERIOD)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    keys = [d.key for d in table.definitions if d.family in (KpiFamily.SALES, KpiFamily.SERVICE)]
    keys = [key for key in keys if key not in ("revenue_growth", "target_attainment")]
    started = time.perf_counter()
    same_families = kpis.compute(PERIOD, keys=keys)
    ours = time.perf_counter() - started
    raw, raw_sales, raw_service = _raw_figures(path)

    checked = 0
    for row in same_families.rows:
        v = row.values
        sales = raw_sales.get(row.record_id)
        if sales is not None:
            assert v["revenue"].value == Decimal(str(sales[0])).quantize(Decimal("0.01"))
            assert (v["won_deals"].value, v["lost_deals"].value) == (sales[1], sales[2])
            assert v["items_per_order"].numerator == sales[3]
            assert v["purchase_frequency"].denominator == sales[4]
            assert v["sales_cycle_days"].numerator == sales[5]
            assert v["new_customers"].value == sales[6]
            checked += 1
        service = raw_service.get(row.record_id)
        if service is not None and len(service) == 11:
            assert v["repeat_issue_rate"].denominator == service[0]
            assert v["complaint_rate"].denominator == service[1]
            assert v["complaint_rate"].numerator == service[2]
            assert v["first_response_minutes"].numerator == service[5]
            assert v["fcr_rate"].denominator == service[6]
            assert v["resolution_hours"].numerator == service[8]
            assert v["csat"].numerator == service[10]
            checked += 1
    assert checked > 500

    benchmark.pedantic(kpis.compute, args=(PERIOD,), rounds=3, iterations=1)
    print(
        f"\nall {len(table.definitions)} KPIs x {len(table.rows)} staff, {PERIOD}: "
        f"{all_kpis:.3f} s; peak Python memory {peak / 2**20:.1f} MiB (tracemalloc), "
        f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        f"\nsales + service families: KpiService {ours:.3f} s, raw sqlite3 {raw:.3f} s, "
        f"ratio {ours / raw:.2f}x ({checked} rows checked equal)"
    )
