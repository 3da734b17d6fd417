"""The rows of many appraisals read at once, a statement per kind of row: how a cycle
export reads a chunk of its sheets (services/appraisals/appraisal_chunk_loading.py).
Each gives what `appraisal_repository`'s query of one appraisal gives, in the same
order, grouped by appraisal id. Never commits.

The rows are read through SQLAlchemy Core into plain values (storage/stored_rows.py):
the records' own columns, so each value is what the record's attribute holds (the
columns' types convert it), but no ORM instance, identity map entry or attribute state is
made for a row that is only read and dropped (about half of what reading a chunk cost).
Each statement is built once per process, its ids bound as one expanding parameter. A
Core statement does not flush the session first: a chunk is read in a unit of work of
its own that changes nothing (services/sheets/sheet_reading.py).
tests/storage/test_appraisal_chunk_queries.py compares each read with the records.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import fields
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
    ResultLineRecord,
)
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord
from kpm_desktop.storage.stored_rows import (
    StoredAppraisal,
    StoredAppraisalRow,
    StoredRater,
    StoredRating,
    StoredResultLine,
    StoredSnapshot,
)

_Row = TypeVar("_Row", StoredRater, StoredRating, StoredSnapshot, StoredResultLine)
_IDS = "ids"


def _columns(record: type[Base], kind: type[Any]) -> list[Any]:
    """The record's columns of the fields of `kind`, in its field order."""
    table = record.__mapper__.columns
    return [table[field.name] for field in fields(kind)]


@cache
def _appraisals_query() -> Select[Any]:
    """`appraisal_repository.appraisal_row`'s query of many ids, its columns one by one."""
    appraisal, cycle, staff = (
        AppraisalRecord.__table__,
        CycleRecord.__table__,
        StaffRecord.__table__,
    )
    department, template = DepartmentRecord.__table__, RubricTemplateRecord.__table__
    return (
        select(
            *_columns(AppraisalRecord, StoredAppraisal),
            cycle.c.period,
            staff.c.employee_no,
            staff.c.name,
            staff.c.department_id,
            department.c.name,
            template.c.name,
            template.c.version,
        )
        .select_from(appraisal)
        .join(cycle, cycle.c.id == appraisal.c.cycle_id)
        .join(staff, staff.c.id == appraisal.c.staff_id)
        .join(department, department.c.id == staff.c.department_id)
        .join(template, template.c.id == appraisal.c.template_id)
        .where(appraisal.c.id.in_(bindparam(_IDS, expanding=True)))
    )


def appraisal_rows(session: Session, ids: Collection[int]) -> dict[int, StoredAppraisalRow]:
    """The appraisals among `ids` that exist, with the names a list shows, by id."""
    width = len(fields(StoredAppraisal))
    rows = session.execute(_appraisals_query(), {_IDS: sorted(ids)})
    return {row[0]: StoredAppraisalRow(StoredAppraisal(*row[:width]), *row[width:]) for row in rows}


@cache
def _by_appraisal_query(record: type[Base], kind: type[Any], order: tuple[str, ...]) -> Select[Any]:
    columns = record.__mapper__.columns
    appraisal_id = columns["appraisal_id"]
    return (
        select(appraisal_id, *_columns(record, kind))
        .where(appraisal_id.in_(bindparam(_IDS, expanding=True)))
        .order_by(*(columns[name] for name in order))
    )


def _by_appraisal(
    session: Session,
    record: type[Base],
    kind: Callable[..., _Row],
    ids: Collection[int],
    order: Sequence[str],
) -> dict[int, list[_Row]]:
    """The `record` rows of the appraisals `ids` as `kind`, ordered by the columns named in
    `order`, grouped by appraisal id (every id present)."""
    query = _by_appraisal_query(record, kind, tuple(order))
    grouped: dict[int, list[_Row]] = {appraisal_id: [] for appraisal_id in ids}
    for appraisal_id, *values in session.execute(query, {_IDS: sorted(ids)}):
        grouped[appraisal_id].append(kind(*values))
    return grouped


def assignments(session: Session, ids: Collection[int]) -> dict[int, list[StoredRater]]:
    return _by_appraisal(session, RaterAssignmentRecord, StoredRater, ids, ["id"])


def ratings(session: Session, ids: Collection[int]) -> dict[int, list[StoredRating]]:
    return _by_appraisal(session, RatingRecord, StoredRating, ids, ["id"])


def snapshots(session: Session, ids: Collection[int]) -> dict[int, list[StoredSnapshot]]:
    return _by_appraisal(
        session, KpiSnapshotRecord, StoredSnapshot, ids, ["appraisal_id", "indicator_code"]
    )


def result_lines(session: Session, ids: Collection[int]) -> dict[int, list[StoredResultLine]]:
    return _by_appraisal(session, ResultLineRecord, StoredResultLine, ids, ["id"])


def template_bodies(session: Session, template_ids: Collection[int]) -> dict[int, str]:
    """The stored text of each template among `template_ids` that exists."""
    query = select(RubricTemplateRecord.id, RubricTemplateRecord.body).where(
        RubricTemplateRecord.id.in_(sorted(template_ids))
    )
    return {row.id: row.body for row in session.execute(query)}
