"""An appraisal's form built from its stored rows, whoever read them: the ORM's records
(services/appraisals/appraisal_loading.py, appraisal_chunk_loading.py) or the plain rows
`kpm pdf --appraisal` reads with the standard library's sqlite3 before SQLAlchemy is
imported (services/sheets/early_sheet.py). The same code makes the same form from either
(storage/appraisal_fields.py names the fields it reads); no SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from kpm_desktop.domain.access import Actor, Permission, Role
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rubric import RaterRole, RaterWeight, RubricTemplate
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.services.appraisals.appraisal_convert import (
    acknowledgement_of,
    entry_of,
    figure_of,
    summary_of,
)
from kpm_desktop.services.appraisals.appraisal_views import (
    AppraisalForm,
    KpiFigure,
    RaterView,
    RatingEntry,
    ResultLine,
)

if TYPE_CHECKING:  # their fields only: the records or the plain rows
    from kpm_desktop.storage.appraisal_fields import (
        AppraisalFields,
        AppraisalRowFields,
        RaterFields,
        RatingFields,
        ResultLineFields,
        SnapshotFields,
    )


class Guard(Protocol):
    """The access check a form is built with (`AccessGuard`'s, or the same rule over an
    organisation chart read otherwise)."""

    def allows(self, actor: Actor, permission: Permission, staff_id: int | None = None) -> bool: ...


@lru_cache(maxsize=32)
def parsed_template(template_id: int, body: str) -> RubricTemplate:
    """Parsed once per process for one stored text (a template is an immutable value): a
    cycle's sheets load the same few templates for every appraisal."""
    return template_from_text(body, f"template {template_id}")


def as_rated(template: RubricTemplate, assignments: Sequence[RaterFields]) -> RubricTemplate:
    """The template with the appraisal's own raters and weights: a cycle may have added
    raters (self-assessment...) and rescaled the template's, so the scoring engine weighs
    the raters the appraisal has."""
    own = {RaterRole(a.role): a.weight for a in assignments}
    if own == {r.role: r.weight for r in template.raters}:
        return template
    return replace(template, raters=tuple(RaterWeight(role, w) for role, w in own.items()))


# The sheets whose rater HR may choose (services/appraisals/rater_assignment.py).
ASSIGNABLE_ROLES = (RaterRole.PEER, RaterRole.DEPARTMENT_HEAD)
HR_ASSIGNED_ROLES = frozenset(r.value for r in ASSIGNABLE_ROLES)


def may_rate(guard: Guard, actor: Actor, record: AppraisalFields, assignment: RaterFields) -> bool:
    """HR admins enter any rater's sheet (paper forms, raters without an account); the
    employee rates their own self-assessment; the peer and department head rate the sheet
    assigned to them; other raters rate the sheets assigned to them within their team."""
    if actor.role is Role.HR_ADMIN:
        return True
    if actor.staff_id is None:
        return False
    if assignment.role == RaterRole.SELF.value:
        return actor.staff_id == record.staff_id
    if assignment.role in HR_ASSIGNED_ROLES:  # HR chose the person for this very sheet
        return actor.staff_id == assignment.rater_staff_id
    return actor.staff_id == assignment.rater_staff_id and guard.allows(
        actor, Permission.SCORE_APPRAISAL, record.staff_id
    )


def rates_only(
    guard: Guard,
    actor: Actor,
    record: AppraisalFields,
    assignments: Sequence[RaterFields],
) -> bool:
    """Whether `actor` sees the appraisal only as a rater HR assigned to one of its sheets
    (a peer from another team): they open and fill that sheet and see nothing else."""
    if guard.allows(actor, Permission.VIEW_APPRAISAL, record.staff_id):
        return False
    return actor.staff_id is not None and any(
        a.rater_staff_id == actor.staff_id for a in assignments
    )


# Values entered for rank indicators, keyed by (indicator code, rater role).
RankValues = Mapping[tuple[str, str], Sequence[Decimal]]


def cohorts_of(template: RubricTemplate, values: RankValues) -> dict[str, list[Decimal]]:
    """Each rank indicator's cohort: the values entered for it across the cycle and
    template by the template's rater roles."""
    roles = [r.role.value for r in template.raters]
    return {
        indicator.code: [v for role in roles for v in values.get((indicator.code, role), ())]
        for indicator in template.indicators()
        if indicator.method.ranks_a_cohort
    }


# The values entered for a rank indicator in a cycle by one rater role:
# (cycle id, template id, indicator code, role) -> values.
RankLookup = Callable[[int, int, str, str], Sequence[Decimal]]


def cohorts_looked_up(
    lookup: RankLookup, record: AppraisalFields, template: RubricTemplate
) -> dict[str, list[Decimal]]:
    values: dict[tuple[str, str], Sequence[Decimal]] = {}
    for indicator in template.indicators():
        if indicator.method.ranks_a_cohort:
            for rater in template.raters:
                role = rater.role.value
                key = (indicator.code, role)
                values[key] = lookup(record.cycle_id, record.template_id, indicator.code, role)
    return cohorts_of(template, values)


def rater_views(
    assignments: Sequence[RaterFields],
    ratings: Iterable[RatingFields],
    names: Mapping[int, str],
) -> tuple[RaterView, ...]:
    """The rater sheets with their entries; ratings of other sheets are left out."""
    by_assignment: dict[int, dict[str, RatingEntry]] = {a.id: {} for a in assignments}
    for rating in ratings:
        if rating.assignment_id in by_assignment:
            by_assignment[rating.assignment_id][rating.indicator_code] = entry_of(rating)
    return tuple(
        RaterView(
            a.id,
            RaterRole(a.role),
            a.weight,
            a.rater_staff_id,
            names.get(a.rater_staff_id or 0, ""),
            a.submitted_at,
            by_assignment[a.id],
        )
        for a in assignments
    )


def kpi_figures_of(snapshots: Iterable[SnapshotFields]) -> dict[str, KpiFigure]:
    return {s.indicator_code: figure_of(s) for s in snapshots}


@dataclass(frozen=True)
class StoredForm:
    """What an appraisal's form is made of, as read from the database: its row, rater
    sheets, stored template, ratings, stored result lines and KPI figures."""

    row: AppraisalRowFields
    assignments: Sequence[RaterFields]
    template: RubricTemplate
    ratings: Sequence[RatingFields]
    result_lines: Sequence[ResultLineFields]
    snapshots: Sequence[SnapshotFields]


def form_of(
    guard: Guard,
    actor: Actor,
    stored: StoredForm,
    names: Mapping[int, str],
    ranks: RankLookup,
) -> AppraisalForm:
    """The form as `actor` sees it; `names` labels (at least) the raters' staff ids."""
    row = stored.row
    record = row.record
    assignments = stored.assignments
    template = as_rated(stored.template, assignments)
    rater_only = rates_only(guard, actor, record, assignments)
    if rater_only:
        assignments = [a for a in assignments if a.rater_staff_id == actor.staff_id]
    raters = rater_views(assignments, stored.ratings, names)
    state = AppraisalState(record.state)
    editable = frozenset(
        RaterRole(a.role)
        for a in assignments
        if state is AppraisalState.DRAFT
        and a.submitted_at is None
        and may_rate(guard, actor, record, a)
    )
    results = tuple(
        ResultLine(
            RaterRole(line.rater_role),
            line.indicator_code,
            line.effective_weight,
            line.points,
            line.label,
            line.earned,
            line.not_applicable,
        )
        for line in stored.result_lines
        if not rater_only
    )
    return AppraisalForm(
        summary=summary_of(row),
        template=template,
        raters=raters,
        kpi_figures=kpi_figures_of(stored.snapshots),
        cohorts=cohorts_looked_up(ranks, record, template),
        overall_comment="" if rater_only else record.overall_comment,
        improvement_plan="" if rater_only else record.improvement_plan,
        supersedes_id=record.supersedes_id,
        amendment_reason=record.amendment_reason,
        reviewed_at=record.reviewed_at,
        finalized_at=record.finalized_at,
        acknowledged_on=record.acknowledged_on,
        acknowledgement=None if rater_only else acknowledgement_of(record),
        results=results,
        editable_roles=editable,
    )
