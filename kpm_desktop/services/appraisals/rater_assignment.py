"""HR chooses who fills a rater sheet of an appraisal: the peer (a cycle adds the sheet with
nobody on it) or another department head than the org chart's.

The sheet must still be open (a draft appraisal, that sheet not submitted), and nobody rates
their own appraisal or holds two sheets of it. The change is audited with the rater before
and after, and bumps the appraisal's version like any edit of it.
"""

from __future__ import annotations

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import LockedError, NotFoundError, UserText, ValidationError
from kpm_desktop.domain.rubric import RaterRole, rater_term
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.domain.workflow import Action, refuse_locked
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_forms import (
    HR_ASSIGNED_ROLES,
)
from kpm_desktop.services.appraisals.appraisal_loading import (
    find_assignment,
    load_row,
)
from kpm_desktop.services.appraisals.appraisal_views import RaterCandidate
from kpm_desktop.services.audit_trail.seals import refuse_if_set_back
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import AppraisalRecord, RaterAssignmentRecord
from kpm_desktop.storage.crm_records import StaffRecord
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.staff_queries import staff_labels
from kpm_desktop.storage.version_checks import check_version

AUDIT_ACTION = "assign_rater"


def rater_candidates(uow: UnitOfWork, actor: Actor, appraisal_id: int) -> list[RaterCandidate]:
    """The staff still employed, the appraisee left out, by employee number."""
    AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
    appraisee = load_row(uow, appraisal_id).record.staff_id
    return [
        RaterCandidate(s.employee_no, s.name, s.department)
        for s in repo.staff_rows(uow.session)
        if s.id != appraisee
    ]


def assign_rater(
    uow: UnitOfWork,
    actor: Actor,
    appraisal_id: int,
    role: RaterRole,
    employee_no: str,
    expected_version: int | None,
) -> tuple[AppraisalRecord, dict[str, object], dict[str, object]]:
    """Put the staff member numbered `employee_no` on the `role` sheet; the record and the
    audit entry's before and after. The caller audits, touches and commits."""
    AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
    row = load_row(uow, appraisal_id)
    record, label = row.record, summary_of(row).label
    _check_open(uow, record, label, expected_version)
    if role.value not in HR_ASSIGNED_ROLES:
        raise ValidationError(
            "HR chooses the peer or department head rater, not the {role} of appraisal {label}",
            role=rater_term(role),
            label=label,
        )
    sheet = find_assignment(uow, record, role, label)
    if sheet.submitted_at is not None:
        raise LockedError(
            "The {role} sheet of appraisal {label} is already submitted; its rater stays",
            role=rater_term(role),
            label=label,
        )
    person = _person(uow, employee_no)
    _check_person(uow, record, sheet, person, label)
    names = staff_labels(uow.session, {i for i in (sheet.rater_staff_id, person.id) if i})
    was = names.get(sheet.rater_staff_id or 0)
    before: dict[str, object] = {"rater": role.value, "rater_staff": was}
    sheet.rater_staff_id = person.id
    return record, before, {"rater": role.value, "rater_staff": names[person.id]}


def _check_open(
    uow: UnitOfWork, record: AppraisalRecord, label: str, expected_version: int | None
) -> None:
    state = AppraisalState(record.state)
    refuse_locked(Action.RATE, state, label)
    capital = UserText("Appraisal {label}", label=label)
    refuse_if_set_back(uow, SealKind.APPRAISAL, record.id, record.state, capital)
    check_version(capital, record.version, expected_version)
    if state is not AppraisalState.DRAFT:
        raise LockedError(
            "Appraisal {label} is submitted by all its raters; its raters stay", label=label
        )


def _person(uow: UnitOfWork, employee_no: str) -> StaffRecord:
    number = employee_no.strip()
    person = repo.staff_by_number(uow.session, number)
    if person is None:
        raise NotFoundError("There is no staff member numbered {number}", number=number)
    if not person.active:
        raise ValidationError(
            "Staff member {number} has left; choose someone still employed", number=number
        )
    return person


def _check_person(
    uow: UnitOfWork,
    record: AppraisalRecord,
    sheet: RaterAssignmentRecord,
    person: StaffRecord,
    label: str,
) -> None:
    if person.id == record.staff_id:
        raise ValidationError(
            "{number} {name} is the employee appraised in {label} and cannot rate it as {role}",
            number=person.employee_no,
            name=person.name,
            label=label,
            role=rater_term(RaterRole(sheet.role)),
        )
    for other in repo.assignments(uow.session, record.id):
        if other.id != sheet.id and other.rater_staff_id == person.id:
            raise ValidationError(
                "{number} {name} already rates appraisal {label} as {other}; one person "
                "holds one rater sheet",
                number=person.employee_no,
                name=person.name,
                label=label,
                other=rater_term(RaterRole(other.role)),
            )


def cycle_appraisals(uow: UnitOfWork, actor: Actor, period: str) -> dict[str, list[int]]:
    """The current appraisals of the cycle by the appraisee's employee number."""
    AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
    cycle = repo.cycle_by_period(uow.session, period)
    if cycle is None:
        raise NotFoundError("There is no cycle for {period}", period=period)
    found: dict[str, list[int]] = {}
    for row in repo.appraisal_rows(uow.session, cycle_id=cycle.id, current_only=True):
        found.setdefault(row.employee_no, []).append(row.record.id)
    return found


def appraisal_of(appraisals: dict[str, list[int]], period: str, employee_no: str) -> int:
    """The one current appraisal of the staff member numbered `employee_no` in the cycle."""
    number = employee_no.strip()
    found = appraisals.get(number, [])
    if len(found) != 1:
        raise NotFoundError(
            "Staff member {number} has {count} current appraisals in {period}, not one",
            number=number,
            count=len(found),
            period=period,
        )
    return found[0]
