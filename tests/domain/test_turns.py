"""Whose turn, derived from the workflow table for every state and rater situation."""

from __future__ import annotations

import pytest

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.turns import HR_TAKER, Taker, Turn, forward_step, next_turn
from kpm_desktop.domain.workflow import Action

S = AppraisalState
EMPLOYEE = Taker(13, "任倩")
HEAD = Taker(1, "董敏")
SELF_SHEET = Taker(13, "任倩", RaterRole.SELF)
SUPERIOR_SHEET = Taker(1, "董敏", RaterRole.SUPERIOR)


@pytest.mark.parametrize(
    ("state", "action"),
    [
        (S.DRAFT, Action.SUBMIT),
        (S.SUBMITTED, Action.REVIEW),
        (S.REVIEWED, Action.FINALIZE),
        (S.FINALIZED, Action.ACKNOWLEDGE),
        (S.ACKNOWLEDGED, None),
        (S.SUPERSEDED, None),
    ],
)
def test_the_forward_step_of_each_state_comes_from_the_table(state, action):
    step = forward_step(state)
    assert (None if step is None else step.action) is action


def test_a_draft_waits_for_the_raters_whose_sheets_are_open():
    turn = next_turn(S.DRAFT, [SELF_SHEET, SUPERIOR_SHEET], EMPLOYEE, [HEAD])
    assert turn == Turn(Action.SUBMIT, (SELF_SHEET, SUPERIOR_SHEET))
    assert [str(t) for t in turn.describe()] == [
        "Self rating by 任倩",
        "Direct superior rating by 董敏",
    ]


def test_a_sheet_without_a_rater_falls_to_hr():
    unassigned = Taker(None, "", RaterRole.PEER)
    turn = next_turn(S.DRAFT, [unassigned], EMPLOYEE, [])
    assert turn is not None
    assert [str(t) for t in turn.describe()] == ["Peer rating, entered by HR"]


def test_a_draft_with_every_sheet_submitted_has_no_turn():
    assert next_turn(S.DRAFT, [], EMPLOYEE, [HEAD]) is None


def test_review_by_the_supervisor_and_head_or_else_hr():
    other = Taker(2, "陆波")
    turn = next_turn(S.SUBMITTED, [], EMPLOYEE, [HEAD, other])
    assert turn is not None
    assert [str(t) for t in turn.describe()] == ["review by 董敏", "review by 陆波"]
    alone = next_turn(S.SUBMITTED, [], EMPLOYEE, [])
    assert alone == Turn(Action.REVIEW, (HR_TAKER,))
    assert [str(t) for t in alone.describe()] == ["review by HR"]


def test_finalize_by_hr_then_acknowledgement_by_the_employee_then_nothing():
    assert next_turn(S.REVIEWED, [], EMPLOYEE, [HEAD]) == Turn(Action.FINALIZE, (HR_TAKER,))
    acknowledge = next_turn(S.FINALIZED, [], EMPLOYEE, [HEAD])
    assert acknowledge is not None
    assert [str(t) for t in acknowledge.describe()] == ["acknowledgement by 任倩"]
    assert next_turn(S.ACKNOWLEDGED, [], EMPLOYEE, [HEAD]) is None
    assert next_turn(S.SUPERSEDED, [], EMPLOYEE, [HEAD]) is None


def test_a_turn_waits_for_a_named_taker_only_when_the_workflow_allows_it():
    head = Actor(2, "dongmin", "董敏", Role.SUPERVISOR, staff_id=1)
    hr = Actor(1, "admin", "admin", Role.HR_ADMIN)
    review = Turn(Action.REVIEW, (HEAD,))
    assert review.waits_for(head, frozenset({Action.REVIEW}))
    assert not review.waits_for(head, frozenset({Action.FEEDBACK}))  # e.g. a rule removed it
    assert not review.waits_for(hr, frozenset({Action.REVIEW}))  # not HR's turn
    finalize = Turn(Action.FINALIZE, (HR_TAKER,))
    assert finalize.waits_for(hr, frozenset({Action.FINALIZE}))
    assert not finalize.waits_for(head, frozenset({Action.FINALIZE}))
