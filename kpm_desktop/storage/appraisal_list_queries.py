"""What the appraisal list reads besides its rows, each in one query for the whole list:
the rater sheets and cycles of the listed appraisals (whose turn), their ratings, KPI
snapshots, templates and the rank values compared (running scores), and the values its
filters offer (departments, the templates whose grades it lists)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleRecord,
    CycleTemplateRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
)
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord


def assignments_by_appraisal(
    session: Session, appraisal_ids: Collection[int]
) -> dict[int, list[RaterAssignmentRecord]]:
    """The rater sheets of each appraisal, in creation order; an appraisal without any maps
    to an empty list."""
    return _by_appraisal(session, RaterAssignmentRecord, appraisal_ids, RaterAssignmentRecord.id)


def ratings_by_appraisal(
    session: Session, appraisal_ids: Collection[int]
) -> dict[int, list[RatingRecord]]:
    return _by_appraisal(session, RatingRecord, appraisal_ids, RatingRecord.id)


def snapshots_by_appraisal(
    session: Session, appraisal_ids: Collection[int]
) -> dict[int, list[KpiSnapshotRecord]]:
    return _by_appraisal(
        session, KpiSnapshotRecord, appraisal_ids, KpiSnapshotRecord.indicator_code
    )


_Row = TypeVar("_Row", RaterAssignmentRecord, RatingRecord, KpiSnapshotRecord)


def _by_appraisal(
    session: Session,
    record: type[_Row],
    appraisal_ids: Collection[int],
    order: InstrumentedAttribute[Any],
) -> dict[int, list[_Row]]:
    """The records of each appraisal in one query; an appraisal without any maps to []."""
    found: dict[int, list[_Row]] = {i: [] for i in appraisal_ids}
    if not found:
        return found
    query = select(record).where(record.appraisal_id.in_(sorted(found))).order_by(order)
    for row in session.scalars(query):
        found[row.appraisal_id].append(row)
    return found


def templates_by_id(
    session: Session, template_ids: Collection[int]
) -> dict[int, RubricTemplateRecord]:
    if not template_ids:
        return {}
    query = select(RubricTemplateRecord).where(
        RubricTemplateRecord.id.in_(sorted(set(template_ids)))
    )
    return {template.id: template for template in session.scalars(query)}


# A rank value's key: (cycle id, template id, indicator code, rater role).
RankKey = tuple[int, int, str, str]


def rank_values_by_key(
    session: Session,
    cycle_ids: Collection[int],
    template_ids: Collection[int],
    codes: Collection[str],
) -> dict[RankKey, list[Decimal]]:
    """Every current value entered for the rank indicators `codes` in those cycles and
    templates (the cohorts compared), as `appraisal_repository.rank_values` reads one."""
    if not (cycle_ids and template_ids and codes):
        return {}
    query = (
        select(
            AppraisalRecord.cycle_id,
            AppraisalRecord.template_id,
            RatingRecord.indicator_code,
            RaterAssignmentRecord.role,
            RatingRecord.value,
        )
        .join(AppraisalRecord, AppraisalRecord.id == RatingRecord.appraisal_id)
        .join(RaterAssignmentRecord, RaterAssignmentRecord.id == RatingRecord.assignment_id)
        .where(
            AppraisalRecord.cycle_id.in_(sorted(set(cycle_ids))),
            AppraisalRecord.template_id.in_(sorted(set(template_ids))),
            AppraisalRecord.state != "superseded",
            RatingRecord.indicator_code.in_(sorted(set(codes))),
            RatingRecord.value.is_not(None),
        )
        .order_by(RatingRecord.id)
    )
    found: dict[RankKey, list[Decimal]] = {}
    for cycle_id, template_id, code, role, value in session.execute(query):
        if value is not None:
            found.setdefault((cycle_id, template_id, code, role), []).append(value)
    return found


def cycles_by_id(session: Session, cycle_ids: Collection[int]) -> dict[int, CycleRecord]:
    if not cycle_ids:
        return {}
    query = select(CycleRecord).where(CycleRecord.id.in_(sorted(set(cycle_ids))))
    return {cycle.id: cycle for cycle in session.scalars(query)}


def listed_departments(
    session: Session,
    *,
    cycle_id: int | None,
    staff_ids: frozenset[int] | None,
    current_only: bool,
) -> list[tuple[int, str]]:
    """(id, name) of the departments of the appraisals a list may show, by name."""
    query = (
        select(DepartmentRecord.id, DepartmentRecord.name)
        .join(StaffRecord, StaffRecord.department_id == DepartmentRecord.id)
        .join(AppraisalRecord, AppraisalRecord.staff_id == StaffRecord.id)
        .distinct()
        .order_by(DepartmentRecord.name, DepartmentRecord.id)
    )
    if cycle_id is not None:
        query = query.where(AppraisalRecord.cycle_id == cycle_id)
    if current_only:
        query = query.where(AppraisalRecord.state != "superseded")
    if staff_ids is not None:
        query = query.where(AppraisalRecord.staff_id.in_(sorted(staff_ids)))
    return [(row[0], row[1]) for row in session.execute(query)]


def cycle_template_bodies(session: Session, cycle_id: int | None) -> Sequence[str]:
    """The JSON bodies of the templates chosen for the cycle (every cycle: None), once
    each, in the order they were chosen."""
    query = (
        select(RubricTemplateRecord.body, CycleTemplateRecord.id)
        .join(CycleTemplateRecord, CycleTemplateRecord.template_id == RubricTemplateRecord.id)
        .order_by(CycleTemplateRecord.id)
    )
    if cycle_id is not None:
        query = query.where(CycleTemplateRecord.cycle_id == cycle_id)
    return list(dict.fromkeys(row[0] for row in session.execute(query)))
