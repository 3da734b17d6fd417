"""Accounts for tests: a cheap argon2 profile keeps hashing in microseconds."""

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.user_repository import staff_id_by_number

ADMIN_PASSWORD = "admin-secret-1"

# Actors without accounts, for services built without an audit trail (the role checks read
# no account); a test that audits signs in real users instead.
HR_ADMIN = Actor(1, "hr", "", Role.HR_ADMIN)
SUPERVISOR = Actor(2, "boss", "", Role.SUPERVISOR)
EMPLOYEE = Actor(3, "clerk", "", Role.EMPLOYEE)
VIEWER = Actor(4, "auditor", "", Role.VIEWER)


def linked_actor(database: Database, role: Role, staff_no: str) -> Actor:
    """An actor without an account whose user is linked to staff member `staff_no`."""
    with database.unit_of_work() as uow:
        staff_id = staff_id_by_number(uow.session, staff_no)
    assert staff_id is not None, staff_no
    return Actor(100 + staff_id, f"{role.value}.{staff_no}", "", role, staff_id)


def fast_hasher() -> PasswordHasher:
    return PasswordHasher.from_parameters(CHEAPEST)


def auth_and_audit(database: Database) -> tuple[AuthService, AuditTrail]:
    audit = AuditTrail(database)
    return AuthService(database, audit, hasher=fast_hasher()), audit


def cli_accounts(db_target: str | Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Accounts `admin` (HR admin) and `viewer` in the database at `db_target`, both with
    ADMIN_PASSWORD, which the `kpm` commands then read from KPM_PASSWORD."""
    opened = open_database(db_target)
    auth, _ = auth_and_audit(opened.database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    auth.create_user(admin, "viewer", ADMIN_PASSWORD, Role.VIEWER)
    opened.database.dispose()
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD)
