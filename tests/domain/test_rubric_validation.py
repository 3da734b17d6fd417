"""Validation messages name the place and the figures; drafts may have weights off."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rubric import GradeQuota
from kpm_desktop.domain.rubric_methods import (
    KpiLinearMethod,
    Level,
    LevelsMethod,
    MetMethod,
    RankMethod,
    RankOrder,
    ScaleMethod,
)
from kpm_desktop.domain.rubric_validation import (
    ProblemKind,
    ensure_activatable,
    ensure_saveable,
    template_problems,
    weight_total_problem,
)
from tests.domain.rubric_factories import indicator, template

D = Decimal


def messages(sheet) -> list[str]:
    return [str(problem) for problem in template_problems(sheet)]


def test_a_sound_template_has_no_problems() -> None:
    sheet = template(indicator("A1", "30"), indicator("A2", "70"))
    assert template_problems(sheet) == []
    ensure_activatable(sheet)


def test_weights_short_of_100_show_sum_and_difference() -> None:
    sheet = template(indicator("A1", "30"), indicator("A2", "69.99"))
    (problem,) = template_problems(sheet)
    assert problem.kind is ProblemKind.WEIGHTS
    assert str(problem.message) == "indicator weights total 99.99, 0.01 short of 100"
    ensure_saveable(sheet)  # a draft may be saved while the weights are being balanced
    with pytest.raises(
        ValidationError, match=r"Cannot activate template '测试模板' v1: .*0\.01 short"
    ):
        ensure_activatable(sheet)


def test_weights_over_100() -> None:
    assert str(weight_total_problem(D("100.5"))) == "indicator weights total 100.5, 0.5 over 100"


def test_level_range_outside_the_maximum() -> None:
    method = LevelsMethod(D(100), (Level("优", "", D(90), D(110)), Level("差", "", D(0), D(89))))
    assert messages(template(indicator("A1", "100", method))) == [
        "indicator A1 (指标A1): level 优 range 90-110 is outside the indicator maximum 0-100"
    ]


def test_overlapping_levels() -> None:
    method = LevelsMethod(D(10), (Level("优", "", D(8), D(10)), Level("良", "", D(5), D(8))))
    assert (
        "level 良 (5-8) overlaps level 优 (8-10)"
        in messages(template(indicator("A1", "100", method)))[0]
    )


def test_kpi_target_of_zero() -> None:
    sheet = template(indicator("K1", "100", KpiLinearMethod("win_rate", D(0))))
    assert messages(sheet) == [
        "indicator K1 (指标K1): KPI target is 0: win_rate needs a target to measure against"
    ]
    with pytest.raises(ValidationError, match="KPI target is 0"):
        ensure_saveable(sheet)


def test_duplicate_codes() -> None:
    sheet = template(indicator("A1", "50"), indicator("A1", "50"))
    assert messages(sheet) == ["template '测试模板' v1: indicator code A1 is used 2 times"]


@pytest.mark.parametrize(
    ("method", "fragment"),
    [
        (MetMethod(D(5), D(6)), "partial points 6 are outside 0-5"),
        (ScaleMethod(D(5), D(1)), "scale 5-1 must run upwards"),
        (RankMethod(RankOrder.LOWEST_FIRST, ()), "at least the first position"),
        (KpiLinearMethod("Win Rate", D(1)), "KPI key 'Win Rate'"),
    ],
)
def test_method_problems(method, fragment: str) -> None:
    assert fragment in messages(template(indicator("M1", "100", method)))[0]


def test_weight_with_three_decimals_and_quota_of_unknown_grade() -> None:
    sheet = template(indicator("A1", "33.333"), indicator("A2", "66.667"))
    sheet = type(sheet)(**{**sheet.__dict__, "quotas": (GradeQuota("卓越", D(10)),)})
    found = messages(sheet)
    assert "quota names grade 卓越, which has no band" in found[0]
    assert "weight 33.333 has more than 2 decimals" in found[1]
