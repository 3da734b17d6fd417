"""Who and what a user may look at on the dashboard, over the staff and departments read
and the user's reach: the choices offered, the people listed, the scope of a query.

Shared by `DashboardService` and start-up's early figures (services/kpis/first_figures.py),
which reads the same rows before SQLAlchemy is imported; no SQLAlchemy here. The reach is
the access rule's (`domain.access.reachable_staff`) over the organisation chart.

A department's or the company's own figures show only to a user who reaches every one of
its people; comparisons and grade lists show only people the user reaches.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from kpm_desktop.domain.access import Actor, OrgChart, Permission, denial, reachable_staff
from kpm_desktop.domain.dashboard import DashboardChoices, DashboardQuery, DepartmentChoice
from kpm_desktop.domain.errors import NotFoundError, UserText
from kpm_desktop.storage.first_page_sql import DepartmentEntry, StaffEntry


@dataclass(frozen=True)
class Reach:
    """The staff ids a user's KPI and appraisal views reach; None means everyone."""

    crm: frozenset[int] | None
    appraisals: frozenset[int] | None

    @classmethod
    def of(cls, actor: Actor, org: OrgChart) -> Reach:
        return cls(
            reachable_staff(actor, Permission.VIEW_CRM, org),
            reachable_staff(actor, Permission.VIEW_APPRAISAL, org),
        )

    def sees(self, person: StaffEntry) -> bool:
        return self.crm is None or person.id in self.crm

    def sees_all(self, people: Collection[StaffEntry]) -> bool:
        return self.crm is None or all(p.id in self.crm for p in people)

    def appraisals_of(self, people: Collection[StaffEntry]) -> set[str]:
        """The employee numbers among `people` whose appraisals the user may see."""
        wanted = self.appraisals
        return {p.employee_no for p in people if wanted is None or p.id in wanted}


@dataclass(frozen=True)
class Org:
    people: list[StaffEntry]
    departments: list[DepartmentEntry]

    def members(self, department: DepartmentEntry) -> list[StaffEntry]:
        return [p for p in self.people if p.department_id == department.id]

    def department_of(self, person: StaffEntry) -> DepartmentEntry:
        return next(d for d in self.departments if d.id == person.department_id)


@dataclass(frozen=True)
class Scope:
    person: StaffEntry | None
    team: DepartmentEntry | None  # the department asked for, or the person's

    @property
    def name(self) -> str:
        """The scope's name; "" is the whole company (the UI names it in its language)."""
        return self.person.name if self.person else self.team.name if self.team else ""

    @property
    def code(self) -> str:
        return self.person.employee_no if self.person else self.team.code if self.team else ""


def choices_of(org: Org, reach: Reach) -> DashboardChoices:
    """The company (when the user reaches everyone) and the departments with someone the
    user reaches, each marked whole when the user reaches all of it."""
    company = reach.sees_all(org.people)
    departments = []
    for department in org.departments:
        members = org.members(department)
        if company or any(reach.sees(p) for p in members):
            departments.append(
                DepartmentChoice(department.code, department.name, reach.sees_all(members))
            )
    return DashboardChoices(company, tuple(departments))


def staff_of(org: Org, reach: Reach, department: str) -> list[tuple[str, str]]:
    """(employee no., name) of the department's people the user reaches."""
    members = org.members(find_department(org.departments, department))
    return [(p.employee_no, p.name) for p in members if reach.sees(p)]


def scope_of(actor: Actor, query: DashboardQuery, org: Org, reach: Reach) -> Scope:
    """The person, department or company the query asks for, if the user may see it."""
    person = find_person(org.people, query.staff_no) if query.staff_no else None
    team = find_department(org.departments, query.department) if query.department else None
    if person is not None:
        team = org.department_of(person)
    _check_scope(actor, reach, org, person, team)
    return Scope(person, team)


def _check_scope(
    actor: Actor,
    reach: Reach,
    org: Org,
    person: StaffEntry | None,
    team: DepartmentEntry | None,
) -> None:
    """Refuse a person the user does not reach, or a department's or the company's own
    figures when the user does not reach all of its people."""
    if person is not None:
        if not reach.sees(person):
            raise denial(actor, Permission.VIEW_CRM, staff_record(person))
    elif team is not None:
        if not reach.sees_all(org.members(team)):
            record = UserText("department {code} {name} as a whole", code=team.code, name=team.name)
            raise denial(actor, Permission.VIEW_CRM, record)
    elif not reach.sees_all(org.people):
        raise denial(actor, Permission.VIEW_CRM, UserText("the whole company"))


def staff_record(person: StaffEntry) -> UserText:
    return UserText("staff {staff}", staff=f"{person.employee_no} {person.name}")


def find_person(people: Sequence[StaffEntry], staff_no: str) -> StaffEntry:
    for person in people:
        if person.employee_no == staff_no:
            return person
    raise NotFoundError("No staff member with employee no. {staff_no}", staff_no=staff_no)


def find_department(departments: Sequence[DepartmentEntry], wanted: str) -> DepartmentEntry:
    for department in departments:
        if wanted in (department.code, department.name):
            return department
    raise NotFoundError("No department '{wanted}' (give its code or name)", wanted=wanted)
