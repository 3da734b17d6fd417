"""The values the appraisal list's filters offer, read in a few queries whatever the
number of appraisals: the departments they belong to and the grades of the templates."""

from __future__ import annotations

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_views import ListChoices
from kpm_desktop.storage import appraisal_list_queries as lists
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.database import UnitOfWork


def list_choices(
    uow: UnitOfWork, guard: AccessGuard, actor: Actor, period: str | None
) -> ListChoices:
    """The choices for the cycle of `period`, or over every cycle's current appraisals
    (the "waiting for me" view) when it is None; none for an unknown period."""
    cycle_id = None
    if period is not None:
        cycle = repo.cycle_by_period(uow.session, period)
        if cycle is None:
            return ListChoices((), ())
        cycle_id = cycle.id
    departments = lists.listed_departments(
        uow.session,
        cycle_id=cycle_id,
        staff_ids=guard.reachable_staff(actor, Permission.VIEW_APPRAISAL),
        current_only=period is None,
    )
    return ListChoices(tuple(departments), _grades(uow, cycle_id))


def _grades(uow: UnitOfWork, cycle_id: int | None) -> tuple[str, ...]:
    """Each template's grades, best first, once each in the order met."""
    grades: dict[str, None] = {}
    for index, body in enumerate(lists.cycle_template_bodies(uow.session, cycle_id)):
        template = template_from_text(body, f"template {index + 1} of the cycle")
        bands = sorted(template.grade_bands, key=lambda b: b.min_total, reverse=True)
        grades.update(dict.fromkeys(b.grade for b in bands))
    return tuple(grades)
