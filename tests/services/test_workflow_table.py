"""Every cell of the workflow table through the service: each (state, action) for each kind
of user. An allowed action succeeds, lands in the table's target state and was offered by
`available_actions`; a refused one raises the error the precedence below names and was not
offered.

Precedence of the refusals (docs/architecture.md, "The appraisal workflow"): a user who
cannot see the appraisal is denied; an edit or an early step asked of a locked appraisal is
locked; a user the table does not name is denied; a rating of a submitted sheet is locked;
an action not declared from the state is invalid.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import assert_never

import pytest

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import (
    KpmUserError,
    LockedError,
    PermissionDeniedError,
    ValidationError,
)
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.workflow import Action, transition
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary, RatingEntry
from tests.appraisal_world import PERIOD, World

S = AppraisalState
RATINGS = {
    code: RatingEntry(IndicatorRating(level=level, score=Decimal(score)))
    for code, level, score in (
        ("A1", "良", 85),
        ("A2", "良", 80),
        ("A3", "良", 80),
        ("A4", "优", 100),
    )
}
SHEETS = (RaterRole.SELF, RaterRole.SUPERIOR, RaterRole.DEPARTMENT_HEAD)  # E00013's raters
USERS = ("admin", "head", "employee", "viewer", "other_supervisor")
# The rater sheet each user works on when an action is a rater's.
SHEET = {
    "admin": RaterRole.DEPARTMENT_HEAD,
    "head": RaterRole.SUPERIOR,
    "employee": RaterRole.SELF,
    "viewer": RaterRole.SELF,
    "other_supervisor": RaterRole.SELF,
}
# Who the table lets act on E00013's appraisal: the HR admin, the supervisor leading them
# (and rater of two sheets), and E00013 for their own sheet and acknowledgement.
MAY = {
    Action.RATE: {"admin", "head", "employee"},
    Action.FEEDBACK: {"admin", "head"},
    Action.REFRESH_KPIS: {"admin", "head"},
    Action.SUBMIT: {"admin", "head", "employee"},
    Action.REVIEW: {"admin", "head"},
    Action.FINALIZE: {"admin", "head"},
    Action.ACKNOWLEDGE: {"employee"},
    Action.AMEND: {"admin", "head"},
}
OPEN_ONLY = {Action.RATE, Action.FEEDBACK, Action.REFRESH_KPIS} | {
    Action.SUBMIT,
    Action.REVIEW,
    Action.FINALIZE,
}
LOCKED = {S.FINALIZED, S.ACKNOWLEDGED, S.SUPERSEDED}


def refusal(state: AppraisalState, action: Action, user: str) -> type[KpmUserError] | None:
    if user == "other_supervisor":
        return PermissionDeniedError  # another team's head does not even see E00013
    if state in LOCKED and action in OPEN_ONLY:
        return LockedError
    if user not in MAY[action]:
        return PermissionDeniedError
    if action is Action.RATE and state is not S.DRAFT:
        return LockedError  # every sheet is submitted once the appraisal is
    if transition(state, action) is None:
        return ValidationError
    if user == "head" and action in {Action.REVIEW, Action.FINALIZE}:
        return PermissionDeniedError  # the superior's rater, and the cycle separates duties
    return None


def actor(world: World, user: str) -> Actor:
    found: Actor = getattr(world, user)
    return found


def appraisal_in(world: World, state: AppraisalState, *, rated: bool = False) -> int:
    """E00013's appraisal brought to `state` by the HR admin (and E00013 for acknowledging);
    a draft is `rated` on every sheet when asked, with nothing submitted. The cycle's
    appraisals are bulk-created in `world` (its database is copied from the template)."""
    appraisals = world.services.appraisals
    found = [a for a in appraisals.list(world.admin, period=PERIOD) if a.employee_no == "E00013"]
    appraisal_id = found[0].id
    if state is S.DRAFT and not rated:
        return appraisal_id
    for role in SHEETS:
        appraisals.save_ratings(world.admin, appraisal_id, role, RATINGS, None)
    if state is S.DRAFT:
        return appraisal_id
    for role in SHEETS:
        appraisals.submit(world.admin, appraisal_id, role)
    steps: list[Callable[[], object]] = [
        lambda: appraisals.review(world.admin, appraisal_id),
        lambda: appraisals.finalize(world.admin, appraisal_id),
    ]
    if state is S.ACKNOWLEDGED:
        steps.append(lambda: appraisals.acknowledge(world.employee, appraisal_id))
    if state is S.SUPERSEDED:
        steps.append(lambda: appraisals.amend(world.admin, appraisal_id, "更正"))
    wanted = {S.SUBMITTED: 0, S.REVIEWED: 1, S.FINALIZED: 2}.get(state, len(steps))
    for step in steps[:wanted]:
        step()
    return appraisal_id


def take(world: World, user: str, action: Action, appraisal_id: int) -> AppraisalSummary:
    appraisals, who, role = world.services.appraisals, actor(world, user), SHEET[user]
    match action:
        case Action.RATE:
            return appraisals.save_ratings(who, appraisal_id, role, RATINGS, None)
        case Action.FEEDBACK:
            return appraisals.save_feedback(who, appraisal_id, "整体良好", "继续保持", None)
        case Action.REFRESH_KPIS:
            return appraisals.refresh_kpis(who, appraisal_id)
        case Action.SUBMIT:
            return appraisals.submit(who, appraisal_id, role)
        case Action.REVIEW:
            return appraisals.review(who, appraisal_id)
        case Action.FINALIZE:
            return appraisals.finalize(who, appraisal_id)
        case Action.ACKNOWLEDGE:
            return appraisals.acknowledge(who, appraisal_id)
        case Action.AMEND:
            return appraisals.amend(who, appraisal_id, "更正 A1")
        case _:
            assert_never(action)


def offered(world: World, user: str, appraisal_id: int) -> frozenset[Action]:
    try:
        return world.services.appraisals.available_actions(actor(world, user), appraisal_id)
    except PermissionDeniedError:
        return frozenset()


def check_allowed(
    world: World, user: str, state: AppraisalState, action: Action, appraisal_id: int
) -> None:
    declared = transition(state, action)
    assert declared is not None
    assert action in offered(world, user, appraisal_id), (user, state, action)
    if action is Action.SUBMIT:  # the user's sheet is the last: the appraisal moves
        for role in set(SHEETS) - {SHEET[user]}:
            world.services.appraisals.submit(world.admin, appraisal_id, role)
    take(world, user, action, appraisal_id)
    now = world.services.appraisals.form(world.admin, appraisal_id).summary.state
    assert now is declared.target, (user, state, action)


CELLS = [(state, action) for state in S for action in Action]
MOVES = [(s, a) for s, a in CELLS if (t := transition(s, a)) is not None and t.target is not s]
MOVING_ALLOWED = [(s, a, u) for s, a in MOVES for u in USERS if refusal(s, a, u) is None]


@pytest.mark.parametrize(("state", "action"), CELLS, ids=[f"{s}-{a}" for s, a in CELLS])
def test_every_user_in_one_cell(world: World, state: AppraisalState, action: Action) -> None:
    """The refusals first (they change nothing), then the allowed edits that keep the state."""
    appraisal_id = appraisal_in(world, state, rated=action is Action.SUBMIT)
    for user in USERS:
        error = refusal(state, action, user)
        if error is None:
            continue
        assert action not in offered(world, user, appraisal_id), (user, state, action)
        with pytest.raises(error):
            take(world, user, action, appraisal_id)
        assert world.services.appraisals.form(world.admin, appraisal_id).summary.state is state
    for user in USERS:
        declared = transition(state, action)
        if refusal(state, action, user) is None and declared and declared.target is state:
            check_allowed(world, user, state, action, appraisal_id)


@pytest.mark.parametrize(
    ("state", "action", "user"), MOVING_ALLOWED, ids=[f"{s}-{a}-{u}" for s, a, u in MOVING_ALLOWED]
)
def test_an_allowed_step_lands_in_its_declared_state(
    world: World, state: AppraisalState, action: Action, user: str
) -> None:
    appraisal_id = appraisal_in(world, state, rated=True)
    check_allowed(world, user, state, action, appraisal_id)


def test_every_cell_is_exercised() -> None:
    """Each declared step has at least one user allowed to take it."""
    assert {(s, a) for s, a, _ in MOVING_ALLOWED} == set(MOVES)
