"""Whose turn, for the appraisal list: each appraisal's next step and its takers
(domain/turns.py), and whether it waits for the signed-in user, by `available_actions`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kpm_desktop.domain.access import Actor, OrgChart
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.turns import HR_TAKER, Taker, Turn, next_turn
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary
from kpm_desktop.services.appraisals.appraisal_workflow import available_actions, separated_rater
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import RaterAssignmentRecord
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.staff_queries import staff_names


def with_turns(
    uow: UnitOfWork, guard: AccessGuard, actor: Actor, rows: Sequence[repo.AppraisalRow]
) -> list[AppraisalSummary]:
    """The rows as summaries carrying their turn and whether it waits for `actor`."""
    org = guard.org_chart
    summaries = []
    for row in rows:
        summary = summary_of(row)
        turn = _turn_of(uow, org, row)
        waiting = turn is not None and turn.waits_for(
            actor, available_actions(uow, actor, row.record, guard)
        )
        summaries.append(replace(summary, turn=turn, waiting=waiting))
    return summaries


def _turn_of(uow: UnitOfWork, org: OrgChart, row: repo.AppraisalRow) -> Turn | None:
    record = row.record
    state = AppraisalState(record.state)
    appraisee = Taker(record.staff_id, row.staff_name)
    pending: list[Taker] = []
    if state is AppraisalState.DRAFT:
        pending = _pending_raters(uow, repo.assignments(uow.session, record.id), appraisee)
    reviewers: list[Taker] = []
    if state is AppraisalState.SUBMITTED:
        held_back = separated_rater(uow, record)
        reviewers = [r for r in _reviewers(uow, org, record.staff_id) if r.staff_id != held_back]
    return next_turn(state, pending, appraisee, reviewers)


def _pending_raters(
    uow: UnitOfWork, assignments: Sequence[RaterAssignmentRecord], appraisee: Taker
) -> list[Taker]:
    open_sheets = [a for a in assignments if a.submitted_at is None]
    names = staff_names(uow.session, {a.rater_staff_id for a in open_sheets if a.rater_staff_id})
    pending = []
    for sheet in open_sheets:
        role = RaterRole(sheet.role)
        if role is RaterRole.SELF:
            pending.append(replace(appraisee, sheet=role))
        elif sheet.rater_staff_id is None:
            pending.append(replace(HR_TAKER, sheet=role))
        else:
            name = names.get(sheet.rater_staff_id, "")
            pending.append(Taker(sheet.rater_staff_id, name, role))
    return pending


def _reviewers(uow: UnitOfWork, org: OrgChart, staff_id: int) -> list[Taker]:
    """The appraisee's supervisor and the head of their department, once each."""
    department = org.department_of.get(staff_id)
    candidates = [
        org.supervisor_of.get(staff_id),
        None if department is None else org.head_of_department.get(department),
    ]
    ids = list(dict.fromkeys(c for c in candidates if c is not None and c != staff_id))
    names = staff_names(uow.session, ids)
    return [Taker(i, names.get(i, "")) for i in ids]
