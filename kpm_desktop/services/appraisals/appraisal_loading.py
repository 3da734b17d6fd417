"""Loading an appraisal inside a unit of work: its record, form data, and who may rate it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from kpm_desktop.domain.access import Actor, Permission, Role, denial
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import NotFoundError, UserText
from kpm_desktop.domain.rubric import RaterRole, RaterWeight, RubricTemplate, rater_term
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.services.admin.access_guard import AccessGuard
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
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
    ResultLineRecord,
)
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.staff_queries import staff_labels


def load_row(uow: UnitOfWork, appraisal_id: int) -> repo.AppraisalRow:
    row = repo.appraisal_row(uow.session, appraisal_id)
    if row is None:
        raise no_appraisal(appraisal_id)
    return row


def no_appraisal(appraisal_id: int) -> NotFoundError:
    return NotFoundError("There is no appraisal with id {appraisal_id}", appraisal_id=appraisal_id)


def load_template(uow: UnitOfWork, template_id: int) -> RubricTemplate:
    record = repo.template_record(uow.session, template_id)
    if record is None:
        raise no_template(template_id)
    return parsed_template(record.id, record.body)


def no_template(template_id: int) -> NotFoundError:
    return NotFoundError("There is no template with id {template_id}", template_id=template_id)


@lru_cache(maxsize=32)
def parsed_template(template_id: int, body: str) -> RubricTemplate:
    """Parsed once per process for one stored text (a template is an immutable value): a
    cycle's sheets load the same few templates for every appraisal."""
    return template_from_text(body, f"template {template_id}")


def as_rated(
    template: RubricTemplate, assignments: Sequence[RaterAssignmentRecord]
) -> RubricTemplate:
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


def staff_names(uow: UnitOfWork, ids: Iterable[int | None]) -> dict[int, str]:
    return staff_labels(uow.session, {i for i in ids if i is not None})


def may_rate(
    guard: AccessGuard, actor: Actor, record: AppraisalRecord, assignment: RaterAssignmentRecord
) -> bool:
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


def require_rater(
    guard: AccessGuard,
    actor: Actor,
    record: AppraisalRecord,
    assignment: RaterAssignmentRecord,
    label: str,
) -> None:
    if not may_rate(guard, actor, record, assignment):
        raise denial(
            actor,
            Permission.SCORE_APPRAISAL,
            UserText(
                "the {role} sheet of {label}",
                role=rater_term(RaterRole(assignment.role)),
                label=label,
            ),
        )


def rates_only(
    guard: AccessGuard,
    actor: Actor,
    record: AppraisalRecord,
    assignments: Sequence[RaterAssignmentRecord],
) -> bool:
    """Whether `actor` sees the appraisal only as a rater HR assigned to one of its sheets
    (a peer from another team): they open and fill that sheet and see nothing else."""
    if guard.allows(actor, Permission.VIEW_APPRAISAL, record.staff_id):
        return False
    return actor.staff_id is not None and any(
        a.rater_staff_id == actor.staff_id for a in assignments
    )


def require_view(
    uow: UnitOfWork, guard: AccessGuard, actor: Actor, record: AppraisalRecord, label: str
) -> None:
    """May `actor` see the appraisal: by their permission, or as an assigned rater."""
    require_view_given(guard, actor, record, repo.assignments(uow.session, record.id), label)


def require_view_given(
    guard: AccessGuard,
    actor: Actor,
    record: AppraisalRecord,
    assignments: Sequence[RaterAssignmentRecord],
    label: str,
) -> None:
    """`require_view` with the appraisal's rater sheets already read."""
    if rates_only(guard, actor, record, assignments):
        return
    guard.require(
        actor,
        Permission.VIEW_APPRAISAL,
        record.staff_id,
        UserText("appraisal {label}", label=label),
    )


def require_view_of(uow: UnitOfWork, guard: AccessGuard, actor: Actor, appraisal_id: int) -> None:
    """`require_view` for the appraisal with this id (NotFoundError when there is none)."""
    row = load_row(uow, appraisal_id)
    require_view(uow, guard, actor, row.record, summary_of(row).label)


def find_assignment(
    uow: UnitOfWork, record: AppraisalRecord, role: RaterRole, label: str
) -> RaterAssignmentRecord:
    for assignment in repo.assignments(uow.session, record.id):
        if assignment.role == role.value:
            return assignment
    raise NotFoundError(
        "Appraisal {label} has no rater '{role}'", label=label, role=rater_term(role)
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


def rank_lookup(uow: UnitOfWork) -> RankLookup:
    """Reads the cohort's values of a rank indicator when asked."""

    def values(cycle_id: int, template_id: int, code: str, role: str) -> list[Decimal]:
        rows = repo.rank_values(uow.session, cycle_id, template_id, code, role)
        return [r.value for r in rows if r.value is not None]

    return values


def cohorts_for(
    uow: UnitOfWork, record: AppraisalRecord, template: RubricTemplate
) -> dict[str, list[Decimal]]:
    """Rank indicators compare the values entered across the cycle (one rater role each)."""
    return cohorts_looked_up(rank_lookup(uow), record, template)


def cohorts_looked_up(
    lookup: RankLookup, record: AppraisalRecord, template: RubricTemplate
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
    assignments: Sequence[RaterAssignmentRecord],
    ratings: Iterable[RatingRecord],
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


def kpi_figures_of(snapshots: Iterable[KpiSnapshotRecord]) -> dict[str, KpiFigure]:
    return {s.indicator_code: figure_of(s) for s in snapshots}


@dataclass(frozen=True)
class StoredForm:
    """What an appraisal's form is made of, as read from the database: its row, rater
    sheets, stored template, ratings, stored result lines and KPI figures."""

    row: repo.AppraisalRow
    assignments: Sequence[RaterAssignmentRecord]
    template: RubricTemplate
    ratings: Sequence[RatingRecord]
    result_lines: Sequence[ResultLineRecord]
    snapshots: Sequence[KpiSnapshotRecord]


def build_form(
    uow: UnitOfWork, guard: AccessGuard, actor: Actor, appraisal_id: int
) -> AppraisalForm:
    row = load_row(uow, appraisal_id)
    record = row.record
    assignments = repo.assignments(uow.session, record.id)
    stored = StoredForm(
        row,
        assignments,
        load_template(uow, record.template_id),
        repo.ratings(uow.session, record.id),
        repo.result_lines(uow.session, record.id),
        repo.snapshots(uow.session, record.id),
    )
    names = staff_names(uow, (a.rater_staff_id for a in assignments))
    return form_of(guard, actor, stored, names, rank_lookup(uow))


def form_of(
    guard: AccessGuard,
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
