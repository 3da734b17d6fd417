"""Writing ratings, and copying an appraisal into its amendment (a new revision)."""

from __future__ import annotations

from datetime import datetime

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import (
    RATING_CONTENT_COLUMNS,
    AppraisalRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
)
from kpm_desktop.storage.database import UnitOfWork


def rating_record(
    appraisal_id: int, assignment_id: int, code: str, entry: RatingEntry
) -> RatingRecord:
    rating = entry.rating
    return RatingRecord(
        appraisal_id=appraisal_id,
        assignment_id=assignment_id,
        indicator_code=code,
        level=rating.level,
        score=rating.score,
        value=rating.value,
        met=None if rating.met is None else rating.met.value,
        provided=rating.provided,
        rank=None if rating.rank is None else rating.rank.position,
        rank_is_last=False if rating.rank is None else rating.rank.is_last,
        not_applicable=rating.not_applicable,
        na_reason=entry.na_reason.strip() if rating.not_applicable else "",
        comment=rating.comment,
    )


def copy_appraisal(
    uow: UnitOfWork, old: AppraisalRecord, reason: str, now: datetime
) -> AppraisalRecord:
    """The next revision as a draft: raters (not submitted), ratings, KPI figures, comments."""
    session = uow.session
    new = AppraisalRecord(
        cycle_id=old.cycle_id,
        staff_id=old.staff_id,
        template_id=old.template_id,
        revision=old.revision + 1,
        supersedes_id=old.id,
        amendment_reason=reason,
        state=AppraisalState.DRAFT.value,
        overall_comment=old.overall_comment,
        improvement_plan=old.improvement_plan,
        created_at=now,
        updated_at=now,
    )
    session.add(new)
    session.flush()
    assignment_ids: dict[int, int] = {}
    for assignment in repo.assignments(session, old.id):
        copy = RaterAssignmentRecord(
            appraisal_id=new.id,
            role=assignment.role,
            rater_staff_id=assignment.rater_staff_id,
            weight=assignment.weight,
        )
        session.add(copy)
        session.flush()
        assignment_ids[assignment.id] = copy.id
    for rating in repo.ratings(session, old.id):
        columns = {c: getattr(rating, c) for c in RATING_CONTENT_COLUMNS}
        session.add(
            RatingRecord(
                appraisal_id=new.id, assignment_id=assignment_ids[rating.assignment_id], **columns
            )
        )
    for snapshot in repo.snapshots(session, old.id):
        columns = {c: getattr(snapshot, c) for c in _SNAPSHOT_COLUMNS}
        session.add(KpiSnapshotRecord(appraisal_id=new.id, **columns))
    session.flush()
    return new


_SNAPSHOT_COLUMNS = (
    "indicator_code",
    "kpi_key",
    "value",
    "numerator",
    "denominator",
    "target",
    "reason",
    "computed_at",
)
