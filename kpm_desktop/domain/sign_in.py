"""The sign-in policy: how failed sign-ins slow down further attempts, then lock them.

After `throttle_after` failures in a row for one user name, every further attempt waits
first: 1 s, then 2, 4, 8... up to `max_delay_seconds`. At `lock_after` failures the name
is locked for `lock_minutes`; an HR admin can unlock it sooner. A successful sign-in (or
an unlock) starts the count again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kpm_desktop.domain.errors import ValidationError


class SignInChannel(StrEnum):
    GUI = "gui"
    CLI = "cli"


class SignInOutcome(StrEnum):
    SIGNED_IN = "signed_in"
    WRONG_CREDENTIALS = "wrong_credentials"
    LOCKED = "locked"
    DEACTIVATED = "deactivated"


@dataclass(frozen=True)
class SignInPolicy:
    throttle_after: int = 5
    lock_after: int = 10
    lock_minutes: int = 15
    max_delay_seconds: float = 16.0

    def __post_init__(self) -> None:
        if not 1 <= self.throttle_after <= self.lock_after:
            raise ValidationError(
                "The sign-in delay must start after 1 or more failures and no later than the "
                "lock ({throttle_after} and {lock_after} given)",
                throttle_after=self.throttle_after,
                lock_after=self.lock_after,
            )
        if self.lock_minutes < 1:
            raise ValidationError(
                "An account must be locked for at least 1 minute ({lock_minutes} given)",
                lock_minutes=self.lock_minutes,
            )

    def delay_before_attempt(self, failures: int) -> float:
        """Seconds to wait before checking a password after `failures` failures in a row."""
        if failures < self.throttle_after:
            return 0.0
        return float(min(2 ** (failures - self.throttle_after), self.max_delay_seconds))

    def locked_until_after(self, failures: int, now: datetime) -> datetime | None:
        """When the failure that made the count `failures` locks the name, until when."""
        if failures < self.lock_after:
            return None
        return now + timedelta(minutes=self.lock_minutes)


@dataclass(frozen=True)
class SignInEntry:
    """One recorded attempt (the user name as typed; never the password)."""

    occurred_at: datetime
    username: str
    channel: SignInChannel
    outcome: SignInOutcome

    @property
    def succeeded(self) -> bool:
        return self.outcome is SignInOutcome.SIGNED_IN


@dataclass(frozen=True)
class LockedName:
    username: str
    failures: int
    locked_until: datetime | None
