"""The start-up's early password check: `authenticate` takes its result only for exactly the
stored hash it reads and the same password, once; refusals, locks and the recorded
attempts stay what they are without it."""

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from kpm_desktop.domain.access import Actor, AuthenticationError, Role
from kpm_desktop.domain.sign_in import SignInChannel, SignInOutcome
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only  # the early check reads SQLite files only

WANG_PASSWORD = "wang-secret-1"


class CountingHasher(PasswordHasher):
    """The tests' cheap argon2 profile, counting the verifications `AuthService` makes."""

    def __init__(self) -> None:
        super().__init__(
            CHEAPEST.time_cost,
            CHEAPEST.memory_cost,
            CHEAPEST.parallelism,
            CHEAPEST.hash_len,
            CHEAPEST.salt_len,
            type=CHEAPEST.type,
        )
        self.verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # type: ignore[override]
        self.verified += 1
        return super().verify(hash, password)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 9, 0)

    def __call__(self) -> datetime:
        return self.now


class World:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.hasher = CountingHasher()
        self.clock = Clock()
        audit = AuditTrail(database)
        self.sign_ins = SignInService(
            database, audit, SignInChannel.GUI, clock=self.clock, sleep=self._sleep
        )
        self.auth = AuthService(database, audit, hasher=self.hasher, sign_ins=self.sign_ins)
        self.admin = self.auth.create_first_admin(ADMIN_PASSWORD, "hr")
        self.auth.create_user(self.admin, "wang", WANG_PASSWORD, Role.EMPLOYEE)

    def _sleep(self, seconds: float) -> None:
        self.clock.now += timedelta(seconds=seconds)

    def early(self, username: str, password: str) -> EarlyPasswordCheck:
        check = EarlyPasswordCheck.start(str(self.database.file_path), username, password)
        assert check is not None
        return check

    def outcomes(self, username: str) -> list[SignInOutcome]:
        return [e.outcome for e in self.sign_ins.sign_ins(self.admin, username=username)]


@pytest.fixture
def accounts(database: Database) -> World:
    return World(database)


def _refused(auth: AuthService, username: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        auth.authenticate(username, password)
    return str(caught.value)


def test_the_right_password_signs_in_on_the_early_result(accounts: World) -> None:
    accounts.auth.use_early_check(accounts.early("wang", WANG_PASSWORD))
    actor = accounts.auth.authenticate("wang", WANG_PASSWORD)
    assert isinstance(actor, Actor) and actor.username == "wang"
    assert accounts.hasher.verified == 0  # the early verification served
    assert accounts.outcomes("wang") == [SignInOutcome.SIGNED_IN]


def test_a_wrong_password_is_refused_and_recorded_as_without_it(accounts: World) -> None:
    accounts.auth.use_early_check(accounts.early("wang", "not-the-password"))
    assert _refused(accounts.auth, "wang", "not-the-password") == "Wrong user name or password"
    assert accounts.hasher.verified == 0
    assert accounts.outcomes("wang") == [SignInOutcome.WRONG_CREDENTIALS]


def test_another_password_than_the_one_checked_early_is_verified_again(accounts: World) -> None:
    accounts.auth.use_early_check(accounts.early("wang", "not-the-password"))
    assert accounts.auth.authenticate("wang", WANG_PASSWORD).username == "wang"
    assert accounts.hasher.verified == 1


def test_a_hash_changed_since_the_early_read_is_verified_again(accounts: World) -> None:
    early = accounts.early("wang", WANG_PASSWORD)
    assert early.result_for("unused", "unused") is None  # waits for the check to end
    accounts.auth.set_password(accounts.admin, "wang", "wang-secret-2")
    accounts.auth.use_early_check(early)
    assert _refused(accounts.auth, "wang", WANG_PASSWORD) == "Wrong user name or password"
    assert accounts.hasher.verified == 1
    assert accounts.outcomes("wang") == [SignInOutcome.WRONG_CREDENTIALS]


def test_it_serves_one_sign_in_only(accounts: World) -> None:
    accounts.auth.use_early_check(accounts.early("wang", WANG_PASSWORD))
    accounts.auth.authenticate("wang", WANG_PASSWORD)
    accounts.auth.authenticate("wang", WANG_PASSWORD)
    assert accounts.hasher.verified == 1


def test_a_locked_account_stays_locked_with_the_right_password(accounts: World) -> None:
    for _ in range(10):
        _refused(accounts.auth, "wang", "not-the-password")
    accounts.auth.use_early_check(accounts.early("wang", WANG_PASSWORD))
    assert _refused(accounts.auth, "wang", WANG_PASSWORD).startswith(
        "Too many failed sign-ins as 'wang'"
    )
    assert accounts.outcomes("wang")[0] is SignInOutcome.LOCKED
    accounts.clock.now += timedelta(minutes=15)
    verified = accounts.hasher.verified
    assert accounts.auth.authenticate("wang", WANG_PASSWORD).username == "wang"
    assert accounts.hasher.verified == verified + 1  # the refused sign-in used up the check


def test_an_unknown_user_gets_no_early_result(accounts: World) -> None:
    early = accounts.early("nobody", WANG_PASSWORD)
    assert early.result_for("anything", WANG_PASSWORD) is None
    accounts.auth.use_early_check(early)
    assert _refused(accounts.auth, "nobody", WANG_PASSWORD) == "Wrong user name or password"
    assert accounts.outcomes("nobody") == [SignInOutcome.WRONG_CREDENTIALS]


def test_a_deactivated_account_is_refused_as_without_it(accounts: World) -> None:
    accounts.auth.deactivate(accounts.admin, "wang")
    accounts.auth.use_early_check(accounts.early("wang", WANG_PASSWORD))
    assert "deactivated" in _refused(accounts.auth, "wang", WANG_PASSWORD)
    assert accounts.outcomes("wang") == [SignInOutcome.DEACTIVATED]


def test_urls_get_no_early_check() -> None:
    url = "postgresql://kpm@localhost/kpm"
    assert EarlyPasswordCheck.start(url, "hr", ADMIN_PASSWORD) is None
    assert EarlyPasswordCheck.start("sqlite:////tmp/kpm.sqlite3", "hr", ADMIN_PASSWORD) is None
