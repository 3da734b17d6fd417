"""Steps of the `appraisal_world` cycle through the services: E00013 任倩's appraisal found,
rated by its three raters (self, superior, department head with A4 N/A) and finalized.

The figures are worked by hand in tests/services/test_appraisal_workflow.py: self 86.50,
superior 76.00, head 91.25, final 82.68 良好.
"""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from tests.appraisal_world import PERIOD, World

D = Decimal


def levels(**chosen: tuple[str, str]) -> dict[str, RatingEntry]:
    """Rating entries choosing a level and a score per indicator code."""
    return {
        code: RatingEntry(IndicatorRating(level=level, score=D(score)))
        for code, (level, score) in chosen.items()
    }


SELF = levels(A1=("优", "95"), A2=("良", "80"), A3=("中", "70"), A4=("优", "100"))
SUPERIOR = levels(A1=("良", "85"), A2=("良", "75"), A3=("优", "90"), A4=("差", "50"))
HEAD = {
    **levels(A1=("优", "90"), A2=("优", "100"), A3=("良", "80")),
    "A4": RatingEntry(IndicatorRating(not_applicable=True), na_reason="本季度未涉及岗位协调"),
}


def target_id(world: World) -> int:
    """The id of E00013 任倩's appraisal in the cycle."""
    found = [
        a
        for a in world.services.appraisals.list(world.admin, period=PERIOD)
        if a.employee_no == "E00013"
    ]
    assert len(found) == 1
    return found[0].id


def rate_all(world: World, appraisal_id: int) -> None:
    """Rate and submit as the employee (self), then as the head (superior, department head)."""
    appraisals = world.services.appraisals
    version = appraisals.form(world.employee, appraisal_id).summary.version
    version = appraisals.save_ratings(
        world.employee, appraisal_id, RaterRole.SELF, SELF, version
    ).version
    version = appraisals.submit(world.employee, appraisal_id, RaterRole.SELF, version).version
    for role, entries in ((RaterRole.SUPERIOR, SUPERIOR), (RaterRole.DEPARTMENT_HEAD, HEAD)):
        version = appraisals.save_ratings(world.head, appraisal_id, role, entries, version).version
        version = appraisals.submit(world.head, appraisal_id, role, version).version


def finalize(world: World, appraisal_id: int) -> None:
    """Feedback by the head; reviewed and finalized by the HR admin (the head scored as
    the superior, so the cycle's separation of duties keeps the head from reviewing)."""
    appraisals = world.services.appraisals
    appraisals.save_feedback(world.head, appraisal_id, "整体表现良好", "加强岗位协调", None)
    appraisals.review(world.admin, appraisal_id)  # the head scored as superior
    appraisals.finalize(world.admin, appraisal_id)
