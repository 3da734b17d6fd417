"""The two ways an import writes rows must store exactly the same rows.

On SQLite rows go through the driver's cursor with statements compiled once; elsewhere
(PostgreSQL) through SQLAlchemy Core. Both are run here on the same files: every kind, with
dates, datetimes, amounts, flags, references and references to the same kind, then a
second file that updates some rows and leaves others unchanged.
"""

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.imports import import_run
from kpm_desktop.services.imports.export_service import ExportService
from kpm_desktop.services.imports.import_run import ImportReport
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.bulk_upsert import BulkUpserter
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.services.import_helpers import write_csv

KINDS = ["staff", "departments", "customers", "deals", "activities", "tickets", "targets", "spend"]
TABLES = ["departments", "staff", "customers", "deals", "activities", "service_tickets"]


def _export_everything(source: Database, folder: Path) -> list[tuple[str, Path]]:
    exports = ExportService(source)
    files = []
    for kind in KINDS:
        suffix = "xlsx" if kind in ("staff", "tickets") else "csv"
        path = folder / f"{kind}.{suffix}"
        exports.export(HR_ADMIN, kind, path)
        files.append((kind, path))
    return files


def _import_everything(target: Database, files: list[tuple[str, Path]]) -> list[ImportReport]:
    importer = ImportService(target)
    # Department heads are staff: departments go in first without them, then again.
    departments = dict(files)["departments"]
    without_heads = importer.inspect(departments, "departments").mapping
    del without_heads["head_no"]
    reports = [importer.import_file(HR_ADMIN, departments, "departments", mapping=without_heads)]
    reports += [importer.import_file(HR_ADMIN, path, kind) for kind, path in files]
    return reports


def _changed_customers(path: Path, folder: Path) -> Path:
    """Every third customer renamed, one of them loses its owner; a new customer at the end."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    rows = [line.split(",") for line in lines]
    for row in rows[1::3]:
        row[1] += "（更名）"
    rows[1][4] = ""
    rows.append(["NEW001", "新客户", "制造业", "华东", "", "", "2026/9/1", "", "", "", "", "", ""])
    width = len(rows[0])
    return write_csv(
        folder / "changed.csv", [row[:width] + [""] * (width - len(row)) for row in rows]
    )


def _stored(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the imported tables as SQLite holds it, with each value's type."""
    stored = {}
    with database.engine.connect() as connection:
        for name in [*TABLES, "targets", "marketing_spend"]:
            if name not in Base.metadata.tables:
                continue
            rows = connection.exec_driver_sql(f"SELECT * FROM {name} ORDER BY id").fetchall()
            stored[name] = [tuple((type(value).__name__, value) for value in row) for row in rows]
    return stored


def _typed(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the imported tables as SQLAlchemy reads it, on any database."""
    with database.engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.execute(select(table).order_by(table.c.id))]
            for name, table in Base.metadata.tables.items()
            if name in [*TABLES, "targets", "marketing_spend"]
        }


def _load(target: Database, files: list[tuple[str, Path]], folder: Path) -> list[tuple[int, ...]]:
    reports = _import_everything(target, files)
    reports.append(
        ImportService(target).import_file(
            HR_ADMIN, _changed_customers(dict(files)["customers"], folder), "customers"
        )
    )
    return [(r.inserted, r.updated, r.unchanged) for r in reports]


@pytest.mark.sqlite_only
def test_driver_and_core_store_identical_rows(
    demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _export_everything(demo_database, tmp_path)
    through_driver = open_database(tmp_path / "driver.sqlite3").database
    counts_driver = _load(through_driver, files, tmp_path)
    monkeypatch.setattr(import_run, "BulkUpserter", partial(BulkUpserter, through_driver=False))
    through_core = open_database(tmp_path / "core.sqlite3").database
    counts_core = _load(through_core, files, tmp_path)

    assert counts_driver == counts_core
    assert counts_driver[-1][1] > 0 and counts_driver[-1][2] > 0  # updated and unchanged rows
    driver_rows, core_rows = _stored(through_driver), _stored(through_core)
    assert all(driver_rows[name] for name in TABLES)
    assert driver_rows == core_rows
    through_driver.dispose()
    through_core.dispose()


def test_this_database_stores_what_sqlite_through_the_driver_stores(
    demo_database: Database, new_database_target: Callable[[], str], tmp_path: Path
) -> None:
    """On PostgreSQL (the second run of `make test`) this compares Core with the driver."""
    files = _export_everything(demo_database, tmp_path)
    database = open_database(new_database_target()).database
    counts_here = _load(database, files, tmp_path)
    through_driver = open_database(tmp_path / "driver.sqlite3").database
    counts_driver = _load(through_driver, files, tmp_path)
    assert counts_here == counts_driver
    assert _typed(database) == _typed(through_driver)
    through_driver.dispose()
    database.dispose()
