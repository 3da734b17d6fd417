"""The one place the dashboard and the chart page read appraisal records: a cycle's
finished results, with each indicator's fraction of its full score.

Only finished appraisals count (finalized or acknowledged): a draft or an appraisal under
way has no result yet, and an amended one is `superseded` until its new revision is
finalized. The calibration service works on the same records but per department with
access checks and provisional scores of unfinished sheets; this read model is the whole
cycle's finished results, so the two do not share code.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal

from sqlalchemy import Connection, select

from kpm_desktop.domain.appraisal_results import AppraisalResult, CycleResults, IndicatorResult
from kpm_desktop.domain.decimals import round_to
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleRecord,
    RaterAssignmentRecord,
    ResultLineRecord,
)
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord

FINISHED_STATES = ("finalized", "acknowledged")
_cycles = table_of(CycleRecord)
_appraisals = table_of(AppraisalRecord)
_raters = table_of(RaterAssignmentRecord)
_lines = table_of(ResultLineRecord)
_staff = table_of(StaffRecord)
_departments = table_of(DepartmentRecord)
_templates = table_of(RubricTemplateRecord)
_ZERO = Decimal(0)


def read_cycle_results(connection: Connection, period: str) -> CycleResults | None:
    """None when there is no cycle for the period (text as `str(Period)`)."""
    cycle_id = connection.scalar(select(_cycles.c.id).where(_cycles.c.period == period))
    if cycle_id is None:
        return None
    a = _appraisals.c
    rows = connection.execute(
        select(
            a.id,
            a.template_id,
            a.total,
            a.grade,
            _staff.c.employee_no,
            _staff.c.name,
            _departments.c.name,
        )
        .join_from(_appraisals, _staff, _staff.c.id == a.staff_id)
        .join(_departments, _departments.c.id == _staff.c.department_id)
        .where(a.cycle_id == cycle_id, a.state.in_(FINISHED_STATES))
        .order_by(_staff.c.employee_no)
    ).all()
    unscored = _unscored_staff(connection, cycle_id)
    if not rows:
        return CycleResults(period, (), unscored=unscored)
    templates = _templates_by_id(connection, {row[1] for row in rows})
    fractions = _indicator_fractions(connection, cycle_id)
    results = []
    for appraisal_id, template_id, total, grade, staff_no, name, department in rows:
        found = fractions.get(appraisal_id, {})
        indicators = tuple(
            IndicatorResult(i.code, i.name, found.get(i.code))
            for i in templates[template_id].indicators()
        )
        # Stored at the column's scale (4); totals are scored to 2 decimals.
        total = round_to(total)
        results.append(AppraisalResult(staff_no, name, department, total, grade or "", indicators))
    # Grades and quotas of the template most of the cycle was appraised on.
    main_template = templates[Counter(row[1] for row in rows).most_common(1)[0][0]]
    return CycleResults(
        period, tuple(results), main_template.grade_bands, main_template.quotas, unscored
    )


def _unscored_staff(connection: Connection, cycle_id: int) -> tuple[str, ...]:
    """Staff numbers of the cycle's current appraisals with no stored result yet (a
    superseded revision has its successor in the list instead)."""
    a = _appraisals.c
    return tuple(
        connection.scalars(
            select(_staff.c.employee_no)
            .join_from(_appraisals, _staff, _staff.c.id == a.staff_id)
            .where(
                a.cycle_id == cycle_id,
                a.state.not_in((*FINISHED_STATES, "superseded")),
            )
            .order_by(_staff.c.employee_no)
        )
    )


def _templates_by_id(connection: Connection, ids: set[int]) -> dict[int, RubricTemplate]:
    rows = connection.execute(
        select(_templates.c.id, _templates.c.body).where(_templates.c.id.in_(ids))
    )
    return {tid: template_from_text(body, f"template {tid}") for tid, body in rows}


def _indicator_fractions(
    connection: Connection, cycle_id: int
) -> dict[int, dict[str, Decimal | None]]:
    """Each rater's fraction (earned / effective weight) averaged by the raters' weights,
    over the raters who did not mark the indicator N/A; None when all of them did."""
    rows = connection.execute(
        select(
            _lines.c.appraisal_id,
            _lines.c.indicator_code,
            _lines.c.effective_weight,
            _lines.c.earned,
            _lines.c.not_applicable,
            _raters.c.weight,
        )
        .join_from(
            _lines,
            _raters,
            (_raters.c.appraisal_id == _lines.c.appraisal_id)
            & (_raters.c.role == _lines.c.rater_role),
        )
        .join(_appraisals, _appraisals.c.id == _lines.c.appraisal_id)
        .where(_appraisals.c.cycle_id == cycle_id, _appraisals.c.state.in_(FINISHED_STATES))
    )
    weighted: defaultdict[tuple[int, str], Decimal] = defaultdict(Decimal)
    weights: defaultdict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for appraisal_id, code, effective_weight, earned, not_applicable, rater_weight in rows:
        key = (appraisal_id, code)
        weights[key] += _ZERO  # the indicator was rated, if only N/A
        if not_applicable or not effective_weight:
            continue
        weighted[key] += earned / effective_weight * rater_weight
        weights[key] += rater_weight
    fractions: defaultdict[int, dict[str, Decimal | None]] = defaultdict(dict)
    for (appraisal_id, code), total_weight in weights.items():
        fractions[appraisal_id][code] = (
            weighted[(appraisal_id, code)] / total_weight if total_weight else None
        )
    return fractions
