"""Read and bump the data version: one counter that every write to what KPIs are
computed from (CRM tables, staff, departments, targets) raises in its own transaction, so
a KPI result stamped with an older version is known to be stale."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.kpi_cache_records import DataVersionRecord

_versions = table_of(DataVersionRecord)
_ROW = 1


def read_data_version(connection: Connection | Session) -> int:
    version = connection.scalar(select(_versions.c.version).where(_versions.c.id == _ROW))
    return 0 if version is None else int(version)


def bump_data_version(connection: Connection | Session) -> None:
    """Call inside the transaction of the write, so both commit or neither does."""
    bumped = connection.execute(
        update(_versions).where(_versions.c.id == _ROW).values(version=_versions.c.version + 1)
    )
    if not bumped.rowcount:  # type: ignore[attr-defined]
        connection.execute(insert(_versions).values(id=_ROW, version=1))
