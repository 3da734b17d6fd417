"""User accounts: the first HR admin, sign-in with argon2, and account management.

Every change to an account is written to the audit trail (never the password hash).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kpm_desktop.domain.access import (
    Actor,
    AuthenticationError,
    Permission,
    Role,
    check_password,
)
from kpm_desktop.domain.errors import ConflictError, NotFoundError, UserText, ValidationError
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.domain.sign_in import SignInOutcome
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail, Clock, utc_now
from kpm_desktop.services.audit_trail.seals import Sealer
from kpm_desktop.storage import user_repository as users
from kpm_desktop.storage.access_records import UserRecord
from kpm_desktop.storage.database import Database, UnitOfWork

USER_ENTITY = "user"
MAX_USERNAME_LENGTH = 64


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    display_name: str
    role: Role
    staff_id: int | None
    staff_label: str | None
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    demo: bool = False


def _actor_of(record: UserRecord) -> Actor:
    return Actor(
        record.id, record.username, record.display_name, Role(record.role), record.staff_id
    )


def _snapshot(record: UserRecord) -> dict[str, object]:
    return {
        "username": record.username,
        "display_name": record.display_name,
        "role": record.role,
        "staff_id": record.staff_id,
        "active": record.active,
    }


def _check_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("The user name must not be empty")
    if len(name) > MAX_USERNAME_LENGTH or any(ch.isspace() for ch in name):
        raise ValidationError(
            "User name '{name}' must be at most {maximum} characters without spaces",
            name=name,
            maximum=MAX_USERNAME_LENGTH,
        )
    return name


class AuthService:
    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        hasher: PasswordHasher | None = None,
        clock: Clock = utc_now,
        sign_ins: SignInService | None = None,
    ) -> None:
        self._database = database
        self._audit = audit
        self._sealer = Sealer(audit)
        self._hasher = hasher or PasswordHasher()
        self._clock = clock
        self._sign_ins = sign_ins or SignInService(database, audit, clock=clock)
        self._dummy_hash: str | None = None
        self._early: EarlyPasswordCheck | None = None

    def use_early_check(self, check: EarlyPasswordCheck | None) -> None:
        """Lets the next `authenticate` (only that one) take the result of `check` where the
        stored hash it reads and the password are exactly those `check` verified; None
        forgets a check not used."""
        self._early = check

    def needs_first_admin(self) -> bool:
        """True until an HR admin exists. Real databases get their first user this way;
        a demo database may already hold demo users, but never an admin."""
        with self._database.unit_of_work() as uow:
            return users.count_users(uow.session, Role.HR_ADMIN.value) == 0

    def create_first_admin(
        self, password: str, username: str = "admin", display_name: str = ""
    ) -> Actor:
        """Create the first HR admin; refused once any HR admin exists."""
        with self._database.unit_of_work() as uow:
            if users.count_users(uow.session, Role.HR_ADMIN.value):
                raise ConflictError(
                    "An HR admin already exists; sign in as that admin to add users"
                )
            record = self._add(uow, username, password, Role.HR_ADMIN, None, display_name)
            actor = _actor_of(record)
            # The first admin is the author of its own account: nobody else was there.
            self._audit.record(
                uow, actor, USER_ENTITY, record.id, "create", None, _snapshot(record)
            )
            self._sealer.seal(uow, actor, SealKind.USER, record.id)
            uow.commit()
        return actor

    def authenticate(self, username: str, password: str) -> Actor:
        """The actor for valid credentials; AuthenticationError otherwise.

        An unknown name costs the same hash as a wrong password, and is throttled and
        locked the same way, so neither timing nor refusals reveal which user names exist.
        Every attempt is recorded (`SignInService`), never the password.
        """
        name = username.strip()
        early, self._early = self._early, None
        self._sign_ins.admit(name)
        with self._database.unit_of_work() as uow:
            record = users.user_by_name(uow.session, name)
            if record is None:
                self._verify(self._dummy(), password)
            if record is None or not self._verify(record.password_hash, password, early):
                self._sign_ins.failed(uow, name, SignInOutcome.WRONG_CREDENTIALS)
                uow.commit()
                raise _wrong_credentials()
            if not record.active:
                self._sign_ins.record(uow, name, SignInOutcome.DEACTIVATED)
                uow.commit()
                raise AuthenticationError(
                    "The account '{username}' is deactivated; ask an HR admin",
                    username=record.username,
                )
            actor = _actor_of(record)
            if self._hasher.check_needs_rehash(record.password_hash):
                record.password_hash = self._hasher.hash(password)
                # The system's upkeep, not the user's act: the seal names no author.
                self._sealer.seal(uow, None, SealKind.USER, record.id)
            record.last_login_at = self._clock()
            self._sign_ins.succeeded(uow, name)
            uow.commit()
        return actor

    def claimed_actor(self, username: str) -> Actor | None:
        """The active account `username` names, NOT signed in: no password is checked and
        nothing is recorded. For work that overlaps `authenticate` and whose result is shown
        only once `authenticate` has passed for the same actor (`kpm kpi`)."""
        with self._database.unit_of_work() as uow:
            record = users.user_by_name(uow.session, username.strip())
            return _actor_of(record) if record is not None and record.active else None

    def create_user(
        self,
        actor: Actor | None,
        username: str,
        password: str,
        role: Role,
        *,
        display_name: str = "",
        staff_no: str | None = None,
        demo: bool = False,
    ) -> Actor:
        """Add an account (HR admin only; `actor` None is the system, for demo data).

        `demo` flags an account of the demo company, whose password is published.
        """
        with self._database.unit_of_work() as uow:
            if actor is not None:
                AccessGuard(uow).require(actor, Permission.MANAGE_USERS, record=UserText("users"))
            staff_id = self._staff_id(uow, staff_no)
            record = self._add(uow, username, password, role, staff_id, display_name)
            record.is_demo = demo
            self._audit.record(
                uow, actor, USER_ENTITY, record.id, "create", None, _snapshot(record)
            )
            self._sealer.seal(uow, actor, SealKind.USER, record.id)
            created = _actor_of(record)
            uow.commit()
        return created

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        """HR admins set anyone's password; every user may change their own."""
        with self._database.unit_of_work() as uow:
            record = self._existing(uow, username)
            if record.id != actor.user_id:
                AccessGuard(uow).require(
                    actor, Permission.MANAGE_USERS, record=UserText("user {name}", name=username)
                )
            check_password(password, record.username)
            record.password_hash = self._hasher.hash(password)
            self._audit.record(uow, actor, USER_ENTITY, record.id, "set_password", None, None)
            self._sealer.seal(uow, actor, SealKind.USER, record.id)
            uow.commit()

    def link_staff(self, actor: Actor | None, username: str, staff_no: str | None) -> None:
        """Tie an account to a staff member (or untie it with None); HR admin only."""
        with self._database.unit_of_work() as uow:
            if actor is not None:
                AccessGuard(uow).require(
                    actor, Permission.MANAGE_USERS, record=UserText("user {name}", name=username)
                )
            record = self._existing(uow, username)
            before = _snapshot(record)
            record.staff_id = self._staff_id(uow, staff_no)
            uow.session.flush()
            self._audit.record(
                uow, actor, USER_ENTITY, record.id, "link_staff", before, _snapshot(record)
            )
            self._sealer.seal(uow, actor, SealKind.USER, record.id)
            uow.commit()

    def deactivate(self, actor: Actor, username: str) -> None:
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(
                actor, Permission.MANAGE_USERS, record=UserText("user {name}", name=username)
            )
            record = self._existing(uow, username)
            if record.id == actor.user_id:
                raise ValidationError("You cannot deactivate your own account")
            if not record.active:
                return
            self._keep_an_admin(uow, record)
            self._change(uow, actor, record, "deactivate", active=False)

    def reactivate(self, actor: Actor, username: str) -> None:
        """Let a deactivated account sign in again (HR admin only)."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(
                actor, Permission.MANAGE_USERS, record=UserText("user {name}", name=username)
            )
            record = self._existing(uow, username)
            if record.active:
                return
            self._change(uow, actor, record, "reactivate", active=True)

    def change_role(self, actor: Actor, username: str, role: Role) -> None:
        """Give an account another role (HR admin only); the last active HR admin keeps it."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(
                actor, Permission.MANAGE_USERS, record=UserText("user {name}", name=username)
            )
            record = self._existing(uow, username)
            if record.role == role.value:
                return
            self._keep_an_admin(uow, record)
            self._change(uow, actor, record, "change_role", role=role.value)

    def _keep_an_admin(self, uow: UnitOfWork, record: UserRecord) -> None:
        """Refuse to take away the last active HR admin: nobody could manage users after."""
        if record.role != Role.HR_ADMIN.value or not record.active:
            return
        if users.count_users(uow.session, Role.HR_ADMIN.value, active_only=True) <= 1:
            raise ValidationError(
                "'{username}' is the last active HR admin; make another user an HR admin first",
                username=record.username,
            )

    def _change(
        self, uow: UnitOfWork, actor: Actor, record: UserRecord, action: str, **values: object
    ) -> None:
        before = _snapshot(record)
        for name, value in values.items():
            setattr(record, name, value)
        uow.session.flush()
        self._audit.record(uow, actor, USER_ENTITY, record.id, action, before, _snapshot(record))
        self._sealer.seal(uow, actor, SealKind.USER, record.id)
        uow.commit()

    def list_users(self, actor: Actor) -> list[UserSummary]:
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_USERS, record=UserText("users"))
            return [
                UserSummary(
                    r.id,
                    r.username,
                    r.display_name,
                    Role(r.role),
                    r.staff_id,
                    None if r.staff_id is None else users.staff_label(uow.session, r.staff_id),
                    r.active,
                    r.created_at,
                    r.last_login_at,
                    r.is_demo,
                )
                for r in users.all_users(uow.session)
            ]

    def _add(
        self,
        uow: UnitOfWork,
        username: str,
        password: str,
        role: Role,
        staff_id: int | None,
        display_name: str,
    ) -> UserRecord:
        name = _check_username(username)
        check_password(password, name)
        if users.user_by_name(uow.session, name) is not None:
            raise ConflictError("A user named '{name}' already exists", name=name)
        record = users.add_user(
            uow.session,
            username=name,
            display_name=display_name.strip() or name,
            role=role.value,
            staff_id=staff_id,
            password_hash=self._hasher.hash(password),
            created_at=self._clock(),
        )
        return record

    def _staff_id(self, uow: UnitOfWork, staff_no: str | None) -> int | None:
        if not staff_no:
            return None
        staff_id = users.staff_id_by_number(uow.session, staff_no.strip())
        if staff_id is None:
            raise NotFoundError(
                "No staff member with employee number '{staff_no}'", staff_no=staff_no
            )
        return staff_id

    def _existing(self, uow: UnitOfWork, username: str) -> UserRecord:
        record = users.user_by_name(uow.session, username.strip())
        if record is None:
            raise NotFoundError("No user named '{username}'", username=username)
        return record

    def _verify(
        self, password_hash: str, password: str, early: EarlyPasswordCheck | None = None
    ) -> bool:
        verified = None if early is None else early.result_for(password_hash, password)
        if verified is not None:
            return verified
        try:
            return bool(self._hasher.verify(password_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash("not a real password")
        return self._dummy_hash


def _wrong_credentials() -> AuthenticationError:
    """The same words for an unknown user and a wrong password: neither is given away."""
    return AuthenticationError("Wrong user name or password")
