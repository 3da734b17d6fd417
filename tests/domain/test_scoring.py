"""Sheets, N/A, rounding, result scales, raters, grades and quotas, worked by hand."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rating import IndicatorRating, RaterRatings
from kpm_desktop.domain.rubric import GradeQuota, RaterRole, ResultScale, default_grade_bands
from kpm_desktop.domain.rubric_methods import KpiLinearMethod, Level, LevelsMethod
from kpm_desktop.domain.scoring import (
    ScoringInputs,
    check_distribution,
    effective_weights,
    grade_for,
    score_appraisal,
    score_rater,
    score_sheet,
)
from tests.domain.rubric_factories import indicator, template

D = Decimal
SUP = RaterRole.SUPERIOR


def scores(*values: int) -> dict[str, IndicatorRating]:
    return {f"A{i + 1}": IndicatorRating(score=D(v)) for i, v in enumerate(values)}


SEED_WEIGHTS = template(
    indicator("A1", "30"), indicator("A2", "30"), indicator("A3", "20"), indicator("A4", "20")
)


def test_earned_is_fraction_times_weight_and_total_their_sum() -> None:
    # 0.80 x 30 + 0.90 x 30 + 0.70 x 20 + 0.95 x 20 = 24 + 27 + 14 + 19 = 84
    result = score_rater(SEED_WEIGHTS, RaterRatings(SUP, scores(80, 90, 70, 95)))
    assert [line.earned for line in result.indicators] == [D(24), D(27), D(14), D(19)]
    assert (result.earned_sum, result.total, result.grade) == (D(84), D("84.00"), "良好")


def test_each_earned_is_rounded_half_up_before_summing() -> None:
    fine = LevelsMethod(D(10000), (Level("全", "", D(0), D(10000)),))
    sheet = template(indicator("A1", "10", fine), indicator("A2", "90", fine))
    # 0.1225 x 10 = 1.225 -> 1.23 (half up, not 1.22); 0.3333 x 90 = 29.997 -> 30.00
    lines, total = score_sheet(
        sheet, {"A1": IndicatorRating(score=D(1225)), "A2": IndicatorRating(score=D(3333))}
    )
    assert [line.earned for line in lines] == [D("1.23"), D("30.00")]
    assert total == D("31.23")


def test_not_applicable_renormalises_the_other_weights() -> None:
    ratings = scores(80, 90, 70) | {"A4": IndicatorRating(not_applicable=True)}
    lines, total = score_sheet(SEED_WEIGHTS, ratings)
    # 30, 30, 20 of 80 -> 37.5, 37.5, 25: 0.8 x 37.5 + 0.9 x 37.5 + 0.7 x 25 = 30 + 33.75 + 17.5
    assert [line.effective_weight for line in lines] == [D("37.50"), D("37.50"), D("25.00"), D(0)]
    assert lines[3].not_applicable and lines[3].fraction is None
    assert total == D("81.25")


def test_renormalised_weights_total_exactly_100_by_largest_remainder() -> None:
    assert effective_weights({"B": D(20), "A": D(20), "C": D(20)}) == {
        "A": D("33.34"),
        "B": D("33.33"),
        "C": D("33.33"),
    }
    # 1 and 31 of 32 are 3.125 and 96.875: rounding each half up would total 100.01
    weights = effective_weights({"A": D(1), "B": D(31)})
    assert sum(weights.values()) == 100


def test_weights_totalling_100_are_kept() -> None:
    weights = {"A": D("30.01"), "B": D("69.99")}
    assert effective_weights(weights) == weights


def test_all_not_applicable_is_refused() -> None:
    ratings = {code: IndicatorRating(not_applicable=True) for code in ("A1", "A2", "A3", "A4")}
    with pytest.raises(ValidationError, match=r"every indicator .* is marked N/A"):
        score_sheet(SEED_WEIGHTS, ratings)


def test_a_kpi_that_is_na_makes_its_indicator_na() -> None:
    kpi = KpiLinearMethod("win_rate", D("0.4"))
    sheet = template(indicator("A1", "50"), indicator("K1", "50", kpi))
    inputs = ScoringInputs(kpi_values={"win_rate": None})
    lines, total = score_sheet(sheet, {"A1": IndicatorRating(score=D(80))}, inputs)
    assert lines[1].not_applicable and total == D(80)


def test_missing_rating_is_named_unless_partial() -> None:
    with pytest.raises(ValidationError, match=r"indicator A4 \(指标A4\) has no rating"):
        score_sheet(SEED_WEIGHTS, scores(80, 90, 70))
    lines, total = score_sheet(SEED_WEIGHTS, scores(80, 90, 70), partial=True)
    assert not lines[3].rated and total == D(65)


def test_rating_for_an_unknown_indicator_is_refused() -> None:
    with pytest.raises(ValidationError, match="does not have: Z9"):
        score_sheet(SEED_WEIGHTS, scores(80, 90, 70, 60) | {"Z9": IndicatorRating(score=D(1))})


@pytest.mark.parametrize(
    ("scale", "total", "grade"),
    [
        # earned 81.25: 0 + 0.8125 x 100; 0 + 0.8125 x 5 = 4.0625; 1 + 0.8125 x 2 = 2.625
        (("0", "100"), "81.25", "良好"),
        (("0", "5"), "4.06", "良好"),
        (("1", "3"), "2.63", "良好"),
    ],
)
def test_result_scales(scale: tuple[str, str], total: str, grade: str) -> None:
    sheet = template(*SEED_WEIGHTS.categories[0].indicators, scale=scale)
    ratings = scores(80, 90, 70) | {"A4": IndicatorRating(not_applicable=True)}
    result = score_rater(sheet, RaterRatings(SUP, ratings))
    assert (result.total, result.grade) == (D(total), grade)


def test_default_grade_bands_on_other_scales() -> None:
    assert [b.min_total for b in default_grade_bands(ResultScale(D(1), D(3)))] == [
        D("2.8"),
        D("2.6"),
        D("2.2"),
        D(1),
    ]


@pytest.mark.parametrize(
    ("total", "grade"),
    [("90", "优秀"), ("89.99", "良好"), ("80", "良好"), ("60", "合格"), ("59.99", "不合格")],
)
def test_grade_band_boundaries(total: str, grade: str) -> None:
    assert grade_for(D(total), default_grade_bands()) == grade


RATERS = ((RaterRole.SELF, "10"), (SUP, "60"), (RaterRole.DEPARTMENT_HEAD, "30"))


def test_multi_rater_weighted_final() -> None:
    sheet = template(indicator("A1", "100"), raters=RATERS)
    raters = [
        RaterRatings(RaterRole.SELF, {"A1": IndicatorRating(score=D(95))}),
        RaterRatings(SUP, {"A1": IndicatorRating(score=D(80))}),
        RaterRatings(RaterRole.DEPARTMENT_HEAD, {"A1": IndicatorRating(score=D(70))}),
    ]
    # 95 x 10 % + 80 x 60 % + 70 x 30 % = 9.5 + 48 + 21 = 78.5
    result = score_appraisal(sheet, raters)
    assert (result.final, result.grade) == (D("78.50"), "合格")


def test_multi_rater_final_is_rounded_once() -> None:
    fine = LevelsMethod(D(10000), (Level("全", "", D(0), D(10000)),))
    sheet = template(indicator("A1", "100", fine), raters=RATERS)
    raters = [
        RaterRatings(role, {"A1": IndicatorRating(score=D(s))})
        for role, s in ((RaterRole.SELF, 8833), (SUP, 7777), (RaterRole.DEPARTMENT_HEAD, 6667))
    ]
    # 8.833 + 46.662 + 20.001 = 75.496 -> 75.50
    assert score_appraisal(sheet, raters).final == D("75.50")


def test_missing_or_unknown_rater_is_named() -> None:
    sheet = template(indicator("A1", "100"), raters=RATERS)
    with pytest.raises(ValidationError, match="needs ratings from self, department_head"):
        score_appraisal(sheet, [RaterRatings(SUP, {"A1": IndicatorRating(score=D(80))})])
    with pytest.raises(ValidationError, match="has no rater 'hr'"):
        score_rater(sheet, RaterRatings(RaterRole.HR, {}))


def test_forced_distribution_names_the_grades_over_quota() -> None:
    quotas = [GradeQuota("优秀", D(20)), GradeQuota("良好", D(40))]
    # 7 people: 20 % allows 1 (2 would be 28.6 %), 40 % allows 2
    grades = ["优秀", "优秀", "优秀", "良好", "良好", "合格", "合格"]
    (breach,) = check_distribution(grades, quotas)
    assert (breach.grade, breach.count, breach.allowed, breach.excess) == ("优秀", 3, 1, 2)
    assert check_distribution(["优秀", "良好", "合格", "合格", "合格"], quotas) == ()
