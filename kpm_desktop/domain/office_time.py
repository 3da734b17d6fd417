"""The office's time zone: the zone of every clock time in a file, a form or on screen.

The database keeps moments as naive UTC (docs/architecture.md). A clock time without an
offset is the office's; one with an offset (`+08:00`, `Z`) is converted. A KPI period runs
from the office's local midnight of its first day to that of the day after its last
(docs/kpis.md), so its bounds in storage are those midnights in UTC.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kpm_desktop.domain.errors import ValidationError

UTC_ZONE = ZoneInfo("UTC")
# Names the zone a new database takes, for a database set up away from the office (a
# server running in UTC); tests pin it so that both of their runs agree.
OFFICE_ZONE_VAR = "KPM_OFFICE_ZONE"
_NO_OFFSET = timedelta(0)
_ZONEINFO_DIR = "zoneinfo/"


def office_zone(name: str) -> ZoneInfo:
    """The zone of an IANA name such as `Asia/Shanghai`; a user error for anything else."""
    cleaned = name.strip()
    try:
        if not cleaned or cleaned.startswith(("/", ".")) or ".." in cleaned:
            raise ValueError(cleaned)
        return ZoneInfo(cleaned)
    except (ValueError, ZoneInfoNotFoundError):
        raise ValidationError(
            "'{name}' is not a time zone: use an IANA name such as Asia/Shanghai or UTC",
            name=name,
        ) from None


def stored_or_default_zone(name: str | None) -> ZoneInfo:
    """The zone of the database's setting `name`, or the default when it holds none."""
    return office_zone(name or default_zone_name())


def default_zone_name() -> str:
    """The office zone of a database without the setting: $KPM_OFFICE_ZONE, else the
    machine's."""
    name = os.environ.get(OFFICE_ZONE_VAR, "").strip()
    return office_zone(name).key if name else system_zone_name()


def system_zone_name() -> str:
    """The IANA name of the zone this machine runs in, for the office's default.

    `TZ` first, then the zone `/etc/localtime` links to, then `/etc/timezone`; a machine
    that names none (Windows) gets the fixed zone of its current offset (`Etc/GMT-8` is
    UTC+8), or UTC.
    """
    for name in (os.environ.get("TZ", "").lstrip(":"), _linked_zone(), _timezone_file()):
        if name and _is_zone(name):
            return name
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not hours:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"


def _linked_zone() -> str:
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    _, found, name = target.partition(_ZONEINFO_DIR)
    return name if found else ""


def _timezone_file() -> str:
    try:
        return Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _is_zone(name: str) -> bool:
    try:
        office_zone(name)
    except ValidationError:
        return False
    return True


def to_storage(moment: datetime, zone: ZoneInfo) -> datetime:
    """Naive UTC of `moment`; a naive `moment` is a clock time of the office's zone.

    A clock time the zone skips or repeats (a daylight-saving change) is read with the
    offset in force before the change.
    """
    # Subtracting the offset is what `astimezone(UTC)` does, a thirtieth of its cost (an
    # import converts every moment of every row).
    offset = zone.utcoffset(moment) if moment.tzinfo is None else moment.utcoffset()
    return (moment - (offset or _NO_OFFSET)).replace(tzinfo=None)


def to_office(stored: datetime, zone: ZoneInfo) -> datetime:
    """The office's clock time (naive) of a moment stored as naive UTC."""
    return stored.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The office's midnight at the start of `day`, as naive UTC."""
    return to_storage(datetime.combine(day, time()), zone)
