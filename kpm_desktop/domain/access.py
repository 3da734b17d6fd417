"""Who may do what: roles, the actions they are granted, and the team a supervisor reaches.

Pure functions over plain ids, so the policy is tested without a database. Services load
the organisation chart (`OrgChart`) and ask `is_allowed` before every read or change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kpm_desktop.domain.errors import KpmUserError, PermissionDeniedError, UserText, ValidationError

MIN_PASSWORD_LENGTH = 8


class Role(StrEnum):
    HR_ADMIN = "hr_admin"
    SUPERVISOR = "supervisor"
    EMPLOYEE = "employee"
    VIEWER = "viewer"
    PANEL = "panel"  # sits on selection panels (选型评分); reads the templates, nothing else


class Permission(StrEnum):
    """Actions a service guards. Those marked staff-scoped concern one staff member's data."""

    VIEW_STAFF = "view_staff"  # staff-scoped
    VIEW_CRM = "view_crm"  # staff-scoped: customers, deals, tickets by owner, and their KPIs
    EDIT_CRM = "edit_crm"  # staff-scoped: add, change or delete staff and CRM rows by hand
    VIEW_APPRAISAL = "view_appraisal"  # staff-scoped
    SCORE_APPRAISAL = "score_appraisal"  # staff-scoped
    FINALIZE_APPRAISAL = "finalize_appraisal"  # staff-scoped
    ACKNOWLEDGE = "acknowledge"  # staff-scoped: only one's own sheet
    VIEW_REPORTS = "view_reports"
    VIEW_TEMPLATES = "view_templates"
    MANAGE_TEMPLATES = "manage_templates"
    MANAGE_TARGETS = "manage_targets"
    MANAGE_KPI_SETTINGS = "manage_kpi_settings"  # which customer sources count as marketing
    MANAGE_CYCLES = "manage_cycles"
    IMPORT_DATA = "import_data"
    EXPORT_DATA = "export_data"
    VIEW_USERS = "view_users"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"  # office-wide settings such as the time zone
    VIEW_AUDIT = "view_audit"


class Scope(StrEnum):
    """Whose records a granted permission reaches."""

    ALL = "all"
    TEAM = "team"  # direct and indirect reports, and the staff of departments one heads
    TEAM_AND_SELF = "team_and_self"
    SELF = "self"


_READ_PERMISSIONS = frozenset(
    {
        Permission.VIEW_STAFF,
        Permission.VIEW_CRM,
        Permission.VIEW_APPRAISAL,
        Permission.VIEW_REPORTS,
        Permission.VIEW_TEMPLATES,
        Permission.EXPORT_DATA,
        Permission.VIEW_USERS,
        Permission.VIEW_AUDIT,
    }
)

# Acknowledging is the employee's own statement on their sheet: nobody, not even an HR
# admin, acknowledges on someone else's behalf.
_POLICY: Mapping[Role, Mapping[Permission, Scope]] = {
    Role.HR_ADMIN: {
        **{permission: Scope.ALL for permission in Permission},
        Permission.ACKNOWLEDGE: Scope.SELF,
    },
    Role.VIEWER: {permission: Scope.ALL for permission in _READ_PERMISSIONS},
    Role.SUPERVISOR: {
        Permission.VIEW_STAFF: Scope.TEAM_AND_SELF,
        Permission.VIEW_CRM: Scope.TEAM_AND_SELF,
        Permission.VIEW_APPRAISAL: Scope.TEAM_AND_SELF,
        Permission.SCORE_APPRAISAL: Scope.TEAM,
        Permission.FINALIZE_APPRAISAL: Scope.TEAM,
        Permission.ACKNOWLEDGE: Scope.SELF,
        Permission.VIEW_REPORTS: Scope.TEAM_AND_SELF,
        Permission.VIEW_TEMPLATES: Scope.ALL,
    },
    Role.PANEL: {Permission.VIEW_TEMPLATES: Scope.ALL},
    Role.EMPLOYEE: {
        Permission.VIEW_STAFF: Scope.SELF,
        Permission.VIEW_CRM: Scope.SELF,
        Permission.VIEW_APPRAISAL: Scope.SELF,
        Permission.ACKNOWLEDGE: Scope.SELF,
        Permission.VIEW_TEMPLATES: Scope.ALL,
    },
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    user_id: int
    username: str
    display_name: str
    role: Role
    staff_id: int | None = None

    @property
    def label(self) -> str:
        """How messages and the audit view name the user."""
        if self.display_name and self.display_name != self.username:
            return f"{self.username} ({self.display_name})"
        return self.username


@dataclass(frozen=True)
class OrgChart:
    """Reporting lines: each staff member's supervisor and department, each department's head."""

    supervisor_of: Mapping[int, int | None] = field(default_factory=dict)
    department_of: Mapping[int, int] = field(default_factory=dict)
    head_of_department: Mapping[int, int | None] = field(default_factory=dict)


def scope_of(role: Role, permission: Permission) -> Scope | None:
    """The reach of a permission for a role, or None when the role lacks it."""
    return _POLICY[role].get(permission)


def permissions_of(role: Role) -> frozenset[Permission]:
    return frozenset(_POLICY[role])


def team_of(staff_id: int, org: OrgChart) -> frozenset[int]:
    """Everyone `staff_id` leads, at any depth: their reports, the staff of departments they
    head, and in turn whoever those people lead.

    The person themselves is never part of their team, even when the data holds a cycle.
    """
    led: dict[int, list[int]] = {}
    for member, supervisor in org.supervisor_of.items():
        if supervisor is not None:
            led.setdefault(supervisor, []).append(member)
    for member, department in org.department_of.items():
        head = org.head_of_department.get(department)
        if head is not None:
            led.setdefault(head, []).append(member)
    pending = list(led.get(staff_id, []))
    team: set[int] = set()
    while pending:
        member = pending.pop()
        if member == staff_id or member in team:
            continue
        team.add(member)
        pending.extend(led.get(member, []))
    return frozenset(team)


def reachable_staff(actor: Actor, permission: Permission, org: OrgChart) -> frozenset[int] | None:
    """The staff ids whose records `permission` reaches for `actor`; None means everyone."""
    scope = scope_of(actor.role, permission)
    if scope is None:
        return frozenset()
    if scope is Scope.ALL:
        return None
    own = frozenset() if actor.staff_id is None else frozenset({actor.staff_id})
    if scope is Scope.SELF:
        return own
    team = frozenset() if actor.staff_id is None else team_of(actor.staff_id, org)
    return team | own if scope is Scope.TEAM_AND_SELF else team


def reaches_anyone(actor: Actor, permission: Permission) -> bool:
    """Whether `permission` can reach any record for `actor`, judged without the org chart:
    the role must have it and, when it is scoped to people, the account must be linked to a
    staff member. A page that would always be empty is left out of the window."""
    scope = scope_of(actor.role, permission)
    return scope is not None and (scope is Scope.ALL or actor.staff_id is not None)


def is_allowed(
    actor: Actor, permission: Permission, org: OrgChart, staff_id: int | None = None
) -> bool:
    """May `actor` do `permission`, on `staff_id`'s records when one is named?

    Without a staff id the question is whether the role has the action at all; a list
    service then narrows its rows with `reachable_staff`.
    """
    if scope_of(actor.role, permission) is None:
        return False
    if staff_id is None:
        return True
    reach = reachable_staff(actor, permission, org)
    return reach is None or staff_id in reach


def denial(
    actor: Actor, permission: Permission, record: UserText | None = None
) -> PermissionDeniedError:
    """The error naming who was refused what, and on which record."""
    if record:
        return PermissionDeniedError(
            "User {user} with role {role} may not {permission} on {record}",
            user=actor.label,
            role=actor.role.value,
            permission=permission.value,
            record=record,
        )
    return PermissionDeniedError(
        "User {user} with role {role} may not {permission}",
        user=actor.label,
        role=actor.role.value,
        permission=permission.value,
    )


class AuthenticationError(KpmUserError):
    """Sign-in failed: unknown user, wrong password or a deactivated account."""


class PasswordRule(StrEnum):
    """The rules a password must keep (the UI words each in the user's language)."""

    LENGTH = "length"
    VARIETY = "variety"
    NOT_USERNAME = "not_username"


def broken_password_rule(password: str, username: str = "") -> PasswordRule | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return PasswordRule.LENGTH
    if len(set(password)) < 3:
        return PasswordRule.VARIETY
    if username and password.casefold() == username.casefold():
        return PasswordRule.NOT_USERNAME
    return None


def check_password(password: str, username: str = "") -> None:
    """Refuse passwords too weak to protect appraisal data, naming the rule broken."""
    rule = broken_password_rule(password, username)
    if rule is PasswordRule.LENGTH:
        raise ValidationError(
            "The password must have at least {minimum} characters (it has {length})",
            minimum=MIN_PASSWORD_LENGTH,
            length=len(password),
        )
    if rule is PasswordRule.VARIETY:
        raise ValidationError("The password must use at least 3 different characters")
    if rule is PasswordRule.NOT_USERNAME:
        raise ValidationError("The password must differ from the user name")


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise ValidationError(
            "Unknown role '{text}'; choose one of {roles}",
            text=text,
            roles=", ".join(r.value for r in Role),
        ) from None
