"""Whose turn: an appraisal's next step and who must take it, read from the workflow table
(domain/workflow.py).

The next step is the state's forward transition (amendments are corrections, not a turn).
Who takes it: for a rater's step, the raters whose sheets are not yet submitted; a review,
the appraisee's supervisor and department head; finalizing, HR; acknowledging, the employee.
A taker without a staff id stands for HR (or HR entering the sheet of a rater without one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.rubric import RaterRole, rater_term
from kpm_desktop.domain.workflow import Action, Relation, Transition, transitions_from


@dataclass(frozen=True)
class Taker:
    """Someone who must act: a person (staff id and name), or HR when `staff_id` is None."""

    staff_id: int | None
    name: str
    sheet: RaterRole | None = None  # the rater sheet, for a rater's step

    @property
    def is_hr(self) -> bool:
        return self.staff_id is None


HR_TAKER = Taker(None, "")


@dataclass(frozen=True)
class Turn:
    action: Action
    takers: tuple[Taker, ...]

    def waits_for(self, actor: Actor, allowed: frozenset[Action]) -> bool:
        """Whether `actor` must act now: named as a taker (HR admins for HR's part) and
        allowed the action by the workflow (`available_actions`)."""
        if self.action not in allowed:
            return False
        mine = actor.staff_id is not None and any(t.staff_id == actor.staff_id for t in self.takers)
        return mine or (actor.role is Role.HR_ADMIN and any(t.is_hr for t in self.takers))

    def describe(self) -> list[UserText]:
        """The step and its takers, one text a taker: "Self rating by 任倩"."""
        return [_phrase(self.action, taker) for taker in self.takers]


def forward_step(state: AppraisalState) -> Transition | None:
    """The transition that moves an appraisal in `state` on, if any."""
    return next(
        (t for t in transitions_from(state) if t.target is not state and not t.new_revision),
        None,
    )


def next_turn(
    state: AppraisalState,
    pending_raters: Sequence[Taker],
    appraisee: Taker,
    reviewers: Sequence[Taker],
) -> Turn | None:
    """The next step of an appraisal in `state` and its takers; None when nothing is due.

    `pending_raters` are the sheets not yet submitted (with the rater, or HR's taker for a
    sheet without one); `reviewers` the appraisee's supervisor and department head."""
    step = forward_step(state)
    if step is None:
        return None
    if step.who.relation is Relation.RATER:
        return Turn(step.action, tuple(pending_raters)) if pending_raters else None
    if step.who.relation is Relation.APPRAISEE:
        return Turn(step.action, (appraisee,))
    if step.action is Action.REVIEW and reviewers:
        return Turn(step.action, tuple(reviewers))
    return Turn(step.action, (HR_TAKER,))


def _phrase(action: Action, taker: Taker) -> UserText:
    if taker.sheet is not None:
        if taker.is_hr:
            return UserText("{role} rating, entered by HR", role=rater_term(taker.sheet))
        return UserText("{role} rating by {name}", role=rater_term(taker.sheet), name=taker.name)
    if taker.is_hr:
        return {
            Action.REVIEW: UserText("review by HR"),
            Action.FINALIZE: UserText("finalize by HR"),
        }[action]
    return {
        Action.REVIEW: UserText("review by {name}", name=taker.name),
        Action.FINALIZE: UserText("finalize by {name}", name=taker.name),
        Action.ACKNOWLEDGE: UserText("acknowledgement by {name}", name=taker.name),
    }[action]
