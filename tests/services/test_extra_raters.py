"""Raters a cycle adds on top of a template's: a superior-only template with a 20 %
self-assessment gives every bulk-created appraisal a superior at 80 and a self at 20.

Worked by hand: one indicator S1 of weight 100; the superior gives 80 points, the employee
90, so the total is 80 x 80 / 100 + 90 x 20 / 100 = 64.00 + 18.00 = 82.00.
"""

from decimal import Decimal

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.extra_raters import with_extra_raters
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import Category, Indicator, RaterRole, RaterWeight, RubricTemplate
from kpm_desktop.domain.rubric_methods import Level, LevelsMethod
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from tests.appraisal_world import World

D = Decimal
PERIOD = "2026Q2"
SELF_20 = (RaterWeight(RaterRole.SELF, D(20)),)


def _superior_only() -> RubricTemplate:
    levels = LevelsMethod(
        D(100),
        (
            Level("优", "客户跟进及时", D(90), D(100)),
            Level("良", "基本及时", D(75), D(89)),
            Level("差", "经常遗漏", D(0), D(74)),
        ),
    )
    return RubricTemplate(
        name="主管考核(仅上级)",
        categories=(Category("工作", (Indicator("S1", "跟进", D(100), levels),)),),
    )


def _cycle_with_self(world: World) -> int:
    """The cycle's one appraisal: E00013 (CRM系统主管), superior E00001."""
    services, admin = world.services, world.admin
    template_id = services.templates.activate(
        admin, services.templates.save_draft(admin, _superior_only()).id
    ).id
    choice = TemplateChoice(template_id, position="CRM系统主管", extra_raters=SELF_20)
    services.cycles.create_cycle(admin, PERIOD, [choice])
    assert services.cycles.bulk_create(admin, PERIOD).created == 1
    (appraisal,) = services.appraisals.list(admin, period=PERIOD)
    return appraisal.id


def test_the_template_raters_are_rescaled_so_all_total_100() -> None:
    superior = (RaterWeight(RaterRole.SUPERIOR, D(100)),)
    assert with_extra_raters(superior, SELF_20) == (
        RaterWeight(RaterRole.SUPERIOR, D(80)),
        RaterWeight(RaterRole.SELF, D(20)),
    )
    thirds = tuple(
        RaterWeight(role, D(w))
        for role, w in ((RaterRole.SUPERIOR, "33.34"), (RaterRole.HR, "33.33"),
                        (RaterRole.PANEL, "33.33"))
    )  # fmt: skip
    rescaled = with_extra_raters(thirds, (RaterWeight(RaterRole.PEER, D(10)),))
    assert sum(r.weight for r in rescaled) == D(100)
    assert [r.weight for r in rescaled] == [D("30.00"), D("30.00"), D("30.00"), D(10)]


@pytest.mark.parametrize(
    ("extras", "problem"),
    [
        ((RaterWeight(RaterRole.SELF, D(10)), RaterWeight(RaterRole.SELF, D(10))), "already"),
        ((RaterWeight(RaterRole.SUPERIOR, D(20)),), "not Direct superior"),
        ((RaterWeight(RaterRole.HR, D(20)),), "not HR"),
        ((RaterWeight(RaterRole.SELF, D(0)),), "more than 0"),
        ((RaterWeight(RaterRole.SELF, D(60)), RaterWeight(RaterRole.PEER, D(40))), "100"),
    ],
)
def test_added_raters_that_do_not_fit_are_refused(
    extras: tuple[RaterWeight, ...], problem: str
) -> None:
    with pytest.raises(ValidationError, match=problem):
        with_extra_raters((RaterWeight(RaterRole.SUPERIOR, D(100)),), extras)


def test_bulk_created_appraisals_carry_the_added_self_rater(empty_cycle_world: World) -> None:
    world = empty_cycle_world
    appraisal_id = _cycle_with_self(world)
    form = world.services.appraisals.form(world.admin, appraisal_id)
    weights = {r.role: (r.weight, r.rater_staff_id is not None) for r in form.raters}
    assert weights == {RaterRole.SUPERIOR: (D(80), True), RaterRole.SELF: (D(20), True)}
    assert {r.role: r.weight for r in form.template.raters} == {
        RaterRole.SUPERIOR: D(80),
        RaterRole.SELF: D(20),
    }


def test_the_employee_fills_the_self_sheet_and_the_total_weighs_both(
    empty_cycle_world: World,
) -> None:
    world = empty_cycle_world
    appraisals = world.services.appraisals
    appraisal_id = _cycle_with_self(world)
    mine = appraisals.form(world.employee, appraisal_id)
    assert mine.editable_roles == frozenset({RaterRole.SELF})
    assert Action.RATE in mine.allowed_actions
    version = mine.summary.version
    version = appraisals.save_ratings(
        world.employee, appraisal_id, RaterRole.SELF,
        {"S1": RatingEntry(IndicatorRating(level="优", score=D(90)))}, version,
    ).version  # fmt: skip
    appraisals.save_ratings(
        world.head, appraisal_id, RaterRole.SUPERIOR,
        {"S1": RatingEntry(IndicatorRating(level="良", score=D(80)))}, version,
    )  # fmt: skip
    score = appraisals.scored(world.admin, appraisal_id).score
    assert score is not None
    assert score.final == D("82.00")


def test_the_cycle_remembers_its_added_raters_in_the_preview(empty_cycle_world: World) -> None:
    world = empty_cycle_world
    preview = world.services.cycles.rater_preview(
        world.admin, world.supervisor_template_id, (RaterWeight(RaterRole.PEER, D(10)),)
    )
    assert [(r.role, r.weight) for r in preview] == [
        (RaterRole.SELF, D(18)),
        (RaterRole.SUPERIOR, D(45)),
        (RaterRole.DEPARTMENT_HEAD, D(27)),
        (RaterRole.PEER, D(10)),
    ]
