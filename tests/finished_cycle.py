"""Finish appraisals of the `appraisal_world` cycle through the services, for the tests of
what the dashboard and the chart page read from a cycle."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from tests.appraisal_world import PERIOD, World

D = Decimal


def appraisal_of(world: World, staff_no: str) -> int:
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    return next(a.id for a in found if a.employee_no == staff_no)


def finish_sales(world: World, staff_no: str, level: str, score: str, revenue: str) -> int:
    """Rate S1 at (level, score) and S2 with a revenue figure as the superior, then submit,
    review and finalize; the appraisal id."""
    appraisals = world.services.appraisals
    appraisal_id = appraisal_of(world, staff_no)
    entries = {
        "S1": RatingEntry(IndicatorRating(level=level, score=D(score))),
        "S2": RatingEntry(IndicatorRating(value=D(revenue))),
    }
    appraisals.save_ratings(world.admin, appraisal_id, RaterRole.SUPERIOR, entries, None)
    appraisals.submit(world.admin, appraisal_id, RaterRole.SUPERIOR)
    appraisals.review(world.admin, appraisal_id)
    appraisals.finalize(world.admin, appraisal_id)
    return appraisal_id
