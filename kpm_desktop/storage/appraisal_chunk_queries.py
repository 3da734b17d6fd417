"""The rows of many appraisals read at once, a statement per kind of row: how a cycle
export reads a chunk of its sheets (services/appraisals/appraisal_chunk_loading.py).
Each gives what `appraisal_repository`'s query of one appraisal gives, in the same
order, grouped by appraisal id. Never commits."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpm_desktop.storage.appraisal_records import (
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
    ResultLineRecord,
)
from kpm_desktop.storage.rubric_records import RubricTemplateRecord


class _OfAppraisal(Protocol):
    @property
    def appraisal_id(self) -> int: ...


_Record = TypeVar("_Record", bound=_OfAppraisal)


def _by_appraisal(records: Sequence[_Record], ids: Collection[int]) -> dict[int, list[_Record]]:
    grouped: dict[int, list[_Record]] = {appraisal_id: [] for appraisal_id in ids}
    for record in records:
        grouped[record.appraisal_id].append(record)
    return grouped


def assignments(session: Session, ids: Collection[int]) -> dict[int, list[RaterAssignmentRecord]]:
    query = (
        select(RaterAssignmentRecord)
        .where(RaterAssignmentRecord.appraisal_id.in_(sorted(ids)))
        .order_by(RaterAssignmentRecord.id)
    )
    return _by_appraisal(session.scalars(query).all(), ids)


def ratings(session: Session, ids: Collection[int]) -> dict[int, list[RatingRecord]]:
    query = (
        select(RatingRecord)
        .where(RatingRecord.appraisal_id.in_(sorted(ids)))
        .order_by(RatingRecord.id)
    )
    return _by_appraisal(session.scalars(query).all(), ids)


def snapshots(session: Session, ids: Collection[int]) -> dict[int, list[KpiSnapshotRecord]]:
    query = (
        select(KpiSnapshotRecord)
        .where(KpiSnapshotRecord.appraisal_id.in_(sorted(ids)))
        .order_by(KpiSnapshotRecord.appraisal_id, KpiSnapshotRecord.indicator_code)
    )
    return _by_appraisal(session.scalars(query).all(), ids)


def result_lines(session: Session, ids: Collection[int]) -> dict[int, list[ResultLineRecord]]:
    query = (
        select(ResultLineRecord)
        .where(ResultLineRecord.appraisal_id.in_(sorted(ids)))
        .order_by(ResultLineRecord.id)
    )
    return _by_appraisal(session.scalars(query).all(), ids)


def template_bodies(session: Session, template_ids: Collection[int]) -> dict[int, str]:
    """The stored text of each template among `template_ids` that exists."""
    query = select(RubricTemplateRecord.id, RubricTemplateRecord.body).where(
        RubricTemplateRecord.id.in_(sorted(template_ids))
    )
    return {row.id: row.body for row in session.execute(query)}
