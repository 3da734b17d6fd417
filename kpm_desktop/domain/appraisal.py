"""The appraisal workflow's states and the rules for moving between them (issue 8).

draft -> submitted (every rater has submitted) -> reviewed -> finalized (locked)
-> acknowledged (by the employee). A correction of a finalized appraisal is an amendment:
a new revision; the old one becomes superseded and stays as it was.
"""

from __future__ import annotations

from enum import StrEnum

from kpm_desktop.domain.errors import LockedError, ValidationError


class AppraisalState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    FINALIZED = "finalized"
    ACKNOWLEDGED = "acknowledged"
    SUPERSEDED = "superseded"


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
            f"Appraisal {label} is superseded by a later revision and cannot be changed"
        )
    if state in LOCKED_STATES:
        raise LockedError(
            f"Appraisal {label} is {state.value} and locked; correct it with an amendment "
            "(a new revision with a reason)"
        )


def ensure_state(state: AppraisalState, wanted: AppraisalState, action: str, label: str) -> None:
    if state is not wanted:
        raise ValidationError(
            f"Appraisal {label} is {state.value}; it must be {wanted.value} to {action} it"
        )


def amendment_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise ValidationError("An amendment needs a reason: say what is corrected and why")
    return text


def override_reason(reason: str | None) -> str | None:
    text = (reason or "").strip()
    return text or None
