"""A selection's deadline: the last day panel members may submit sheets, in office time.

The deadline is a day of the office's calendar (the company's stored office zone,
`domain/office_time.py`, not the zone of the machine): sheets are taken until that day
ends, 23:59:59 office time, and refused from the office's midnight after it. HR may move
the deadline (audited) or close the scoring (docs/user-guide.md, "Selections").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kpm_desktop.domain.errors import LockedError
from kpm_desktop.domain.office_time import local_midnight


def deadline_end(deadline: date, zone: ZoneInfo) -> datetime:
    """The moment (naive UTC) the deadline day ends: the office's midnight after it."""
    return local_midnight(deadline + timedelta(days=1), zone)


def is_overdue(deadline: date | None, now: datetime, zone: ZoneInfo) -> bool:
    """Whether `now` (naive UTC) is past the end of the deadline day; never without one."""
    return deadline is not None and now >= deadline_end(deadline, zone)


def refuse_if_overdue(name: str, deadline: date | None, now: datetime, zone: ZoneInfo) -> None:
    if deadline is not None and is_overdue(deadline, now, zone):
        raise LockedError(
            "The deadline of selection {name} was {deadline} (until 23:59:59, {zone}): sheets "
            "can no longer be submitted; HR can extend the deadline or close the scoring",
            name=name,
            deadline=deadline.isoformat(),
            zone=zone.key,
        )
