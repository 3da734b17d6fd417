"""Accounts for tests: a cheap argon2 profile keeps hashing in microseconds."""

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.audit import AuditTrail
from kpm_desktop.services.auth import AuthService
from kpm_desktop.services.database_setup import open_database
from kpm_desktop.storage.database import Database

ADMIN_PASSWORD = "admin-secret-1"

# Actors without accounts, for services built without an audit trail (the role checks read
# no account); a test that audits signs in real users instead.
HR_ADMIN = Actor(1, "hr", "", Role.HR_ADMIN)
SUPERVISOR = Actor(2, "boss", "", Role.SUPERVISOR)
EMPLOYEE = Actor(3, "clerk", "", Role.EMPLOYEE)
VIEWER = Actor(4, "auditor", "", Role.VIEWER)


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
