"""Importing 1,000,000 customers from CSV, against sqlite3's own `.import` of the same file.

Both load into an empty database with the same indexes on the customer table (unique code,
name, owner, created date, phone) and the same page cache; ours also parses dates, checks
every value, resolves each owner's employee number and looks up existing customers by code.
The ratio is printed; the goal is within 3x. On a shared, busy machine wall times swing from
run to run: the CPU times of both (ours in this process, sqlite3's as a child) are printed too.
KPM_BENCH_IMPORT_ROWS sets a smaller size (e.g. 200000) for quicker repeated runs.
"""

import os
import random
import resource
import subprocess
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.bulk_upsert import BULK_CACHE_KIB
from tests.access_helpers import HR_ADMIN

ROWS = int(os.environ.get("KPM_BENCH_IMPORT_ROWS", "1000000"))
HEADER = "客户编号,客户名称,行业,地区,负责人工号,客户来源,创建日期,联系人,电话,邮箱,地址\n"
RAW_TABLE = """
CREATE TABLE customers_raw (code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, industry TEXT,
  region TEXT, owner_no TEXT, source TEXT, created_on TEXT NOT NULL, contact_name TEXT,
  phone TEXT, email TEXT, address TEXT);
CREATE INDEX ix_raw_name ON customers_raw (name);
CREATE INDEX ix_raw_owner ON customers_raw (owner_no);
CREATE INDEX ix_raw_created ON customers_raw (created_on);
CREATE INDEX ix_raw_phone ON customers_raw (phone);
"""


def _lines(count: int) -> Iterator[str]:
    rng = random.Random(11)
    start = date(2022, 1, 1)
    for i in range(1, count + 1):
        day = start + timedelta(days=rng.randrange(1500))
        yield (
            f"C{i:07d},测试客户{i}有限公司,制造业,华东,E{rng.randrange(1, 61):05d},转介绍,"
            f"{day.year}/{day.month}/{day.day},联系人{i % 997},1{rng.randrange(10**10):010d},"
            f"c{i}@example.cn,上海市浦东新区{i % 300}号\n"
        )


@pytest.fixture(scope="session")
def customers_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("import-bench") / "customers.csv"
    with path.open("w", encoding="utf-8-sig") as handle:
        handle.write(HEADER)
        handle.writelines(_lines(ROWS))
    return path


def test_import_one_million_customers(customers_csv: Path, tmp_path: Path) -> None:
    opened = open_database(tmp_path / "ours.sqlite3")
    database = opened.database
    generate_demo_data(database, DemoSize(staff=60, customers=0, deals=0, tickets=0, activities=0))
    started, cpu_started = time.perf_counter(), time.process_time()
    report = ImportService(database).import_file(HR_ADMIN, customers_csv, "customers")
    ours = time.perf_counter() - started
    ours_cpu = time.process_time() - cpu_started
    database.dispose()
    assert report.inserted == ROWS

    raw_db = tmp_path / "raw.sqlite3"
    script = (
        f"PRAGMA journal_mode=WAL;\nPRAGMA cache_size=-{BULK_CACHE_KIB};\n{RAW_TABLE}\n"
        f".import --csv --skip 1 {customers_csv} customers_raw\n"
    )
    children_before = _children_cpu()
    started = time.perf_counter()
    subprocess.run(
        ["/usr/bin/sqlite3", str(raw_db)], input=script, text=True, check=True, capture_output=True
    )
    raw = time.perf_counter() - started
    raw_cpu = _children_cpu() - children_before
    print(
        f"\nimport of {ROWS:,} customers: ours {ours:.1f} s ({ROWS / ours:,.0f} rows/s), "
        f"sqlite3 .import {raw:.1f} s; ratio {ours / raw:.2f}x (goal: within 3x); "
        f"CPU time: ours {ours_cpu:.1f} s, sqlite3 {raw_cpu:.1f} s, ratio {ours_cpu / raw_cpu:.2f}x"
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
