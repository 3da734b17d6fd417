"""The one place the dashboard reads appraisal records (issue 8): a cycle's finished results.

The appraisal tables are written by the appraisal workflow, which is not on this branch's
base yet; they are named here with lightweight `table()` constructs so this module does
not depend on its record classes, and a database without them has no results (None).
Only finished appraisals count (finalized or acknowledged; a superseded revision never).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import Connection, column, inspect, select, table

from kpm_desktop.domain.appraisal_results import AppraisalResult, CycleResults, IndicatorResult
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord

FINISHED_STATES = ("finalized", "acknowledged")
_cycles = table("appraisal_cycles", column("id"), column("period"))
_appraisals = table(
    "appraisals", column("id"), column("cycle_id"), column("staff_id"), column("template_id"),
    column("state"), column("total"), column("grade"),
)  # fmt: skip
_raters = table("appraisal_raters", column("appraisal_id"), column("role"), column("weight"))
_lines = table(
    "appraisal_result_lines", column("appraisal_id"), column("rater_role"),
    column("indicator_code"), column("effective_weight"), column("earned"),
    column("not_applicable"),
)  # fmt: skip
_staff = table_of(StaffRecord)
_departments = table_of(DepartmentRecord)
_templates = table_of(RubricTemplateRecord)
_HUNDRED = Decimal(100)


def read_cycle_results(connection: Connection, period: str) -> CycleResults | None:
    """None when the database has no appraisal tables or no cycle for the period."""
    if not inspect(connection).has_table("appraisal_result_lines"):
        return None
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
    templates = _templates_by_id(connection, {row[1] for row in rows})
    fractions = _indicator_fractions(connection, cycle_id)
    results = []
    for appraisal_id, template_id, total, grade, staff_no, name, department in rows:
        template = templates[template_id]
        indicators = tuple(
            IndicatorResult(i.code, i.name, fractions[appraisal_id].get(i.code))
            for i in template.indicators()
        )
        results.append(
            AppraisalResult(staff_no, name, department, Decimal(total), grade or "", indicators)
        )
    first = next(iter(templates.values()), None)
    if first is None:
        return CycleResults(period, ())
    return CycleResults(period, tuple(results), first.grade_bands, first.quotas)


def _templates_by_id(connection: Connection, ids: set[int]) -> dict[int, RubricTemplate]:
    rows = connection.execute(
        select(_templates.c.id, _templates.c.body).where(_templates.c.id.in_(ids))
    )
    return {tid: template_from_text(body, f"template {tid}") for tid, body in rows}


def _indicator_fractions(
    connection: Connection, cycle_id: int
) -> dict[int, dict[str, Decimal | None]]:
    """Earned / effective weight per indicator, the raters combined by their weights."""
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
    earned: defaultdict[tuple[int, str], Decimal] = defaultdict(Decimal)
    possible: defaultdict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for appraisal_id, code, weight, points, not_applicable, rater_weight in rows:
        share = Decimal(rater_weight) / _HUNDRED
        possible[(appraisal_id, code)] += Decimal(0) if not_applicable else Decimal(weight) * share
        earned[(appraisal_id, code)] += Decimal(points) * share
    fractions: defaultdict[int, dict[str, Decimal | None]] = defaultdict(dict)
    for (appraisal_id, code), maximum in possible.items():
        fractions[appraisal_id][code] = earned[(appraisal_id, code)] / maximum if maximum else None
    return fractions
