"""Stored values of a SQLite file as SQLAlchemy's SQLite dialect reads and writes them, for
the reads and writes made with the standard library's sqlite3 module before SQLAlchemy is
imported (storage/early_reads.py, storage/early_sign_in_record.py). No SQLAlchemy here;
tests/storage/test_sqlite_values.py compares each with the dialect's own processors.

- `Numeric(precision, scale, asdecimal=True)`: SQLite hands back an int or a float, which
  the dialect formats with `scale` decimals before making it a Decimal ("%.4f").
- `DateTime` / `Date`: ISO text ("2026-09-30 08:00:00.000000" as written), read with
  `fromisoformat`.
- `Boolean`: 0 or 1.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

# The scale of `storage.base.Quantity` (Numeric(18, 4)).
QUANTITY_SCALE = 4
# The text SQLAlchemy's SQLite dialect stores a datetime as.
_DATETIME_TEXT = "%04d-%02d-%02d %02d:%02d:%02d.%06d"


def quantity(value: int | float | None) -> Decimal | None:
    """A `Quantity` column's value as the ORM reads it."""
    return None if value is None else Decimal(f"%.{QUANTITY_SCALE}f" % value)


def stored_moment(value: str | None) -> datetime | None:
    """A `DateTime` column's value as the ORM reads it."""
    return None if value is None else datetime.fromisoformat(value)


def stored_day(value: str | None) -> date | None:
    """A `Date` column's value as the ORM reads it."""
    return None if value is None else date.fromisoformat(value)


def flag(value: int | None) -> bool | None:
    """A `Boolean` column's value as the ORM reads it."""
    return None if value is None else bool(value)


def moment_text(value: datetime) -> str:
    """The text the ORM stores for a naive `DateTime` value."""
    return _DATETIME_TEXT % (
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
    )
