"""The workflow table is complete and agrees with the seals and with docs/architecture.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpm_desktop.domain.appraisal import LOCKED_STATES, AppraisalState
from kpm_desktop.domain.errors import LockedError, ValidationError
from kpm_desktop.domain.seals import SEALED_STATES, STATE_ORDER, SealKind
from kpm_desktop.domain.workflow import (
    STEPS,
    TERMINAL_STATES,
    TRANSITIONS,
    Action,
    arrival,
    markdown_table,
    reachable_states,
    transition,
    transitions_from,
)

ARCHITECTURE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"


def test_every_state_but_the_terminal_ones_has_a_way_out() -> None:
    leaving = {state for state in AppraisalState if transitions_from(state)}
    assert leaving == set(AppraisalState) - TERMINAL_STATES
    assert all(not transitions_from(state) for state in TERMINAL_STATES)


def test_every_state_is_reachable_from_draft() -> None:
    assert reachable_states(AppraisalState.DRAFT) == set(AppraisalState)


def test_every_action_is_declared_once_per_state_with_one_who() -> None:
    cells = [(t.source, t.action) for t in TRANSITIONS]
    assert len(cells) == len(set(cells))
    assert {t.action for t in TRANSITIONS} == set(Action)
    for action in Action:
        assert len({t.who for t in TRANSITIONS if t.action is action}) == 1, action


def test_steps_move_and_edits_stay() -> None:
    moving = {t.action for t in TRANSITIONS if t.target is not t.source}
    assert moving == set(STEPS)
    assert not any(t.source is not t.target for t in TRANSITIONS if t.action not in STEPS)


def test_steps_only_go_forward_and_seal_exactly_the_sealed_states() -> None:
    order = STATE_ORDER[SealKind.APPRAISAL]
    sealed = set(SEALED_STATES[SealKind.APPRAISAL])
    for t in TRANSITIONS:
        assert order.index(t.target) >= order.index(t.source), t
        assert t.seals == (t.target in sealed and t.target is not t.source), t
    assert set(order) == set(AppraisalState)


def test_edits_of_a_locked_appraisal_are_locked_and_a_wrong_state_is_invalid() -> None:
    for state in LOCKED_STATES:
        with pytest.raises(LockedError):
            arrival(Action.FEEDBACK, state, "#1")
    with pytest.raises(ValidationError, match="it must be submitted to review it"):
        arrival(Action.REVIEW, AppraisalState.DRAFT, "#1")
    with pytest.raises(ValidationError, match="only a finalized or acknowledged"):
        arrival(Action.AMEND, AppraisalState.SUPERSEDED, "#1")
    assert arrival(Action.REVIEW, AppraisalState.SUBMITTED, "#1") is transition(
        AppraisalState.SUBMITTED, Action.REVIEW
    )


def test_the_architecture_doc_shows_the_table() -> None:
    """Run scripts/write_workflow_table.py after changing the table."""
    assert markdown_table() in ARCHITECTURE.read_text(encoding="utf-8")
