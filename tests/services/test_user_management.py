"""Managing accounts as HR: roles, reactivation, and the last active HR admin kept."""

import pytest

from kpm_desktop.domain.access import AuthenticationError, Role
from kpm_desktop.domain.audit import AuditFilter
from kpm_desktop.domain.errors import PermissionDeniedError, ValidationError
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit


def test_a_role_change_is_audited_sealed_and_used_at_the_next_sign_in(
    database: Database,
) -> None:
    auth, audit = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    auth.create_user(admin, "wang", "wang-pass-12", Role.EMPLOYEE)
    auth.change_role(admin, "wang", Role.SUPERVISOR)
    assert auth.authenticate("wang", "wang-pass-12").role is Role.SUPERVISOR
    [change] = audit.query(admin, AuditFilter(action="change_role"))
    assert '"employee"' in (change.before or "") and '"supervisor"' in (change.after or "")
    assert audit.verify().ok


def test_a_deactivated_user_is_reactivated_and_signs_in_again(database: Database) -> None:
    auth, _ = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    auth.create_user(admin, "li", "li-pass-123", Role.VIEWER)
    auth.deactivate(admin, "li")
    with pytest.raises(AuthenticationError):
        auth.authenticate("li", "li-pass-123")
    auth.reactivate(admin, "li")
    assert auth.authenticate("li", "li-pass-123").username == "li"
    assert [u.active for u in auth.list_users(admin)] == [True, True]


def test_the_last_active_hr_admin_is_neither_demoted_nor_deactivated(database: Database) -> None:
    auth, _ = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    with pytest.raises(ValidationError, match="'admin' is the last active HR admin"):
        auth.change_role(admin, "admin", Role.VIEWER)
    second = auth.create_user(admin, "hr2", "hr2-pass-123", Role.HR_ADMIN)
    auth.deactivate(second, "admin")
    with pytest.raises(ValidationError, match="'hr2' is the last active HR admin"):
        auth.change_role(second, "hr2", Role.SUPERVISOR)
    auth.reactivate(second, "admin")
    auth.change_role(second, "hr2", Role.SUPERVISOR)
    roles = {u.username: u.role for u in auth.list_users(admin)}
    assert roles == {"admin": Role.HR_ADMIN, "hr2": Role.SUPERVISOR}


def test_only_hr_admins_change_roles_or_reactivate(database: Database) -> None:
    auth, _ = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    boss = auth.create_user(admin, "boss", "boss-pass-12", Role.SUPERVISOR)
    with pytest.raises(PermissionDeniedError):
        auth.change_role(boss, "boss", Role.HR_ADMIN)
    with pytest.raises(PermissionDeniedError):
        auth.reactivate(boss, "admin")
