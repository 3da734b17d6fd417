"""A cycle 2026Q4 on a template whose one indicator is a rank (回款额排名), for tests of
how a rank indicator's cohort is read."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import Category, Indicator, RaterRole
from kpm_desktop.domain.rubric_methods import RankMethod, RankOrder
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from tests.appraisal_world import World, sales_template_body

RANK_PERIOD = "2026Q4"


def rank_cycle(world: World) -> list[int]:
    """The cycle's appraisal ids (department D02, ordered as the appraisal list orders
    them); the first three rated 10, 30 and 20 by HR as superior, so they rank third,
    first and second (60, 100 and 80 points)."""
    rank = RankMethod(RankOrder.HIGHEST_FIRST, (D(100), D(80), D(60)))
    body = replace(
        sales_template_body(),
        name="销售排名考核(测试)",
        categories=(Category("排名", (Indicator("R1", "回款额排名", D(100), rank),)),),
        quotas=(),
    )
    templates = world.services.templates
    template_id = templates.activate(world.admin, templates.save_draft(world.admin, body).id).id
    world.services.cycles.create_cycle(
        world.admin, RANK_PERIOD, [TemplateChoice(template_id, department="D02")]
    )
    world.services.cycles.bulk_create(world.admin, RANK_PERIOD)
    appraisals = world.services.appraisals
    ids = [a.id for a in appraisals.list(world.admin, period=RANK_PERIOD)]
    for appraisal_id, value in zip(ids, (10, 30, 20), strict=False):
        entry = {"R1": RatingEntry(IndicatorRating(value=D(value)))}
        appraisals.save_ratings(world.admin, appraisal_id, RaterRole.SUPERIOR, entry, None)
    return ids
