"""Sign-in throttling and the sign-in log: slow down and lock repeated failures per user
name, record every attempt (never the password), and let an HR admin unlock a name.

The numbers come from the policy kept in the database's settings (`sign_in.*` keys), so a
command line cannot loosen them for itself. The wait happens outside any transaction.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import asdict, fields

from kpm_desktop.domain.access import Actor, AuthenticationError, Permission
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.sign_in import (
    LockedName,
    SignInChannel,
    SignInEntry,
    SignInOutcome,
    SignInPolicy,
)
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.audit_trail.audit import AuditTrail, Clock, utc_now
from kpm_desktop.storage import sign_in_repository as attempts
from kpm_desktop.storage.database import Database, UnitOfWork

Sleeper = Callable[[float], None]
SETTING_PREFIX = "sign_in."
SETTINGS_ENTITY = "setting"
SIGN_IN_ENTITY = "sign_in"


class SignInService:
    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        channel: SignInChannel = SignInChannel.GUI,
        clock: Clock = utc_now,
        sleep: Sleeper = time.sleep,
    ) -> None:
        self._database = database
        self._audit = audit
        self._channel = channel
        self._clock = clock
        self._sleep = sleep

    def admit(self, username: str) -> None:
        """Before a password is checked: refuse a locked name (recorded), else wait the
        delay its failures earned."""
        with self._database.unit_of_work() as uow:
            policy = _read_policy(uow)
            state = attempts.throttle_of(uow.session, username)
            if state is None:
                return
            now = self._clock()
            if state.locked_until is not None and state.locked_until > now:
                minutes = math.ceil((state.locked_until - now).total_seconds() / 60)
                self.record(uow, username, SignInOutcome.LOCKED)
                uow.commit()
                raise AuthenticationError(
                    "Too many failed sign-ins as '{username}': try again in {minutes} min, "
                    "or ask an HR admin to unlock it",
                    username=username,
                    minutes=minutes,
                )
            delay = policy.delay_before_attempt(state.failures)
        if delay:
            self._sleep(delay)

    def failed(self, uow: UnitOfWork, username: str, outcome: SignInOutcome) -> None:
        """Count and record a failed attempt in `uow` (the caller commits)."""
        policy = _read_policy(uow)
        now = self._clock()
        state = attempts.throttle_of(uow.session, username)
        failures = (0 if state is None else state.failures) + 1
        attempts.add_failure(uow.session, username, now, policy.locked_until_after(failures, now))
        self.record(uow, username, outcome)

    def succeeded(self, uow: UnitOfWork, username: str) -> None:
        attempts.clear_throttle(uow.session, username)
        self.record(uow, username, SignInOutcome.SIGNED_IN)

    def record(self, uow: UnitOfWork, username: str, outcome: SignInOutcome) -> None:
        attempts.add_sign_in(
            uow.session,
            username=username,
            occurred_at=self._clock(),
            channel=self._channel.value,
            outcome=outcome.value,
        )

    def policy(self) -> SignInPolicy:
        with self._database.unit_of_work() as uow:
            return _read_policy(uow)

    def set_policy(self, actor: Actor, policy: SignInPolicy) -> None:
        """Change the numbers of the policy (HR admin only; audited)."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(
                actor, Permission.MANAGE_USERS, record=UserText("the sign-in policy")
            )
            before = asdict(_read_policy(uow))
            for name, value in asdict(policy).items():
                attempts.put_setting(uow.session, SETTING_PREFIX + name, str(value))
            self._audit.record(
                uow, actor, SETTINGS_ENTITY, "sign_in", "update", before, asdict(policy)
            )
            uow.commit()

    def unlock(self, actor: Actor, username: str) -> bool:
        """Forget the failures of `username` (HR admin only; audited). False: none."""
        name = username.strip()
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(
                actor, Permission.MANAGE_USERS, record=UserText("user {name}", name=name)
            )
            state = attempts.throttle_of(uow.session, name)
            if state is None:
                return False
            before = {"failures": state.failures, "locked_until": state.locked_until}
            attempts.clear_throttle(uow.session, name)
            self._audit.record(uow, actor, SIGN_IN_ENTITY, name, "unlock", before, None)
            uow.commit()
        return True

    def locked_names(self, actor: Actor) -> list[LockedName]:
        """User names with failures in a row (locked or slowed down), HR admin only."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_USERS, record=UserText("users"))
            now = self._clock()
            return [
                LockedName(
                    r.username,
                    r.failures,
                    r.locked_until if r.locked_until and r.locked_until > now else None,
                )
                for r in attempts.throttled_names(uow.session)
            ]

    def sign_ins(
        self, actor: Actor, limit: int = 100, username: str | None = None
    ) -> list[SignInEntry]:
        """The latest recorded attempts, newest first (HR admin only)."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_USERS, record=UserText("users"))
            return [
                SignInEntry(
                    r.occurred_at, r.username, SignInChannel(r.channel), SignInOutcome(r.outcome)
                )
                for r in attempts.recent_sign_ins(uow.session, limit, username)
            ]


def _read_policy(uow: UnitOfWork) -> SignInPolicy:
    stored = attempts.settings(uow.session, SETTING_PREFIX)
    defaults = SignInPolicy()
    values: dict[str, float] = {}
    for field in fields(SignInPolicy):
        text = stored.get(SETTING_PREFIX + field.name)
        default = getattr(defaults, field.name)
        values[field.name] = default if text is None else type(default)(float(text))
    return SignInPolicy(**values)  # type: ignore[arg-type]
