"""KPI results kept per (period, level, office zone, KPI key) and the data version they were
computed at; the body is opaque text here (the service encodes it)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime

from sqlalchemy import Connection, delete, insert, text

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.first_page_sql import kept_kpi_entries, kept_kpi_parameters
from kpm_desktop.storage.kpi_cache_records import KpiCacheRecord

_cache = table_of(KpiCacheRecord)


def read_entries(
    connection: Connection,
    period: str,
    level: str,
    office_zone: str,
    keys: Collection[str],
    version: int,
) -> dict[str, str]:
    """KPI key -> body of the entries computed at `version` (others are stale). The SQL is
    shared with start-up's early read (storage/first_page_sql.py)."""
    if not keys:
        return {}
    wanted = list(keys)
    rows = connection.execute(
        text(kept_kpi_entries(wanted)),
        kept_kpi_parameters(period, level, office_zone, wanted, version),
    )
    return {key: body for key, body in rows}


def write_entries(
    connection: Connection,
    period: str,
    level: str,
    office_zone: str,
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
            c.office_zone == office_zone,
            c.kpi_key.in_(list(bodies)),
        )
    )
    connection.execute(
        insert(_cache),
        [
            {
                "period": period,
                "level": level,
                "office_zone": office_zone,
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
