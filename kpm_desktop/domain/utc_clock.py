"""The clock moments are stored by: naive UTC (the audit trail, the sign-in log, records'
times). Apart from office_time.py so that reading it loads no time zone data."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now, as the database stores moments: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)
