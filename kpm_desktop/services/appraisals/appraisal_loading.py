"""Loading an appraisal inside a unit of work: its record, form data, and who may rate it
(the form is made from the records by appraisal_forms.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor, Permission, denial
from kpm_desktop.domain.errors import NotFoundError, UserText
from kpm_desktop.domain.rubric import RaterRole, RubricTemplate, rater_term
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_forms import (
    RankLookup,
    StoredForm,
    cohorts_looked_up,
    form_of,
    may_rate,
    parsed_template,
    rates_only,
)
from kpm_desktop.services.appraisals.appraisal_views import AppraisalForm
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import AppraisalRecord, RaterAssignmentRecord
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.staff_queries import staff_labels

if TYPE_CHECKING:  # their fields only: the records or the plain rows
    from kpm_desktop.storage.appraisal_fields import AppraisalFields, RaterFields


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


def staff_names(uow: UnitOfWork, ids: Iterable[int | None]) -> dict[int, str]:
    return staff_labels(uow.session, {i for i in ids if i is not None})


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


def require_view(
    uow: UnitOfWork, guard: AccessGuard, actor: Actor, record: AppraisalRecord, label: str
) -> None:
    """May `actor` see the appraisal: by their permission, or as an assigned rater."""
    require_view_given(guard, actor, record, repo.assignments(uow.session, record.id), label)


def require_view_given(
    guard: AccessGuard,
    actor: Actor,
    record: AppraisalFields,
    assignments: Sequence[RaterFields],
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
