"""The appraisal workflow as data: which action moves an appraisal from which state to which,
who may take it, and whether the revision is sealed on arrival.

The service (`AppraisalService`), the form's buttons and the `kpm appraisal` commands all
read this one table; docs/architecture.md ("The appraisal workflow") shows it, rendered by
`scripts/write_workflow_table.py`. Edits that keep the state (rating, feedback, refreshing
KPI figures) are rows whose target is their source, so every change is declared here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kpm_desktop.domain.access import Permission
from kpm_desktop.domain.appraisal import LOCKED_STATES, AppraisalState, state_term
from kpm_desktop.domain.errors import (
    LockedError,
    PermissionDeniedError,
    UserText,
    ValidationError,
)


class Action(StrEnum):
    RATE = "rate"
    FEEDBACK = "feedback"
    REFRESH_KPIS = "refresh_kpis"
    SUBMIT = "submit"
    REVIEW = "review"
    FINALIZE = "finalize"
    ACKNOWLEDGE = "acknowledge"
    AMEND = "amend"


class Relation(StrEnum):
    """How the acting user must stand to the appraisal, beyond holding the permission."""

    RATER = "rater"  # assigned to the rater sheet in question (HR admins enter any sheet)
    IN_SCOPE = "in scope"  # the permission reaches the appraisee (team, or everyone for HR)
    APPRAISEE = "appraisee"  # the employee appraised, and nobody else


@dataclass(frozen=True)
class Who:
    permission: Permission
    relation: Relation


RATER = Who(Permission.SCORE_APPRAISAL, Relation.RATER)
SCORER = Who(Permission.SCORE_APPRAISAL, Relation.IN_SCOPE)
FINALIZER = Who(Permission.FINALIZE_APPRAISAL, Relation.IN_SCOPE)
APPRAISEE = Who(Permission.ACKNOWLEDGE, Relation.APPRAISEE)


@dataclass(frozen=True)
class Transition:
    source: AppraisalState
    action: Action
    target: AppraisalState
    who: Who
    seals: bool = False  # the revision acted on is sealed in the audit chain on arrival
    per_rater: bool = False  # each rater for their own sheet; the appraisal moves with the last
    new_revision: bool = False  # a new draft revision is made, copying this one
    # Refused to whoever scored as the superior when the cycle separates duties.
    separated: bool = False


_EDITABLE = (AppraisalState.DRAFT, AppraisalState.SUBMITTED, AppraisalState.REVIEWED)
_S = AppraisalState

TRANSITIONS: tuple[Transition, ...] = (
    *(Transition(state, Action.RATE, state, RATER) for state in _EDITABLE),
    *(Transition(state, Action.FEEDBACK, state, SCORER) for state in _EDITABLE),
    *(Transition(state, Action.REFRESH_KPIS, state, SCORER) for state in _EDITABLE),
    Transition(_S.DRAFT, Action.SUBMIT, _S.SUBMITTED, RATER, per_rater=True),
    Transition(_S.SUBMITTED, Action.REVIEW, _S.REVIEWED, FINALIZER, separated=True),
    Transition(_S.REVIEWED, Action.FINALIZE, _S.FINALIZED, FINALIZER, seals=True, separated=True),
    Transition(_S.FINALIZED, Action.ACKNOWLEDGE, _S.ACKNOWLEDGED, APPRAISEE, seals=True),
    Transition(_S.FINALIZED, Action.AMEND, _S.SUPERSEDED, FINALIZER, seals=True, new_revision=True),
    Transition(
        _S.ACKNOWLEDGED, Action.AMEND, _S.SUPERSEDED, FINALIZER, seals=True, new_revision=True
    ),
)

# States no action leaves: a superseded revision stays as it was for good.
TERMINAL_STATES = frozenset({AppraisalState.SUPERSEDED})

# The actions that move the appraisal on (the form's workflow buttons, `kpm appraisal ACTION`).
STEPS = (Action.SUBMIT, Action.REVIEW, Action.FINALIZE, Action.ACKNOWLEDGE, Action.AMEND)


# The steps with one source state, as the message refusing them from another state names them.
_STEP_WORDS = {
    Action.SUBMIT: UserText("submit"),
    Action.REVIEW: UserText("review"),
    Action.FINALIZE: UserText("finalize"),
    Action.ACKNOWLEDGE: UserText("acknowledge"),
}


def transition(state: AppraisalState, action: Action) -> Transition | None:
    return next((t for t in TRANSITIONS if t.source is state and t.action is action), None)


def transitions_from(state: AppraisalState) -> tuple[Transition, ...]:
    return tuple(t for t in TRANSITIONS if t.source is state)


def sources_of(action: Action) -> tuple[AppraisalState, ...]:
    return tuple(t.source for t in TRANSITIONS if t.action is action)


def who_may(action: Action) -> Who:
    """The permission and relation an action needs; the same from every state."""
    return next(t.who for t in TRANSITIONS if t.action is action)


def refuse_locked(action: Action, state: AppraisalState, label: str) -> None:
    """An action that only works on an open appraisal, asked of a locked one, is refused
    as a change of a locked appraisal before anything else is checked."""
    if state in LOCKED_STATES and not any(s in LOCKED_STATES for s in sources_of(action)):
        if state is AppraisalState.SUPERSEDED:
            raise LockedError(
                "Appraisal {label} is superseded by a later revision and cannot be changed",
                label=label,
            )
        raise LockedError(
            "Appraisal {label} is {state} and locked; correct it with an amendment (a new "
            "revision with a reason)",
            label=label,
            state=state_term(state),
        )


def arrival(action: Action, state: AppraisalState, label: str) -> Transition:
    """The transition `action` takes from `state`, or the error saying why it cannot."""
    found = transition(state, action)
    if found is not None:
        return found
    refuse_locked(action, state, label)
    if action is Action.AMEND:
        raise ValidationError(
            "Appraisal {label} is {state}; only a finalized or acknowledged appraisal is "
            "amended (change a draft directly)",
            label=label,
            state=state_term(state),
        )
    raise ValidationError(
        "Appraisal {label} is {state}; it must be {wanted} to {action} it",
        label=label,
        state=state_term(state),
        wanted=state_term(sources_of(action)[0]),
        action=_STEP_WORDS[action],
    )


def separated(action: Action) -> bool:
    """Whether the cycle's separation of duties keeps the superior's rater from `action`."""
    return any(t.separated for t in TRANSITIONS if t.action is action)


def separation_refusal(action: Action, label: str) -> PermissionDeniedError:
    return PermissionDeniedError(
        "Separation of duties: you scored appraisal {label} as the superior, so someone else "
        "must {action} it (the cycle separates duties)",
        label=label,
        action=_STEP_WORDS[action],
    )


def reachable_states(start: AppraisalState = AppraisalState.DRAFT) -> frozenset[AppraisalState]:
    seen, pending = {start}, [start]
    while pending:
        for step in transitions_from(pending.pop()):
            if step.target not in seen:
                seen.add(step.target)
                pending.append(step.target)
    return frozenset(seen)


def markdown_table(rows: Iterable[Transition] = TRANSITIONS) -> str:
    """The table as docs/architecture.md shows it."""
    lines = [
        "| From | Action | To | Permission | Relation | Sealed |",
        "|---|---|---|---|---|---|",
    ]
    order = list(AppraisalState), list(Action)
    for t in sorted(rows, key=lambda t: (order[0].index(t.source), order[1].index(t.action))):
        to = t.target.value + (" (when the last rater submits)" if t.per_rater else "")
        to += " + a new draft revision" if t.new_revision else ""
        sealed = "yes" if t.seals else "—"
        relation = t.who.relation.value + (", not the superior's rater ¹" if t.separated else "")
        lines.append(
            f"| {t.source.value} | {t.action.value} | {to} | {t.who.permission.value} "
            f"| {relation} | {sealed} |"
        )
    return "\n".join(lines) + "\n"
