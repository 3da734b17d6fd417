"""The appraisal workflow's states and the rules for moving between them (issue 8).

draft -> submitted (every rater has submitted) -> reviewed -> finalized (locked)
-> acknowledged (by the employee). A correction of a finalized appraisal is an amendment:
a new revision; the old one becomes superseded and stays as it was.
"""

from __future__ import annotations

from enum import StrEnum

from kpm_desktop.domain.errors import LockedError, Term, UserText, ValidationError


class AppraisalState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    FINALIZED = "finalized"
    ACKNOWLEDGED = "acknowledged"
    SUPERSEDED = "superseded"


def state_term(state: str) -> Term:
    """A state or status value (appraisal, cycle, template) as a message names it.

    The stored values are the English words the UI translates in the context "States".
    """
    return Term("States", state)


class CycleStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


LOCKED_STATES = frozenset(
    {AppraisalState.FINALIZED, AppraisalState.ACKNOWLEDGED, AppraisalState.SUPERSEDED}
)
AMENDABLE_STATES = frozenset({AppraisalState.FINALIZED, AppraisalState.ACKNOWLEDGED})


def ensure_editable(state: AppraisalState, label: str) -> None:
    """Refuse any change of a finalized, acknowledged or superseded appraisal."""
    if state is AppraisalState.SUPERSEDED:
        raise LockedError(
            "Appraisal {label} is superseded by a later revision and cannot be changed", label=label
        )
    if state in LOCKED_STATES:
        raise LockedError(
            "Appraisal {label} is {state} and locked; correct it with an amendment (a new revision "
            "with a reason)",
            label=label,
            state=state_term(state),
        )


def ensure_state(
    state: AppraisalState, wanted: AppraisalState, action: UserText, label: str
) -> None:
    if state is not wanted:
        raise ValidationError(
            "Appraisal {label} is {state}; it must be {wanted} to {action} it",
            label=label,
            state=state_term(state),
            wanted=state_term(wanted),
            action=action,
        )


def amendment_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise ValidationError("An amendment needs a reason: say what is corrected and why")
    return text


def override_reason(reason: str | None) -> str | None:
    text = (reason or "").strip()
    return text or None
