"""Start-up's early claim (services/admin/early_sign_in.py): the account the environment
names, read with sqlite3 before SQLAlchemy, is offered only when nothing but the password
could refuse it, and counts as verified only for the password the early check matched
against exactly the hash stored; the sign-in through the ORM then signs in the same actor."""

from pathlib import Path

import pytest

from kpm_desktop.domain.access import AuthenticationError, Role
from kpm_desktop.domain.sign_in import SignInChannel
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
from kpm_desktop.services.admin.early_sign_in import early_claim
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, fast_hasher

pytestmark = pytest.mark.sqlite_only  # the early reads are of SQLite files

WANG_PASSWORD = "wang-secret-1"


@pytest.fixture
def auth(database: Database) -> AuthService:
    audit = AuditTrail(database)
    sign_ins = SignInService(database, audit, SignInChannel.GUI, sleep=lambda _seconds: None)
    auth = AuthService(database, audit, hasher=fast_hasher(), sign_ins=sign_ins)
    admin = auth.create_first_admin(ADMIN_PASSWORD, "hr")
    auth.create_user(admin, "wang", WANG_PASSWORD, Role.SUPERVISOR)
    return auth


def _path(database: Database) -> Path:
    assert database.file_path is not None
    return database.file_path


def _check(database: Database, username: str, password: str) -> EarlyPasswordCheck:
    check = EarlyPasswordCheck.start(str(_path(database)), username, password)
    assert check is not None
    return check


def test_the_right_password_claims_the_actor_the_sign_in_gives(
    database: Database, auth: AuthService
) -> None:
    claim = early_claim(_path(database), " wang ")
    assert claim is not None
    assert claim.verified(_check(database, "wang", WANG_PASSWORD), WANG_PASSWORD)
    assert claim.actor == auth.authenticate("wang", WANG_PASSWORD)


def test_a_wrong_password_is_not_verified(database: Database, auth: AuthService) -> None:
    claim = early_claim(_path(database), "wang")
    assert claim is not None
    assert not claim.verified(_check(database, "wang", "not-the-password"), "not-the-password")
    assert not claim.verified(_check(database, "wang", "not-the-password"), WANG_PASSWORD)


def test_a_password_changed_since_the_check_is_not_verified(
    database: Database, auth: AuthService
) -> None:
    check = _check(database, "wang", WANG_PASSWORD)
    assert check.result_for("unused", "unused") is None  # waits for the check to end
    auth.set_password(auth.authenticate("hr", ADMIN_PASSWORD), "wang", "wang-secret-2")
    claim = early_claim(_path(database), "wang")
    assert claim is not None and not claim.verified(check, WANG_PASSWORD)


def test_unknown_and_deactivated_accounts_are_not_claimed(
    database: Database, auth: AuthService
) -> None:
    assert early_claim(_path(database), "nobody") is None
    auth.deactivate(auth.authenticate("hr", ADMIN_PASSWORD), "wang")
    assert early_claim(_path(database), "wang") is None


def test_a_name_with_a_failure_counted_or_locked_is_not_claimed(
    database: Database, auth: AuthService
) -> None:
    with pytest.raises(AuthenticationError):
        auth.authenticate("wang", "not-the-password")
    assert early_claim(_path(database), "wang") is None  # slowed down
    for _ in range(20):
        with pytest.raises(AuthenticationError):
            auth.authenticate("wang", "not-the-password")
    assert early_claim(_path(database), "wang") is None  # locked


def test_nobody_is_claimed_before_an_hr_admin_exists(database: Database) -> None:
    auth = AuthService(database, AuditTrail(database), hasher=fast_hasher())
    auth.create_user(None, "wang", WANG_PASSWORD, Role.EMPLOYEE)
    assert early_claim(_path(database), "wang") is None


def test_no_file_gives_no_claim(tmp_path: Path) -> None:
    assert early_claim(tmp_path / "absent.sqlite3", "hr") is None
    assert not (tmp_path / "absent.sqlite3").exists()
