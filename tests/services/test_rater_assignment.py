"""HR chooses who fills the peer sheet (and overrides the department head) of an appraisal:
refused on a locked appraisal, a submitted sheet, the appraisee, or someone on another
sheet; audited before/after; the assigned peer is named in the turn, finds the appraisal
waiting for them, and sees and fills only their own sheet."""

from __future__ import annotations

import json

import pytest

from kpm_desktop.domain.audit import AuditFilter
from kpm_desktop.domain.errors import (
    ConflictError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.workflow import Action
from tests.appraisal_steps import HEAD, SELF, SUPERIOR, finalize, rate_all, target_id
from tests.appraisal_world import World
from tests.peer_cycle import PEER_NO, PEER_PERIOD, peer_cycle, peer_user


def _steps(world: World, actor=None) -> list[str]:
    rows = world.services.appraisals.list(actor or world.admin, period=PEER_PERIOD)
    (row,) = rows
    return [] if row.turn is None else [str(t) for t in row.turn.describe()]


def test_the_peer_sheet_starts_with_hr_and_then_names_the_assigned_peer(world: World):
    appraisal_id = peer_cycle(world)
    assert "Peer rating, entered by HR" in _steps(world)
    summary = world.services.raters.assign_rater(world.admin, appraisal_id, RaterRole.PEER, PEER_NO)
    form = world.services.appraisals.form(world.admin, appraisal_id)
    peer = form.rater(RaterRole.PEER)
    assert peer is not None and peer.rater_name.startswith(PEER_NO)
    assert summary.version > 1
    name = peer.rater_name.split(" ", 1)[1]
    assert f"Peer rating by {name}" in _steps(world)
    (entry,) = world.services.audit.query(world.admin, AuditFilter(action="assign_rater"))
    assert entry.entity_id == str(appraisal_id)
    assert json.loads(entry.before or "{}")["rater_staff"] is None
    assert json.loads(entry.after or "{}")["rater_staff"] == peer.rater_name


def test_the_assigned_peer_waits_sees_only_their_sheet_and_fills_it(world: World):
    appraisal_id = peer_cycle(world)
    peer = peer_user(world)
    appraisals = world.services.appraisals
    assert appraisals.list(peer, period=PEER_PERIOD) == []
    world.services.raters.assign_rater(world.admin, appraisal_id, RaterRole.PEER, PEER_NO)
    waiting = appraisals.list(peer, current_only=True, waiting_only=True)
    assert [r.id for r in waiting] == [appraisal_id]
    assert appraisals.waiting_count(peer) == 1
    form = appraisals.form(peer, appraisal_id)
    assert [r.role for r in form.raters] == [RaterRole.PEER]
    assert form.editable_roles == frozenset({RaterRole.PEER})
    assert form.allowed_actions == frozenset({Action.RATE, Action.SUBMIT})
    appraisals.save_ratings(peer, appraisal_id, RaterRole.PEER, SUPERIOR, None)
    appraisals.submit(peer, appraisal_id, RaterRole.PEER)
    assert appraisals.waiting_count(peer) == 0
    with pytest.raises(PermissionDeniedError):
        appraisals.save_ratings(peer, appraisal_id, RaterRole.SELF, SELF, None)


def test_hr_overrides_the_department_head_and_that_person_rates_the_sheet(world: World):
    appraisal_id = peer_cycle(world)
    appraisals = world.services.appraisals
    world.services.raters.assign_rater(
        world.admin, appraisal_id, RaterRole.DEPARTMENT_HEAD, "E00002"
    )
    form = appraisals.form(world.other_supervisor, appraisal_id)
    assert form.editable_roles == frozenset({RaterRole.DEPARTMENT_HEAD})
    appraisals.save_ratings(
        world.other_supervisor, appraisal_id, RaterRole.DEPARTMENT_HEAD, HEAD, None
    )
    (entry,) = world.services.audit.query(world.admin, AuditFilter(action="assign_rater"))
    assert json.loads(entry.before or "{}")["rater_staff"].startswith("E00001")


@pytest.mark.parametrize(
    ("role", "number", "error", "words"),
    [
        (RaterRole.PEER, "E00013", ValidationError, "is the employee appraised"),
        (RaterRole.PEER, "E00001", ValidationError, "already rates appraisal"),
        (RaterRole.SUPERIOR, "E00020", ValidationError, "HR chooses the peer or department"),
        (RaterRole.PEER, "E99999", NotFoundError, "no staff member numbered E99999"),
    ],
)
def test_a_wrong_person_or_sheet_is_refused_and_nothing_changes(
    world: World, role: RaterRole, number: str, error: type[Exception], words: str
):
    appraisal_id = peer_cycle(world)
    with pytest.raises(error, match=words):
        world.services.raters.assign_rater(world.admin, appraisal_id, role, number)
    form = world.services.appraisals.form(world.admin, appraisal_id)
    assert form.rater(RaterRole.PEER).rater_staff_id is None
    assert world.services.audit.query(world.admin, AuditFilter(action="assign_rater")) == []


def test_only_hr_assigns_and_a_stale_copy_is_refused(world: World):
    appraisal_id = peer_cycle(world)
    with pytest.raises(PermissionDeniedError):
        world.services.raters.assign_rater(world.head, appraisal_id, RaterRole.PEER, PEER_NO)
    with pytest.raises(ConflictError):
        world.services.raters.assign_rater(world.admin, appraisal_id, RaterRole.PEER, PEER_NO, 99)


def test_a_submitted_sheet_keeps_its_rater(world: World):
    appraisal_id = target_id(world)
    appraisals = world.services.appraisals
    appraisals.save_ratings(world.head, appraisal_id, RaterRole.DEPARTMENT_HEAD, HEAD, None)
    appraisals.submit(world.head, appraisal_id, RaterRole.DEPARTMENT_HEAD)
    with pytest.raises(LockedError, match="already submitted"):
        world.services.raters.assign_rater(
            world.admin, appraisal_id, RaterRole.DEPARTMENT_HEAD, "E00002"
        )


def test_a_finalized_appraisal_keeps_its_raters(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    with pytest.raises(LockedError, match="locked"):
        world.services.raters.assign_rater(
            world.admin, appraisal_id, RaterRole.DEPARTMENT_HEAD, "E00002"
        )
