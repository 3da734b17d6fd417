"""Accounts: the first admin, sign-in with argon2, and who may manage users."""

import pytest
from argon2 import PasswordHasher
from argon2.profiles import RFC_9106_LOW_MEMORY

from kpm_desktop.domain.access import AuthenticationError, Role
from kpm_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.demo.demo_users import DEMO_PASSWORD, create_demo_users
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import UserRecord
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit


def test_first_admin_only_once_and_signs_in(database: Database) -> None:
    auth, audit = auth_and_audit(database)
    assert auth.needs_first_admin()
    admin = auth.create_first_admin(ADMIN_PASSWORD, "admin", "人事管理员")
    assert admin.role is Role.HR_ADMIN and not auth.needs_first_admin()
    with pytest.raises(ConflictError, match="already exists"):
        auth.create_first_admin("another-pass-2", "root")
    signed_in = auth.authenticate("admin", ADMIN_PASSWORD)
    assert signed_in == admin
    assert audit.verify().entries_checked == 2  # the creation and the account's seal


def test_the_password_is_stored_as_an_argon2_hash(database: Database) -> None:
    auth, _ = auth_and_audit(database)
    auth.create_first_admin(ADMIN_PASSWORD)
    with database.unit_of_work() as uow:
        stored = uow.session.query(UserRecord).one().password_hash
    assert stored.startswith("$argon2id$") and ADMIN_PASSWORD not in stored


def test_wrong_password_and_unknown_user_get_the_same_message(database: Database) -> None:
    auth, _ = auth_and_audit(database)
    auth.create_first_admin(ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError) as wrong:
        auth.authenticate("admin", "not-the-password")
    with pytest.raises(AuthenticationError) as unknown:
        auth.authenticate("nobody", ADMIN_PASSWORD)
    assert str(wrong.value) == str(unknown.value) == "Wrong user name or password"


def test_an_inactive_user_cannot_sign_in(demo_database: Database) -> None:
    auth, _ = auth_and_audit(demo_database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    auth.create_user(admin, "li.lei", "li-lei-pass-1", Role.EMPLOYEE, staff_no="E00010")
    auth.deactivate(admin, "li.lei")
    with pytest.raises(AuthenticationError, match=r"li\.lei' is deactivated"):
        auth.authenticate("li.lei", "li-lei-pass-1")
    with pytest.raises(ValidationError, match="your own account"):
        auth.deactivate(admin, "admin")


def test_an_old_hash_is_upgraded_on_sign_in(database: Database) -> None:
    cheap, audit = auth_and_audit(database)
    cheap.create_first_admin(ADMIN_PASSWORD)
    strong = AuthService(database, audit, hasher=PasswordHasher(memory_cost=1024, time_cost=2))
    strong.authenticate("admin", ADMIN_PASSWORD)
    with database.unit_of_work() as uow:
        stored = uow.session.query(UserRecord).one()
        assert "m=1024,t=2" in stored.password_hash and stored.last_login_at is not None
    cheap.authenticate("admin", ADMIN_PASSWORD)  # the new hash still verifies


@pytest.mark.strong_hashing
def test_the_app_hashes_with_argon2s_recommended_low_memory_profile(database: Database) -> None:
    """The tests hash cheaply (tests/conftest.py); the app's own service does not: an
    account made cheaply gets RFC 9106's low-memory parameters at its next sign-in."""
    cheap, audit = auth_and_audit(database)
    cheap.create_first_admin(ADMIN_PASSWORD)
    AuthService(database, audit).authenticate("admin", ADMIN_PASSWORD)
    with database.unit_of_work() as uow:
        stored = uow.session.query(UserRecord).one().password_hash
    profile = RFC_9106_LOW_MEMORY
    assert f"m={profile.memory_cost},t={profile.time_cost},p={profile.parallelism}" in stored


def test_only_hr_admins_manage_users_but_anyone_changes_their_own_password(
    demo_database: Database,
) -> None:
    auth, _ = auth_and_audit(demo_database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    boss = auth.create_user(admin, "wang", "wang-pass-12", Role.SUPERVISOR, staff_no="E00002")
    assert boss.staff_id == 2
    with pytest.raises(PermissionDeniedError, match=r"User wang .*may not manage_users"):
        auth.create_user(boss, "zhao", "zhao-pass-12", Role.EMPLOYEE)
    with pytest.raises(PermissionDeniedError):
        auth.set_password(boss, "admin", "hijacked-pass")
    with pytest.raises(PermissionDeniedError):
        auth.list_users(boss)
    auth.set_password(boss, "wang", "wang-new-pass")
    assert auth.authenticate("wang", "wang-new-pass").username == "wang"
    with pytest.raises(ValidationError, match="at least 8"):
        auth.set_password(admin, "wang", "short")
    with pytest.raises(ConflictError, match="'wang' already exists"):
        auth.create_user(admin, "wang", "other-pass-12", Role.VIEWER)
    with pytest.raises(NotFoundError, match="E99999"):
        auth.create_user(admin, "ghost", "ghost-pass-12", Role.EMPLOYEE, staff_no="E99999")
    assert [u.username for u in auth.list_users(admin)] == ["admin", "wang"]


def test_demo_users_follow_the_regenerated_staff(demo_database: Database) -> None:
    auth, audit = auth_and_audit(demo_database)
    accounts = create_demo_users(demo_database, auth)
    assert [a.role for a in accounts] == [Role.SUPERVISOR, Role.EMPLOYEE, Role.VIEWER]
    supervisor = auth.authenticate("demo.supervisor", DEMO_PASSWORD)
    assert supervisor.staff_id is not None
    assert auth.needs_first_admin()  # demo users never include the admin
    create_demo_users(demo_database, auth)  # a second run re-links instead of failing
    assert audit.verify().ok
    assert isinstance(audit, AuditTrail)
