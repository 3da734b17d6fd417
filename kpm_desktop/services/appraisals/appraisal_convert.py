"""Appraisal records turned into the plain views the services return: the ORM's records
or the plain rows of the same fields (storage/appraisal_fields.py); no SQLAlchemy here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rating import IndicatorRating, MetLevel, RankPlace
from kpm_desktop.services.appraisals.appraisal_views import (
    Acknowledgement,
    AppraisalSummary,
    KpiFigure,
    RatingEntry,
)

if TYPE_CHECKING:  # their fields only: the records or the plain rows
    from kpm_desktop.storage.appraisal_fields import (
        AppraisalFields,
        AppraisalRowFields,
        RatingFields,
        SnapshotFields,
    )


def summary_of(row: AppraisalRowFields) -> AppraisalSummary:
    record = row.record
    return AppraisalSummary(
        id=record.id,
        period=row.period,
        staff_id=record.staff_id,
        employee_no=row.employee_no,
        staff_name=row.staff_name,
        department=row.department,
        template_id=record.template_id,
        template_name=row.template_name,
        template_version=row.template_version,
        revision=record.revision,
        state=AppraisalState(record.state),
        total=record.total,
        grade=record.grade,
        version=record.version,
        disagreed=record.acknowledgement == "disagree",
    )


def acknowledgement_of(record: AppraisalFields) -> Acknowledgement | None:
    if record.acknowledgement is None:
        return None
    return Acknowledgement(record.acknowledgement == "agree", record.acknowledgement_comment or "")


def entry_of(record: RatingFields) -> RatingEntry:
    rank = None if record.rank is None else RankPlace(record.rank, record.rank_is_last)
    return RatingEntry(
        IndicatorRating(
            level=record.level,
            score=record.score,
            value=record.value,
            met=None if record.met is None else MetLevel(record.met),
            provided=record.provided,
            rank=rank,
            not_applicable=record.not_applicable,
            comment=record.comment,
        ),
        record.na_reason,
    )


def figure_of(record: SnapshotFields) -> KpiFigure:
    return KpiFigure(
        record.indicator_code,
        record.kpi_key,
        record.value,
        record.numerator,
        record.denominator,
        record.target,
        record.reason,
        record.computed_at,
    )
