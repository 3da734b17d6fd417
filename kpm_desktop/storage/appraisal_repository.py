"""Reading and writing cycles and appraisals. Never commits: the unit of work does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Row, Select, delete, select
from sqlalchemy.orm import Session

from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleExtraRaterRecord,
    CycleRecord,
    CycleTemplateRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
    ResultLineRecord,
)
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord

# `AppraisalRecord.acknowledgement` of an employee who acknowledged and disagreed.
DISAGREE = "disagree"


@dataclass(frozen=True)
class StaffRow:
    id: int
    employee_no: str
    name: str
    department_id: int
    department: str
    position: str
    supervisor_id: int | None
    department_head_id: int | None


@dataclass(frozen=True)
class AppraisalRow:
    """An appraisal with the names a list shows."""

    record: AppraisalRecord
    period: str
    employee_no: str
    staff_name: str
    department_id: int
    department: str
    template_name: str
    template_version: int


def cycle_by_period(session: Session, period: str) -> CycleRecord | None:
    return session.scalars(select(CycleRecord).where(CycleRecord.period == period)).first()


def all_cycles(session: Session) -> Sequence[CycleRecord]:
    return session.scalars(select(CycleRecord).order_by(CycleRecord.period.desc())).all()


def cycle_templates(session: Session, cycle_id: int) -> Sequence[CycleTemplateRecord]:
    return session.scalars(
        select(CycleTemplateRecord)
        .where(CycleTemplateRecord.cycle_id == cycle_id)
        .order_by(CycleTemplateRecord.id)
    ).all()


def cycle_extra_raters(session: Session, choice_id: int) -> Sequence[CycleExtraRaterRecord]:
    return session.scalars(
        select(CycleExtraRaterRecord)
        .where(CycleExtraRaterRecord.choice_id == choice_id)
        .order_by(CycleExtraRaterRecord.id)
    ).all()


def staff_rows(session: Session, *, active_only: bool = True) -> list[StaffRow]:
    query = (
        select(
            StaffRecord.id,
            StaffRecord.employee_no,
            StaffRecord.name,
            StaffRecord.department_id,
            DepartmentRecord.name.label("department"),
            StaffRecord.position,
            StaffRecord.supervisor_id,
            DepartmentRecord.head_id,
        )
        .join(DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id)
        .order_by(StaffRecord.employee_no)
    )
    if active_only:
        query = query.where(StaffRecord.active.is_(True))
    return [StaffRow(*row) for row in session.execute(query)]


def department_by_code_or_name(session: Session, text: str) -> DepartmentRecord | None:
    return session.scalars(
        select(DepartmentRecord).where(
            (DepartmentRecord.code == text) | (DepartmentRecord.name == text)
        )
    ).first()


def departments(session: Session) -> Sequence[DepartmentRecord]:
    return session.scalars(select(DepartmentRecord).order_by(DepartmentRecord.code)).all()


def existing_keys(session: Session, cycle_id: int) -> set[tuple[int, int]]:
    """(staff id, template id) pairs that already have an appraisal in the cycle."""
    rows = session.execute(
        select(AppraisalRecord.staff_id, AppraisalRecord.template_id).where(
            AppraisalRecord.cycle_id == cycle_id
        )
    )
    return {(row.staff_id, row.template_id) for row in rows}


def get_appraisal(session: Session, appraisal_id: int) -> AppraisalRecord | None:
    return session.get(AppraisalRecord, appraisal_id)


def _rows_query() -> Select[AppraisalRecord, str, str, str, int, str, str, int]:
    return (
        select(
            AppraisalRecord,
            CycleRecord.period,
            StaffRecord.employee_no,
            StaffRecord.name,
            StaffRecord.department_id,
            DepartmentRecord.name,
            RubricTemplateRecord.name,
            RubricTemplateRecord.version,
        )
        .join(CycleRecord, CycleRecord.id == AppraisalRecord.cycle_id)
        .join(StaffRecord, StaffRecord.id == AppraisalRecord.staff_id)
        .join(DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id)
        .join(RubricTemplateRecord, RubricTemplateRecord.id == AppraisalRecord.template_id)
    )


def _row_of(row: Row[AppraisalRecord, str, str, str, int, str, str, int]) -> AppraisalRow:
    return AppraisalRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])


def appraisal_row(session: Session, appraisal_id: int) -> AppraisalRow | None:
    row = session.execute(_rows_query().where(AppraisalRecord.id == appraisal_id)).one_or_none()
    return None if row is None else _row_of(row)


def appraisal_rows(
    session: Session,
    *,
    cycle_id: int | None = None,
    department_id: int | None = None,
    state: str | None = None,
    staff_ids: frozenset[int] | None = None,
    current_only: bool = False,
    grade: str | None = None,
    not_scored: bool = False,
    disagreements: bool = False,
    also_ids: frozenset[int] = frozenset(),
) -> list[AppraisalRow]:
    """The appraisals matching every filter given. `staff_ids` limits whose, except for the
    appraisals `also_ids` names (those the reader is assigned to rate). `grade` keeps the
    appraisals finalized with that grade and those without a stored result, `not_scored`
    only the latter: the running score of an appraisal not yet finalized is computed
    afterwards (services/appraisals/running_scores.py), which filters them further.
    `disagreements` keeps the appraisals acknowledged with a disagreement."""
    query = _rows_query().order_by(StaffRecord.employee_no, AppraisalRecord.revision)
    if cycle_id is not None:
        query = query.where(AppraisalRecord.cycle_id == cycle_id)
    if department_id is not None:
        query = query.where(StaffRecord.department_id == department_id)
    if state is not None:
        query = query.where(AppraisalRecord.state == state)
    if current_only:
        query = query.where(AppraisalRecord.state != "superseded")
    if staff_ids is not None:
        query = query.where(
            AppraisalRecord.staff_id.in_(sorted(staff_ids))
            | AppraisalRecord.id.in_(sorted(also_ids))
        )
    if grade is not None:
        query = query.where(AppraisalRecord.total.is_(None) | (AppraisalRecord.grade == grade))
    if not_scored:
        query = query.where(AppraisalRecord.total.is_(None))
    if disagreements:
        query = query.where(AppraisalRecord.acknowledgement == DISAGREE)
    return [_row_of(row) for row in session.execute(query)]


def assignments(session: Session, appraisal_id: int) -> Sequence[RaterAssignmentRecord]:
    return session.scalars(
        select(RaterAssignmentRecord)
        .where(RaterAssignmentRecord.appraisal_id == appraisal_id)
        .order_by(RaterAssignmentRecord.id)
    ).all()


def staff_by_number(session: Session, employee_no: str) -> StaffRecord | None:
    return session.scalars(
        select(StaffRecord).where(StaffRecord.employee_no == employee_no)
    ).first()


def rated_by(session: Session, staff_id: int) -> frozenset[int]:
    """The appraisals with a rater sheet assigned to the staff member."""
    query = select(RaterAssignmentRecord.appraisal_id).where(
        RaterAssignmentRecord.rater_staff_id == staff_id
    )
    return frozenset(session.scalars(query))


def ratings(session: Session, appraisal_id: int) -> Sequence[RatingRecord]:
    return session.scalars(
        select(RatingRecord)
        .where(RatingRecord.appraisal_id == appraisal_id)
        .order_by(RatingRecord.id)
    ).all()


def snapshots(session: Session, appraisal_id: int) -> Sequence[KpiSnapshotRecord]:
    return session.scalars(
        select(KpiSnapshotRecord)
        .where(KpiSnapshotRecord.appraisal_id == appraisal_id)
        .order_by(KpiSnapshotRecord.indicator_code)
    ).all()


def result_lines(session: Session, appraisal_id: int) -> Sequence[ResultLineRecord]:
    return session.scalars(
        select(ResultLineRecord)
        .where(ResultLineRecord.appraisal_id == appraisal_id)
        .order_by(ResultLineRecord.id)
    ).all()


def delete_ratings(session: Session, assignment_id: int) -> None:
    session.execute(delete(RatingRecord).where(RatingRecord.assignment_id == assignment_id))


def delete_snapshots(session: Session, appraisal_id: int) -> None:
    session.execute(delete(KpiSnapshotRecord).where(KpiSnapshotRecord.appraisal_id == appraisal_id))


def rank_values(
    session: Session, cycle_id: int, template_id: int, indicator_code: str, role: str
) -> list[RatingRecord]:
    """Every current value entered for a rank indicator in a cycle: the cohort compared."""
    return list(
        session.scalars(
            select(RatingRecord)
            .join(AppraisalRecord, AppraisalRecord.id == RatingRecord.appraisal_id)
            .join(RaterAssignmentRecord, RaterAssignmentRecord.id == RatingRecord.assignment_id)
            .where(
                AppraisalRecord.cycle_id == cycle_id,
                AppraisalRecord.template_id == template_id,
                AppraisalRecord.state != "superseded",
                RatingRecord.indicator_code == indicator_code,
                RaterAssignmentRecord.role == role,
                RatingRecord.value.is_not(None),
            )
        )
    )


def template_record(session: Session, template_id: int) -> RubricTemplateRecord | None:
    return session.get(RubricTemplateRecord, template_id)
