"""The checks every appraisal change begins with, driven by the workflow table
(domain/workflow.py): load, may the actor see it, is the action declared from its state, was
its state set back outside KPM Desktop, is the caller's copy current, may the actor take it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.domain.workflow import (
    Action,
    Relation,
    Transition,
    Who,
    arrival,
    refuse_locked,
    separation_refusal,
    transitions_from,
    who_may,
)
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_forms import (
    may_rate,
)
from kpm_desktop.services.appraisals.appraisal_loading import (
    find_assignment,
    load_row,
    require_rater,
    require_view,
)
from kpm_desktop.services.audit_trail.seals import refuse_if_set_back
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleRecord,
    RaterAssignmentRecord,
)
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.version_checks import check_version


@dataclass(frozen=True)
class Step:
    """An action cleared to run: the record it changes and the transition it takes."""

    uow: UnitOfWork
    guard: AccessGuard
    record: AppraisalRecord
    label: str
    transition: Transition
    assignment: RaterAssignmentRecord | None  # the rater sheet, for a rater's action


def begin(
    uow: UnitOfWork,
    actor: Actor,
    appraisal_id: int,
    action: Action,
    expected_version: int | None,
    role: RaterRole | None = None,
) -> Step:
    guard = AccessGuard(uow)
    row = load_row(uow, appraisal_id)
    record, label = row.record, summary_of(row).label
    require_view(uow, guard, actor, record, label)
    state = AppraisalState(record.state)
    refuse_locked(action, state, label)
    capital = UserText("Appraisal {label}", label=label)
    refuse_if_set_back(uow, SealKind.APPRAISAL, record.id, record.state, capital)
    check_version(capital, record.version, expected_version)
    assignment = _authorize(uow, guard, actor, record, label, who_may(action), role)
    step = arrival(action, state, label)
    if step.separated and held_back_by_separation(uow, actor, record):
        raise separation_refusal(action, label)
    return Step(uow, guard, record, label, step, assignment)


def _separated_sheet(uow: UnitOfWork, record: AppraisalRecord) -> RaterAssignmentRecord | None:
    """The superior sheet when the appraisal's cycle separates duties (None otherwise):
    whoever scored it may not review or finalize the appraisal."""
    cycle = uow.session.get(CycleRecord, record.cycle_id)
    if cycle is None:
        return None
    return separated_sheet(cycle, repo.assignments(uow.session, record.id))


def separated_sheet(
    cycle: CycleRecord, assignments: Sequence[RaterAssignmentRecord]
) -> RaterAssignmentRecord | None:
    """`_separated_sheet` from an appraisal's cycle and rater sheets already read (a list
    reads them once for all its appraisals)."""
    if not cycle.separation_of_duties:
        return None
    return next((a for a in assignments if a.role == RaterRole.SUPERIOR.value), None)


def held_back_by_separation(uow: UnitOfWork, actor: Actor, record: AppraisalRecord) -> bool:
    """Whether the cycle separates duties and `actor` scored the appraisal as its superior:
    is the staff member assigned to the superior sheet, or, when nobody is assigned (HR
    enters it), submitted it."""
    return _scored_as_superior(actor, _separated_sheet(uow, record))


def _scored_as_superior(actor: Actor, sheet: RaterAssignmentRecord | None) -> bool:
    if sheet is None:
        return False
    if sheet.rater_staff_id is not None:
        return sheet.rater_staff_id == actor.staff_id
    return sheet.submitted_by == actor.user_id


def _authorize(
    uow: UnitOfWork,
    guard: AccessGuard,
    actor: Actor,
    record: AppraisalRecord,
    label: str,
    who: Who,
    role: RaterRole | None,
) -> RaterAssignmentRecord | None:
    if who.relation is Relation.RATER:
        if role is None:
            raise ValueError("a rater's action names the rater sheet")
        assignment = find_assignment(uow, record, role, label)
        require_rater(guard, actor, record, assignment, label)
        return assignment
    guard.require(
        actor, who.permission, record.staff_id, UserText("appraisal {label}", label=label)
    )
    if who.relation is Relation.APPRAISEE and actor.staff_id != record.staff_id:
        raise ValidationError("Only the employee appraised acknowledges {label}", label=label)
    return None


def available_actions(
    uow: UnitOfWork, actor: Actor, record: AppraisalRecord, guard: AccessGuard | None = None
) -> frozenset[Action]:
    """What `actor` may do to the appraisal now, by the table; the form's buttons and
    `kpm appraisal actions` show this, and every call is checked again by `begin`."""
    return actions_of(
        guard or AccessGuard(uow),
        actor,
        record,
        repo.assignments(uow.session, record.id),
        _separated_sheet(uow, record),
    )


def actions_of(
    guard: AccessGuard,
    actor: Actor,
    record: AppraisalRecord,
    assignments: Sequence[RaterAssignmentRecord],
    separated: RaterAssignmentRecord | None,
) -> frozenset[Action]:
    """`available_actions` from the appraisal's rater sheets and its separated sheet
    (`separated_sheet`) already read: a list reads them, and the org chart of its `guard`,
    once for all its appraisals."""
    held_back = _scored_as_superior(actor, separated)
    return frozenset(
        t.action
        for t in transitions_from(AppraisalState(record.state))
        if _permitted(guard, actor, record, t.who, assignments) and not (t.separated and held_back)
    )


def separated_actions(uow: UnitOfWork, actor: Actor, record: AppraisalRecord) -> frozenset[Action]:
    """The steps `actor` could take now but for the cycle's separation of duties (the form
    shows them disabled, saying why)."""
    if not held_back_by_separation(uow, actor, record):
        return frozenset()
    guard = AccessGuard(uow)
    assignments = repo.assignments(uow.session, record.id)
    return frozenset(
        t.action
        for t in transitions_from(AppraisalState(record.state))
        if t.separated and _permitted(guard, actor, record, t.who, assignments)
    )


def _permitted(
    guard: AccessGuard,
    actor: Actor,
    record: AppraisalRecord,
    who: Who,
    assignments: Sequence[RaterAssignmentRecord],
) -> bool:
    if who.relation is Relation.RATER:
        return any(
            a.submitted_at is None and may_rate(guard, actor, record, a) for a in assignments
        )
    allowed = guard.allows(actor, who.permission, record.staff_id)
    if who.relation is Relation.APPRAISEE:
        return allowed and actor.staff_id == record.staff_id
    return allowed
