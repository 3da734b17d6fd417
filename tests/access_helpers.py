"""Accounts for tests: a cheap argon2 profile keeps hashing in microseconds."""

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from kpm_desktop.services.audit import AuditTrail
from kpm_desktop.services.auth import AuthService
from kpm_desktop.storage.database import Database

ADMIN_PASSWORD = "admin-secret-1"


def fast_hasher() -> PasswordHasher:
    return PasswordHasher.from_parameters(CHEAPEST)


def auth_and_audit(database: Database) -> tuple[AuthService, AuditTrail]:
    audit = AuditTrail(database)
    return AuthService(database, audit, hasher=fast_hasher()), audit
