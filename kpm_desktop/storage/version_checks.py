"""Version checks for appraisals: a stale version found on write becomes a ConflictError.

Records that carry a `version_id_col` (today `AppraisalRecord`) raise StaleDataError when
an UPDATE finds another version; wrap the flush or commit of such a change in
`stale_as_conflict` so the user is told, and nothing is silently overwritten. A shared
versioning mixin can take this over without changing the services that call it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from kpm_desktop.domain.errors import ConflictError, UserText


def check_version(label: UserText | str, stored: int, expected: int | None) -> None:
    """Refuse a change made on a copy older than the stored record."""
    if expected is not None and expected != stored:
        raise ConflictError(
            "{record} was changed by someone else since you opened it; your change was not "
            "saved. Reload it to see the other change, then make yours again "
            "(you had version {expected}, it is now {stored})",
            record=label,
            expected=expected,
            stored=stored,
        )


@contextmanager
def stale_as_conflict(label: UserText | str) -> Iterator[None]:
    try:
        yield
    except StaleDataError:
        raise ConflictError(
            "{record} was changed by someone else since you opened it; your change was not "
            "saved. Reload it to see the other change, then make yours again",
            record=label,
        ) from None


def touch(record: object, now: datetime) -> None:
    """Mark a versioned record changed so its UPDATE runs (and bumps the version) even when
    only its child rows changed or the clock shows the same time."""
    setattr(record, "updated_at", now)  # noqa: B010
    flag_modified(record, "updated_at")
