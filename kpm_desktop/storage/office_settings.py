"""Read and write the office's settings (`office_settings`, one row per name)."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.settings_records import OfficeSettingRecord

OFFICE_ZONE = "office_zone"
_settings = table_of(OfficeSettingRecord)


def read_setting(connection: Connection | Session, name: str) -> str | None:
    return connection.scalar(select(_settings.c.value).where(_settings.c.name == name))


def write_setting(connection: Connection | Session, name: str, value: str) -> None:
    """Insert or replace; the caller commits."""
    changed = connection.execute(
        update(_settings).where(_settings.c.name == name).values(value=value)
    )
    if not changed.rowcount:  # type: ignore[attr-defined]
        connection.execute(insert(_settings).values(name=name, value=value))
