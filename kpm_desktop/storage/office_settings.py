"""Read and write one shared setting (`app_settings`, one row per key)."""

from __future__ import annotations

from sqlalchemy import Connection, insert, text, update
from sqlalchemy.orm import Session

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.first_page_sql import OFFICE_ZONE, SETTING
from kpm_desktop.storage.settings_records import AppSettingRecord

_settings = table_of(AppSettingRecord)

__all__ = ["OFFICE_ZONE", "read_setting", "write_setting"]


def read_setting(connection: Connection | Session, key: str) -> str | None:
    # The SQL is shared with start-up's early read (storage/first_page_sql.py).
    value = connection.scalar(text(SETTING), {"key": key})
    return None if value is None else str(value)


def write_setting(connection: Connection | Session, key: str, value: str) -> None:
    """Insert or replace; the caller commits."""
    changed = connection.execute(
        update(_settings).where(_settings.c.key == key).values(value=value)
    )
    if not changed.rowcount:  # type: ignore[attr-defined]
        connection.execute(insert(_settings).values(key=key, value=value))
