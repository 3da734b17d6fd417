"""Demo accounts in a database: which exist, and removing them.

Demo accounts (flagged `is_demo`) have a password anyone can read in the README. While one
can still sign in, the sign-in dialog, the status bar and the command line say so. Removing
them deletes the accounts nothing refers to; an account the audit log or an appraisal
names as its author is kept for that record, deactivated and without a usable password.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.audit_trail.seals import Sealer
from kpm_desktop.storage import user_repository as users
from kpm_desktop.storage.database import Database

USER_ENTITY = "user"
# Not an argon2 hash: no password verifies against it.
UNUSABLE_PASSWORD_HASH = "!demo-account-removed"


@dataclass(frozen=True)
class DemoRemoval:
    deleted: tuple[str, ...]
    retired: tuple[str, ...]  # kept for the records that name them, signed out for good


class DemoAccounts:
    def __init__(self, database: Database, audit: AuditTrail) -> None:
        self._database = database
        self._audit = audit
        self._sealer = Sealer(audit)

    def active_names(self) -> list[str]:
        """Demo accounts that can still sign in (asked before anyone signs in)."""
        with self._database.unit_of_work() as uow:
            return [r.username for r in users.demo_users(uow.session) if r.active]

    def remove(self, actor: Actor) -> DemoRemoval:
        """Remove every demo account in one transaction (HR admin only; audited)."""
        deleted: list[str] = []
        retired: list[str] = []
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(
                actor, Permission.MANAGE_USERS, record=UserText("the demo accounts")
            )
            for record in users.demo_users(uow.session):
                before = {"username": record.username, "role": record.role, "demo": True}
                if users.is_referenced(uow.session, record.id):
                    record.active = False
                    record.is_demo = False
                    record.password_hash = UNUSABLE_PASSWORD_HASH
                    retired.append(record.username)
                    after: dict[str, object] | None = {**before, "active": False, "demo": False}
                    self._sealer.seal(uow, actor, SealKind.USER, record.id)
                else:
                    self._sealer.release(uow, actor, SealKind.USER, record.id)
                    uow.session.delete(record)
                    deleted.append(record.username)
                    after = None
                uow.session.flush()
                self._audit.record(uow, actor, USER_ENTITY, record.id, "remove_demo", before, after)
            uow.commit()
        return DemoRemoval(tuple(deleted), tuple(retired))
