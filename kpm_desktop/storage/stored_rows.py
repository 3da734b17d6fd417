"""An appraisal's stored rows as plain values: the fields storage/appraisal_fields.py
names, as the ORM's records hold them, without an ORM instance behind each. A cycle
export reads a chunk's rows into these through SQLAlchemy Core
(storage/appraisal_chunk_queries.py), `kpm pdf --appraisal` through the standard
library's sqlite3 before SQLAlchemy is imported (storage/early_sheet_reads.py); the form
is made from either by the ORM path's own code (services/appraisals/appraisal_forms.py).
No SQLAlchemy here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class StoredAppraisal:
    id: int
    cycle_id: int
    staff_id: int
    template_id: int
    revision: int
    supersedes_id: int | None
    amendment_reason: str | None
    state: str
    overall_comment: str
    improvement_plan: str
    total: Decimal | None
    grade: str | None
    reviewed_at: datetime | None
    finalized_at: datetime | None
    acknowledged_on: date | None
    acknowledgement: str | None
    acknowledgement_comment: str | None
    version: int


@dataclass(frozen=True)
class StoredAppraisalRow:
    """The appraisal with the names a list shows (`appraisal_repository.AppraisalRow`)."""

    record: StoredAppraisal
    period: str
    employee_no: str
    staff_name: str
    department_id: int
    department: str
    template_name: str
    template_version: int


@dataclass(frozen=True)
class StoredRater:
    id: int
    role: str
    rater_staff_id: int | None
    weight: Decimal
    submitted_at: datetime | None


@dataclass(frozen=True)
class StoredRating:
    assignment_id: int
    indicator_code: str
    level: str | None
    score: Decimal | None
    value: Decimal | None
    met: str | None
    provided: bool | None
    rank: int | None
    rank_is_last: bool
    not_applicable: bool
    na_reason: str
    comment: str


@dataclass(frozen=True)
class StoredSnapshot:
    indicator_code: str
    kpi_key: str
    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    target: Decimal | None
    reason: str
    computed_at: datetime


@dataclass(frozen=True)
class StoredResultLine:
    rater_role: str
    indicator_code: str
    effective_weight: Decimal
    points: Decimal | None
    label: str | None
    earned: Decimal
    not_applicable: bool
