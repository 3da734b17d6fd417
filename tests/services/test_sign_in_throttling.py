"""Sign-in throttling: growing delays after 5 failures, a lock after 10, unlock by an HR
admin, the same refusal for unknown names, and the sign-in log (never a password).

The clock and the sleeper are injected: no test sleeps."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from kpm_desktop.domain.access import AuthenticationError, Role
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.domain.sign_in import SignInChannel, SignInOutcome, SignInPolicy
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.sign_in_records import SignInRecord
from tests.access_helpers import ADMIN_PASSWORD, fast_hasher

START = datetime(2026, 12, 7, 9, 0)


class FakeTime:
    """A clock that only moves when told to, and a sleeper that moves it."""

    def __init__(self) -> None:
        self.now = START
        self.sleeps: list[float] = []

    def clock(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def services(database: Database, fake_time: FakeTime) -> tuple[AuthService, SignInService]:
    audit = AuditTrail(database)
    sign_ins = SignInService(
        database, audit, SignInChannel.CLI, clock=fake_time.clock, sleep=fake_time.sleep
    )
    auth = AuthService(database, audit, hasher=fast_hasher(), sign_ins=sign_ins)
    admin = auth.create_first_admin(ADMIN_PASSWORD, "hr")
    auth.create_user(admin, "wang", "wang-secret-1", Role.EMPLOYEE)
    return auth, sign_ins


def _fail(auth: AuthService, username: str, times: int) -> list[str]:
    messages = []
    for _ in range(times):
        with pytest.raises(AuthenticationError) as caught:
            auth.authenticate(username, "not-the-password")
        messages.append(str(caught.value))
    return messages


def test_delays_grow_after_five_failures_and_ten_lock_the_account(
    services: tuple[AuthService, SignInService], fake_time: FakeTime
) -> None:
    auth, _ = services
    _fail(auth, "wang", 5)
    assert fake_time.sleeps == []
    _fail(auth, "wang", 5)
    assert fake_time.sleeps == [1, 2, 4, 8, 16]
    with pytest.raises(AuthenticationError, match="Too many failed sign-ins as 'wang'"):
        auth.authenticate("wang", "wang-secret-1")  # the right password, but locked
    fake_time.now += timedelta(minutes=15)
    assert auth.authenticate("wang", "wang-secret-1").username == "wang"  # after a wait
    _fail(auth, "wang", 1)  # the count started again: no wait, no lock
    assert fake_time.sleeps == [1, 2, 4, 8, 16, 16]


def test_unknown_names_get_the_same_message_and_are_throttled_alike(
    services: tuple[AuthService, SignInService], fake_time: FakeTime
) -> None:
    auth, _ = services
    known = _fail(auth, "wang", 10)
    unknown = _fail(auth, "nobody", 10)
    assert known == unknown == ["Wrong user name or password"] * 10
    assert fake_time.sleeps == [1, 2, 4, 8, 16] * 2
    locked_known = _fail(auth, "wang", 1)[0]
    locked_unknown = _fail(auth, "nobody", 1)[0]
    assert locked_known.replace("wang", "X") == locked_unknown.replace("nobody", "X")


def test_an_hr_admin_unlocks_and_others_may_not(
    services: tuple[AuthService, SignInService], fake_time: FakeTime
) -> None:
    auth, sign_ins = services
    _fail(auth, "wang", 10)
    hr = auth.authenticate("hr", ADMIN_PASSWORD)
    locked = sign_ins.locked_names(hr)
    assert [(n.username, n.failures) for n in locked] == [("wang", 10)]
    assert locked[0].locked_until == fake_time.now + timedelta(minutes=15)
    employee = auth.create_user(hr, "li", "li-secret-12", Role.EMPLOYEE)
    with pytest.raises(PermissionDeniedError):
        sign_ins.unlock(employee, "wang")
    assert sign_ins.unlock(hr, "wang") is True
    assert auth.authenticate("wang", "wang-secret-1").username == "wang"
    assert sign_ins.unlock(hr, "wang") is False  # nothing left to forget


def test_every_attempt_is_recorded_without_the_password(
    services: tuple[AuthService, SignInService], database: Database
) -> None:
    auth, sign_ins = services
    _fail(auth, "wang", 1)
    auth.authenticate("wang", "wang-secret-1")
    hr = auth.authenticate("hr", ADMIN_PASSWORD)
    entries = sign_ins.sign_ins(hr)
    assert [(e.username, e.outcome, e.channel) for e in entries] == [
        ("hr", SignInOutcome.SIGNED_IN, SignInChannel.CLI),
        ("wang", SignInOutcome.SIGNED_IN, SignInChannel.CLI),
        ("wang", SignInOutcome.WRONG_CREDENTIALS, SignInChannel.CLI),
    ]
    assert [e.username for e in sign_ins.sign_ins(hr, username="wang")] == ["wang", "wang"]
    with database.unit_of_work() as uow:
        rows = uow.session.scalars(select(SignInRecord)).all()
        stored = " ".join(str(vars(row)) for row in rows)
    assert "not-the-password" not in stored and "wang-secret-1" not in stored


def test_the_policy_is_configurable_by_an_hr_admin(
    services: tuple[AuthService, SignInService], fake_time: FakeTime
) -> None:
    auth, sign_ins = services
    hr = auth.authenticate("hr", ADMIN_PASSWORD)
    sign_ins.set_policy(hr, SignInPolicy(throttle_after=2, lock_after=3, lock_minutes=60))
    _fail(auth, "wang", 3)
    assert fake_time.sleeps == [1]
    fake_time.now += timedelta(minutes=59)
    with pytest.raises(AuthenticationError, match="try again in 1 min"):
        auth.authenticate("wang", "wang-secret-1")
    assert sign_ins.policy() == SignInPolicy(throttle_after=2, lock_after=3, lock_minutes=60)
