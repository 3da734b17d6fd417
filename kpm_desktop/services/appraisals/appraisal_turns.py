"""Whose turn, for the appraisal list: each appraisal's next step and its takers
(domain/turns.py), and whether it waits for the signed-in user, by `available_actions`.

A list of any length costs the same few queries: the rater sheets, the cycles and the names
of every listed appraisal are read once each (and the org chart once, by the guard)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kpm_desktop.domain.access import Actor, OrgChart
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.turns import HR_TAKER, Taker, Turn, next_turn
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary
from kpm_desktop.services.appraisals.appraisal_workflow import actions_of, separated_sheet
from kpm_desktop.storage import appraisal_list_queries as lists
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import RaterAssignmentRecord
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.staff_queries import staff_names


@dataclass(frozen=True)
class _Sheets:
    """What an appraisal's turn is read from: its rater sheets and, when its cycle
    separates duties, the superior sheet whose rater may not review it."""

    assignments: Sequence[RaterAssignmentRecord]
    separated: RaterAssignmentRecord | None


def with_turns(
    uow: UnitOfWork, guard: AccessGuard, actor: Actor, rows: Sequence[repo.AppraisalRow]
) -> list[AppraisalSummary]:
    """The rows as summaries carrying their turn and whether it waits for `actor`."""
    org = guard.org_chart
    sheets = _sheets_of(uow, rows)
    names = staff_names(uow.session, _named_staff(org, rows, sheets))
    summaries = []
    for row in rows:
        own = sheets[row.record.id]
        turn = _turn_of(org, names, row, own)
        allowed = actions_of(guard, actor, row.record, own.assignments, own.separated)
        waiting = turn is not None and turn.waits_for(actor, allowed)
        summaries.append(replace(summary_of(row), turn=turn, waiting=waiting))
    return summaries


def _sheets_of(uow: UnitOfWork, rows: Sequence[repo.AppraisalRow]) -> dict[int, _Sheets]:
    assignments = lists.assignments_by_appraisal(uow.session, [r.record.id for r in rows])
    cycles = lists.cycles_by_id(uow.session, {r.record.cycle_id for r in rows})
    found = {}
    for row in rows:
        own = assignments[row.record.id]
        cycle = cycles.get(row.record.cycle_id)
        found[row.record.id] = _Sheets(own, None if cycle is None else separated_sheet(cycle, own))
    return found


def _named_staff(
    org: OrgChart, rows: Sequence[repo.AppraisalRow], sheets: Mapping[int, _Sheets]
) -> set[int]:
    """Everyone a turn of the list may name: open sheets' raters and the reviewers."""
    ids: set[int] = set()
    for row in rows:
        ids.update(a.rater_staff_id for a in sheets[row.record.id].assignments if a.rater_staff_id)
        ids.update(_reviewer_ids(org, row.record.staff_id))
    return ids


def _turn_of(
    org: OrgChart, names: Mapping[int, str], row: repo.AppraisalRow, sheets: _Sheets
) -> Turn | None:
    record = row.record
    state = AppraisalState(record.state)
    appraisee = Taker(record.staff_id, row.staff_name)
    pending: list[Taker] = []
    if state is AppraisalState.DRAFT:
        pending = _pending_raters(names, sheets.assignments, appraisee)
    reviewers: list[Taker] = []
    if state is AppraisalState.SUBMITTED:
        held_back = None if sheets.separated is None else sheets.separated.rater_staff_id
        reviewers = [
            Taker(i, names.get(i, ""))
            for i in _reviewer_ids(org, record.staff_id)
            if i != held_back
        ]
    return next_turn(state, pending, appraisee, reviewers)


def _pending_raters(
    names: Mapping[int, str], assignments: Sequence[RaterAssignmentRecord], appraisee: Taker
) -> list[Taker]:
    pending = []
    for sheet in (a for a in assignments if a.submitted_at is None):
        role = RaterRole(sheet.role)
        if role is RaterRole.SELF:
            pending.append(replace(appraisee, sheet=role))
        elif sheet.rater_staff_id is None:
            pending.append(replace(HR_TAKER, sheet=role))
        else:
            pending.append(Taker(sheet.rater_staff_id, names.get(sheet.rater_staff_id, ""), role))
    return pending


def _reviewer_ids(org: OrgChart, staff_id: int) -> list[int]:
    """The appraisee's supervisor and the head of their department, once each."""
    department = org.department_of.get(staff_id)
    candidates = [
        org.supervisor_of.get(staff_id),
        None if department is None else org.head_of_department.get(department),
    ]
    return list(dict.fromkeys(c for c in candidates if c is not None and c != staff_id))
