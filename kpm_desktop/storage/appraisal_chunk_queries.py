"""The rows of many appraisals read at once, a statement per kind of row: how a cycle
export reads a chunk of its sheets (services/appraisals/appraisal_chunk_loading.py).
Each gives what `appraisal_repository`'s query of one appraisal gives, in the same
order, grouped by appraisal id. Never commits."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpm_desktop.storage.appraisal_records import (
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
    ResultLineRecord,
)
from kpm_desktop.storage.rubric_records import RubricTemplateRecord

_Record = TypeVar(
    "_Record", RaterAssignmentRecord, RatingRecord, KpiSnapshotRecord, ResultLineRecord
)


def _by_appraisal(
    session: Session,
    record: type[_Record],
    ids: Collection[int],
    *order: InstrumentedAttribute[Any],
) -> dict[int, list[_Record]]:
    """The `record` rows of the appraisals `ids`, in `order`, grouped by appraisal id
    (every id present)."""
    query = select(record).where(record.appraisal_id.in_(sorted(ids))).order_by(*order)
    grouped: dict[int, list[_Record]] = {appraisal_id: [] for appraisal_id in ids}
    for row in session.scalars(query):
        grouped[row.appraisal_id].append(row)
    return grouped


def assignments(session: Session, ids: Collection[int]) -> dict[int, list[RaterAssignmentRecord]]:
    return _by_appraisal(session, RaterAssignmentRecord, ids, RaterAssignmentRecord.id)


def ratings(session: Session, ids: Collection[int]) -> dict[int, list[RatingRecord]]:
    return _by_appraisal(session, RatingRecord, ids, RatingRecord.id)


def snapshots(session: Session, ids: Collection[int]) -> dict[int, list[KpiSnapshotRecord]]:
    return _by_appraisal(
        session,
        KpiSnapshotRecord,
        ids,
        KpiSnapshotRecord.appraisal_id,
        KpiSnapshotRecord.indicator_code,
    )


def result_lines(session: Session, ids: Collection[int]) -> dict[int, list[ResultLineRecord]]:
    return _by_appraisal(session, ResultLineRecord, ids, ResultLineRecord.id)


def template_bodies(session: Session, template_ids: Collection[int]) -> dict[int, str]:
    """The stored text of each template among `template_ids` that exists."""
    query = select(RubricTemplateRecord.id, RubricTemplateRecord.body).where(
        RubricTemplateRecord.id.in_(sorted(template_ids))
    )
    return {row.id: row.body for row in session.execute(query)}
