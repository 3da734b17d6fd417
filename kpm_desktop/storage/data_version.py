"""The data version: one counter that every committed write to what KPIs are computed from
raises in that same transaction, so a KPI result stamped with an older version is known to
be stale (`services/kpis/kpi_result_cache.py`, `services/kpis/ticket_time_cache.py`).

No service bumps it by hand: `watch_kpi_sources(engine)` (called for every engine) notes
each INSERT, UPDATE or DELETE on a table in `KPI_SOURCE_TABLES`, whether the ORM's flush or
a Core bulk statement (the importer, the demo generator) issued it, and bumps the counter
once when that transaction commits. A write that bypasses SQLAlchemy (the importer's
SQLite driver cursor, `storage/bulk_upsert.py`) reports itself with `note_driver_write`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Table, event, insert, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    MarketingSpendRecord,
    ServiceTicketRecord,
    StaffRecord,
    TargetRecord,
)
from kpm_desktop.storage.first_page_sql import DATA_VERSION
from kpm_desktop.storage.kpi_cache_records import DataVersionRecord
from kpm_desktop.storage.marketing_source_records import MarketingSourceRecord
from kpm_desktop.storage.settings_records import AppSettingRecord

_versions = table_of(DataVersionRecord)
_ROW = 1

# What KPI figures are computed from. The settings hold the office zone that periods are
# cut in; their other keys change rarely, and a needless bump only costs a recomputation.
KPI_SOURCE_TABLES = frozenset(
    table_of(record).name
    for record in (
        DepartmentRecord,
        StaffRecord,
        CustomerRecord,
        DealRecord,
        ActivityRecord,
        ServiceTicketRecord,
        TargetRecord,
        MarketingSpendRecord,
        MarketingSourceRecord,
        AppSettingRecord,
    )
)

# Kept in the DBAPI connection's `info`, which outlives one transaction: cleared at begin,
# commit and rollback. A savepoint rolled back leaves it set (a needless bump, never a
# missed one).
_PENDING_KEY = "kpi_sources_written"


def read_data_version(connection: Connection | Session) -> int:
    version = connection.scalar(text(DATA_VERSION))  # shared: storage/first_page_sql.py
    return 0 if version is None else int(version)


def watch_kpi_sources(engine: Engine) -> None:
    """Bump the data version in every transaction on `engine` that writes a KPI source."""
    event.listen(engine, "begin", _forget_writes)
    event.listen(engine, "after_execute", _note_write)
    event.listen(engine, "commit", _bump_if_written)
    event.listen(engine, "rollback", _forget_writes)


def note_driver_write(connection: Connection, table: Table) -> None:
    """Register a write to `table` sent through the driver's own cursor."""
    if table.name in KPI_SOURCE_TABLES:
        connection.info[_PENDING_KEY] = True


def _note_write(connection: Connection, statement: Any, *_args: Any) -> None:
    if isinstance(statement, UpdateBase) and _table_name(statement) in KPI_SOURCE_TABLES:
        connection.info[_PENDING_KEY] = True


def _table_name(statement: UpdateBase) -> str | None:
    return getattr(getattr(statement, "table", None), "name", None)


def _bump_if_written(connection: Connection) -> None:
    """`commit` hook: runs inside the transaction, just before the database commits it."""
    if connection.info.pop(_PENDING_KEY, False):
        _bump(connection)


def _forget_writes(connection: Connection) -> None:
    connection.info.pop(_PENDING_KEY, None)


def _bump(connection: Connection) -> None:
    bumped = connection.execute(
        update(_versions).where(_versions.c.id == _ROW).values(version=_versions.c.version + 1)
    )
    if not bumped.rowcount:
        connection.execute(insert(_versions).values(id=_ROW, version=1))
