"""The appraisal workflow's states (issue 8); the moves between them are the table of
domain/workflow.py.

draft -> submitted (every rater has submitted) -> reviewed -> finalized (locked)
-> acknowledged (by the employee). A correction of a finalized appraisal is an amendment:
a new revision; the old one becomes superseded and stays as it was.
"""

from __future__ import annotations

from enum import StrEnum

from kpm_desktop.domain.errors import Term, ValidationError


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


# What an appraisal without a complete score shows instead of a total and a grade: an
# unscored draft is not a 0 and not the lowest grade (docs/user-guide.md, "Not scored").
NOT_SCORED = Term("States", "not scored")
# The printed sheet and the exported workbook are Chinese.
NOT_SCORED_ZH = "未评分"


class CycleStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


LOCKED_STATES = frozenset(
    {AppraisalState.FINALIZED, AppraisalState.ACKNOWLEDGED, AppraisalState.SUPERSEDED}
)


def amendment_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise ValidationError("An amendment needs a reason: say what is corrected and why")
    return text


def override_reason(reason: str | None) -> str | None:
    text = (reason or "").strip()
    return text or None
