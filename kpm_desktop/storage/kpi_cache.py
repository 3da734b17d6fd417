"""KPI results kept per (period, level, UTC offset, KPI key) and the data version they were
computed at; the body is opaque text here (the service encodes it)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.kpi_cache_records import KpiCacheRecord

_cache = table_of(KpiCacheRecord)


def read_entries(
    connection: Connection,
    period: str,
    level: str,
    utc_offset_minutes: int,
    keys: Collection[str],
    version: int,
) -> dict[str, str]:
    """KPI key -> body of the entries computed at `version` (others are stale)."""
    c = _cache.c
    rows = connection.execute(
        select(c.kpi_key, c.body).where(
            c.period == period,
            c.level == level,
            c.utc_offset_minutes == utc_offset_minutes,
            c.kpi_key.in_(list(keys)),
            c.data_version == version,
        )
    )
    return {key: body for key, body in rows}


def write_entries(
    connection: Connection,
    period: str,
    level: str,
    utc_offset_minutes: int,
    bodies: Mapping[str, str],
    version: int,
    now: datetime,
) -> None:
    """Replace the entries of these keys; the caller commits."""
    c = _cache.c
    connection.execute(
        delete(_cache).where(
            c.period == period,
            c.level == level,
            c.utc_offset_minutes == utc_offset_minutes,
            c.kpi_key.in_(list(bodies)),
        )
    )
    connection.execute(
        insert(_cache),
        [
            {
                "period": period,
                "level": level,
                "utc_offset_minutes": utc_offset_minutes,
                "kpi_key": key,
                "data_version": version,
                "body": body,
                "computed_at": now,
            }
            for key, body in bodies.items()
        ],
    )


def clear_entries(connection: Connection) -> None:
    connection.execute(delete(_cache))
