"""One side of the import benchmark, run in a process of its own so its peak RSS is its own.

    python import_driver.py generate ROWS CSV   write the customers file
    python import_driver.py template DB         a database made by our migrations, 60 staff
    python import_driver.py ours DB CSV         ImportService.import_file
    python import_driver.py baseline DB CSV KIB csv.reader + sqlite3 executemany, with the
                                                page cache ours sets for an import (KIB)
    python import_driver.py profile DB CSV OUT  ours under cProfile, the stats in OUT

`ours` and `baseline` print one JSON line: the seconds of the import (opening the database
and importing the modules excluded) and the process's peak RSS in MiB (`ru_maxrss`, which
counts the module imports too). The baseline imports only the standard library.
"""

from __future__ import annotations

import csv
import json
import random
import resource
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

HEADER = "客户编号,客户名称,行业,地区,负责人工号,客户来源,创建日期,联系人,电话,邮箱,地址\n"
STAFF = 60
# The app's connection settings (storage/database.py); WAL is kept by the file itself.
_CONNECTION_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL")
_INSERT = (
    "INSERT INTO customers (code, name, industry, region, owner_id, source, created_on, "
    "churned_on, contact_name, phone, email, address) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _lines(count: int) -> Iterator[str]:
    rng = random.Random(11)
    start = date(2022, 1, 1)
    for i in range(1, count + 1):
        day = start + timedelta(days=rng.randrange(1500))
        yield (
            f"C{i:07d},测试客户{i}有限公司,制造业,华东,E{rng.randrange(1, STAFF + 1):05d},转介绍,"
            f"{day.isoformat()},联系人{i % 997},1{rng.randrange(10**10):010d},"
            f"c{i}@example.cn,上海市浦东新区{i % 300}号\n"
        )


def generate(rows: int, path: Path) -> None:
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8-sig") as handle:
        handle.write(HEADER)
        handle.writelines(_lines(rows))
    partial.replace(path)


def template(path: Path) -> None:
    from kpm_desktop.services.admin.database_setup import open_database
    from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data

    database = open_database(path).database
    size = DemoSize(staff=STAFF, customers=0, deals=0, tickets=0, activities=0)
    generate_demo_data(database, size)
    database.dispose()


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(db: Path, csv_path: Path) -> dict[str, float]:
    from kpm_desktop.services.imports.import_service import ImportService
    from kpm_desktop.storage.database import Database, database_url
    from tests.access_helpers import HR_ADMIN

    database = Database(database_url(db))
    service = ImportService(database)
    started, cpu = time.perf_counter(), time.process_time()
    report = service.import_file(HR_ADMIN, csv_path, "customers")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    database.dispose()
    return {"seconds": seconds, "cpu_s": cpu, "rss_mib": _peak_mib(), "rows": report.inserted}


def baseline(db: Path, csv_path: Path, cache_kib: int) -> dict[str, float]:
    connection = sqlite3.connect(db, isolation_level=None)
    for pragma in _CONNECTION_PRAGMAS:
        connection.execute(pragma)
    connection.execute(f"PRAGMA cache_size=-{cache_kib}")
    started, cpu = time.perf_counter(), time.process_time()
    owners = dict(connection.execute("SELECT employee_no, id FROM staff"))
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = (
            (code, name, industry, region, owners[owner], source, created, None, contact,
             phone, email, address)
            for code, name, industry, region, owner, source, created, contact, phone, email,
            address in reader
        )  # fmt: skip
        connection.execute("BEGIN")
        connection.executemany(_INSERT, rows)
        connection.execute("COMMIT")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    (count,) = connection.execute("SELECT count(*) FROM customers").fetchone()
    connection.close()
    return {"seconds": seconds, "cpu_s": cpu, "rss_mib": _peak_mib(), "rows": count}


def profile(db: Path, csv_path: Path, out: Path) -> None:
    import cProfile

    cProfile.runctx("ours(db, csv_path)", globals(), {"db": db, "csv_path": csv_path}, str(out))


def main(argv: list[str]) -> None:
    mode, *args = argv
    if mode == "generate":
        generate(int(args[0]), Path(args[1]))
    elif mode == "template":
        template(Path(args[0]))
    elif mode == "profile":
        profile(Path(args[0]), Path(args[1]), Path(args[2]))
    elif mode == "ours":
        print(json.dumps(ours(Path(args[0]), Path(args[1]))))
    else:
        print(json.dumps(baseline(Path(args[0]), Path(args[1]), int(args[2]))))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main(sys.argv[1:])
