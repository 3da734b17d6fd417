"""One appraisal's printed sheet read with the standard library's sqlite3, before SQLAlchemy
is imported: the rows `kpm pdf --appraisal` makes the sheet from
(services/sheets/early_sheet.py), in the read transaction of an `EarlyReads`.

Each statement reads the columns the ORM's query of the same rows reads
(appraisal_repository, staff_queries, audit_anchor_queries), in the same order, and each
value is made what the ORM makes of it (storage/sqlite_values.py); the rows
(storage/stored_rows.py) have the fields storage/appraisal_fields.py names, so the form,
the access check, the signatories and the sheet are made from them by the ORM path's own
code.
tests/storage/test_early_sheet_reads.py checks each read gives the ORM query's rows, field
for field; tests/services/test_early_sheet.py that the sheets equal the ORM path's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from kpm_desktop.domain.access import OrgChart
from kpm_desktop.storage import stored_rows
from kpm_desktop.storage.early_reads import EarlyReads
from kpm_desktop.storage.first_page_sql import ORG_CHART, org_chart_of
from kpm_desktop.storage.signatory_chart import (
    Signatories,
    named_ids,
    signatories_by_number,
    signing_heads,
)
from kpm_desktop.storage.sqlite_values import flag, quantity, stored_day, stored_moment
from kpm_desktop.storage.stored_rows import (
    StoredAppraisal,
    StoredRater,
    StoredRating,
    StoredResultLine,
    StoredSnapshot,
)

_APPRAISAL = (
    "SELECT appraisals.id, appraisals.cycle_id, appraisals.staff_id, appraisals.template_id, "
    "appraisals.revision, appraisals.supersedes_id, appraisals.amendment_reason, "
    "appraisals.state, appraisals.overall_comment, appraisals.improvement_plan, "
    "appraisals.total, appraisals.grade, appraisals.reviewed_at, appraisals.finalized_at, "
    "appraisals.acknowledged_on, appraisals.acknowledgement, "
    "appraisals.acknowledgement_comment, appraisals.version, "
    "appraisal_cycles.period, staff.employee_no, staff.name, staff.department_id, "
    "departments.name, rubric_templates.name, rubric_templates.version, rubric_templates.body "
    "FROM appraisals "
    "JOIN appraisal_cycles ON appraisal_cycles.id = appraisals.cycle_id "
    "JOIN staff ON staff.id = appraisals.staff_id "
    "JOIN departments ON departments.id = staff.department_id "
    "JOIN rubric_templates ON rubric_templates.id = appraisals.template_id "
    "WHERE appraisals.id = :appraisal_id"
)
_RATERS = (
    "SELECT id, role, rater_staff_id, weight, submitted_at FROM appraisal_raters "
    "WHERE appraisal_id = :appraisal_id ORDER BY id"
)
_RATINGS = (
    "SELECT assignment_id, indicator_code, level, score, value, met, provided, rank, "
    "rank_is_last, not_applicable, na_reason, comment FROM appraisal_ratings "
    "WHERE appraisal_id = :appraisal_id ORDER BY id"
)
_SNAPSHOTS = (
    "SELECT indicator_code, kpi_key, value, numerator, denominator, target, reason, "
    "computed_at FROM appraisal_kpi_snapshots WHERE appraisal_id = :appraisal_id "
    "ORDER BY indicator_code"
)
_RESULT_LINES = (
    "SELECT rater_role, indicator_code, effective_weight, points, label, earned, "
    "not_applicable FROM appraisal_result_lines WHERE appraisal_id = :appraisal_id ORDER BY id"
)
_RANK_VALUES = (
    "SELECT appraisal_ratings.value FROM appraisal_ratings "
    "JOIN appraisals ON appraisals.id = appraisal_ratings.appraisal_id "
    "JOIN appraisal_raters ON appraisal_raters.id = appraisal_ratings.assignment_id "
    "WHERE appraisals.cycle_id = :cycle_id AND appraisals.template_id = :template_id "
    "AND appraisals.state != 'superseded' AND appraisal_ratings.indicator_code = :code "
    "AND appraisal_raters.role = :role AND appraisal_ratings.value IS NOT NULL"
)
_SIGNATORY_STAFF = (
    "SELECT id, employee_no, position, supervisor_id, department_id FROM staff "
    "WHERE employee_no = :employee_no"
)
_DEPARTMENT_CHAIN = "SELECT id, parent_id, head_id FROM departments"


@dataclass(frozen=True)
class StoredAppraisalRow(stored_rows.StoredAppraisalRow):
    """The appraisal with the names a list shows, and its template's stored text."""

    template_body: str


@dataclass(frozen=True)
class SignatoryRow:
    id: int
    employee_no: str
    position: str | None
    supervisor_id: int | None
    department_id: int | None


class EarlySheetReads:
    """The reads of one sheet, in the read transaction of `reads`."""

    def __init__(self, reads: EarlyReads) -> None:
        self._reads = reads

    def appraisal(self, appraisal_id: int) -> StoredAppraisalRow | None:
        rows = self._reads.rows(_APPRAISAL, appraisal_id=appraisal_id)
        if not rows:
            return None
        row = rows[0]
        record = StoredAppraisal(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            row[8],
            row[9],
            quantity(row[10]),
            row[11],
            stored_moment(row[12]),
            stored_moment(row[13]),
            stored_day(row[14]),
            row[15],
            row[16],
            row[17],
        )
        return StoredAppraisalRow(record, *row[18:])

    def raters(self, appraisal_id: int) -> list[StoredRater]:
        return [
            StoredRater(a_id, role, staff_id, _quantity(weight), stored_moment(submitted_at))
            for a_id, role, staff_id, weight, submitted_at in self._rows(_RATERS, appraisal_id)
        ]

    def ratings(self, appraisal_id: int) -> list[StoredRating]:
        return [
            StoredRating(
                row[0],
                row[1],
                row[2],
                quantity(row[3]),
                quantity(row[4]),
                row[5],
                flag(row[6]),
                row[7],
                bool(row[8]),
                bool(row[9]),
                row[10],
                row[11],
            )
            for row in self._rows(_RATINGS, appraisal_id)
        ]

    def snapshots(self, appraisal_id: int) -> list[StoredSnapshot]:
        return [
            StoredSnapshot(
                code,
                key,
                quantity(value),
                quantity(numerator),
                quantity(denominator),
                quantity(target),
                reason,
                _moment(computed_at),
            )
            for code, key, value, numerator, denominator, target, reason, computed_at in (
                self._rows(_SNAPSHOTS, appraisal_id)
            )
        ]

    def result_lines(self, appraisal_id: int) -> list[StoredResultLine]:
        return [
            StoredResultLine(
                role,
                code,
                _quantity(weight),
                quantity(points),
                label,
                _quantity(earned),
                bool(not_applicable),
            )
            for role, code, weight, points, label, earned, not_applicable in (
                self._rows(_RESULT_LINES, appraisal_id)
            )
        ]

    def rank_values(self, cycle_id: int, template_id: int, code: str, role: str) -> list[Decimal]:
        """The cohort's values of a rank indicator (`appraisal_loading.rank_lookup`)."""
        rows = self._reads.rows(
            _RANK_VALUES, cycle_id=cycle_id, template_id=template_id, code=code, role=role
        )
        return [_quantity(value) for (value,) in rows]

    def staff_labels(self, ids: Collection[int]) -> dict[int, str]:
        """'E00012 王伟' per staff id (`staff_queries.staff_labels`)."""
        rows = self._in("SELECT id, employee_no, name FROM staff WHERE id IN ({ids})", ids)
        return {staff_id: f"{number} {name}" for staff_id, number, name in rows}

    def staff_names(self, ids: Collection[int]) -> dict[int, str]:
        """The name per staff id (`staff_queries.staff_names`)."""
        return dict(self._in("SELECT id, name FROM staff WHERE id IN ({ids})", ids))

    def signatories(self, employee_no: str) -> Signatories | None:
        """`staff_queries.signatories` of one employee number; None when not on file."""
        staff = [
            SignatoryRow(*row)
            for row in self._reads.rows(_SIGNATORY_STAFF, employee_no=employee_no)
        ]
        if not staff:
            return None
        departments = {
            department_id: (parent_id, head_id)
            for department_id, parent_id, head_id in self._reads.rows(_DEPARTMENT_CHAIN)
        }
        heads = signing_heads(staff, departments)
        names = self.staff_names(named_ids(staff, heads))
        return signatories_by_number(staff, heads, names)[employee_no]

    def org_chart(self) -> OrgChart:
        return org_chart_of(self._reads.rows(ORG_CHART))

    def chain_head(self) -> tuple[int, str]:
        """(sequence, hash) of the audit chain's last entry (`audit_anchor_queries`)."""
        return self._reads.chain_head()

    def _rows(self, sql: str, appraisal_id: int) -> list[tuple[Any, ...]]:
        return self._reads.rows(sql, appraisal_id=appraisal_id)

    def _in(self, sql: str, ids: Collection[int]) -> Sequence[tuple[Any, ...]]:
        if not ids:
            return []
        wanted = sorted(ids)
        names = ", ".join(f":id_{index}" for index in range(len(wanted)))
        parameters = {f"id_{index}": staff_id for index, staff_id in enumerate(wanted)}
        return self._reads.rows(sql.format(ids=names), **parameters)


def _quantity(value: int | float) -> Decimal:
    """A NOT NULL `Quantity` column's value as the ORM reads it."""
    result = quantity(value)
    assert result is not None  # the column is NOT NULL
    return result


def _moment(value: str) -> datetime:
    result = stored_moment(value)
    assert result is not None  # the column is NOT NULL
    return result
