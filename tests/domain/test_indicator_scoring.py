"""Every scoring method against hand-worked figures."""

from dataclasses import replace
from decimal import Decimal

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.indicator_scoring import score_indicator
from kpm_desktop.domain.methods.rank import rank_place
from kpm_desktop.domain.rating import IndicatorRating, MetLevel, RankPlace
from kpm_desktop.domain.rubric_methods import (
    KpiBand,
    KpiBandsMethod,
    KpiDirection,
    KpiLinearMethod,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    RankOrder,
    ScaleBand,
    ScaleMethod,
    ScaleRule,
)
from tests.domain.rubric_factories import four_levels, indicator

D = Decimal


def fraction(method, rating: IndicatorRating, **kwargs) -> Decimal:
    return score_indicator(indicator("X1", "10", method), rating, **kwargs).fraction


class TestLevels:
    def test_level_and_score_inside_it(self) -> None:
        outcome = score_indicator(indicator("A1", "30"), IndicatorRating(level="良", score=D(80)))
        assert (outcome.fraction, outcome.points, outcome.label) == (D("0.8"), D(80), "良")

    def test_level_alone_takes_the_top_of_its_range(self) -> None:
        assert fraction(four_levels(), IndicatorRating(level="良")) == D("0.89")

    def test_score_alone_finds_its_level(self) -> None:
        outcome = score_indicator(indicator("A1", "30"), IndicatorRating(score=D(95)))
        assert outcome.label == "优"

    def test_score_outside_the_chosen_level_is_refused(self) -> None:
        with pytest.raises(
            ValidationError, match=r"A1 \(指标A1\): score 95 is outside level 良 \(75-89\)"
        ):
            score_indicator(indicator("A1", "30"), IndicatorRating(level="良", score=D(95)))

    def test_score_in_a_gap_between_levels_is_refused(self) -> None:
        with pytest.raises(ValidationError, match=r"score 89\.5 is in no level's range"):
            fraction(four_levels(), IndicatorRating(score=D("89.5")))

    def test_unknown_level_names_the_choices(self) -> None:
        with pytest.raises(
            ValidationError, match="unknown level 'A'; expected one of 优, 良, 中, 差"
        ):
            fraction(four_levels(), IndicatorRating(level="A"))

    def test_levels_on_a_ten_point_maximum(self) -> None:
        assert fraction(four_levels("10"), IndicatorRating(level="中", score=D("6.5"))) == D("0.65")


class TestKpiLinear:
    def test_higher_is_better_in_proportion(self) -> None:
        method = KpiLinearMethod("target_attainment", D(1))
        assert fraction(method, IndicatorRating(value=D("0.85"))) == D("0.85")

    def test_above_target_is_capped(self) -> None:
        method = KpiLinearMethod("new_customers", D(20))
        assert fraction(method, IndicatorRating(value=D(30))) == 1

    def test_cap_above_one_needs_more_than_the_target_for_full_marks(self) -> None:
        method = KpiLinearMethod("new_customers", D(100), cap=D("1.2"))
        assert fraction(method, IndicatorRating(value=D(108))) == D("0.9")

    def test_lower_is_better_divides_target_by_actual(self) -> None:
        method = KpiLinearMethod("first_response_minutes", D(30), KpiDirection.LOWER_IS_BETTER)
        assert fraction(method, IndicatorRating(value=D(40))) == D("0.75")
        assert fraction(method, IndicatorRating(value=D(20))) == 1
        assert fraction(method, IndicatorRating(value=D(0))) == 1

    def test_value_comes_from_the_kpi_figures_when_the_rating_has_none(self) -> None:
        method = KpiLinearMethod("win_rate", D("0.40"))
        got = fraction(method, IndicatorRating(), kpi_values={"win_rate": D("0.30")})
        assert got == D("0.75")

    def test_missing_kpi_value_is_named(self) -> None:
        with pytest.raises(ValidationError, match="no value for KPI win_rate"):
            fraction(KpiLinearMethod("win_rate", D("0.4")), IndicatorRating())

    def test_zero_target_is_a_user_error_not_a_crash(self) -> None:
        with pytest.raises(ValidationError, match="target 0"):
            fraction(KpiLinearMethod("win_rate", D(0)), IndicatorRating(value=D(1)))

    def test_negative_value_earns_nothing(self) -> None:
        method = KpiLinearMethod("revenue_growth", D("0.1"))
        assert fraction(method, IndicatorRating(value=D("-0.2"))) == 0


class TestKpiBands:
    csat = KpiBandsMethod(
        "csat",
        D(10),
        (
            KpiBand("非常满意", D(90), None, D(10)),
            KpiBand("满意", D(70), D(90), D(8)),
            KpiBand("一般", D(50), D(70), D(5)),
            KpiBand("不满意", None, D(50), D(0)),
        ),
    )

    @pytest.mark.parametrize(
        ("value", "label", "expected"),
        [
            ("90", "非常满意", "1"),
            ("89.99", "满意", "0.8"),
            ("50", "一般", "0.5"),
            ("49.9", "不满意", "0"),
        ],
    )
    def test_band_boundaries(self, value: str, label: str, expected: str) -> None:
        outcome = score_indicator(indicator("C1", "20", self.csat), IndicatorRating(value=D(value)))
        assert (outcome.label, outcome.fraction) == (label, D(expected))

    def test_value_in_no_band_earns_zero(self) -> None:
        method = KpiBandsMethod("csat", D(10), (KpiBand("满意", D(70), D(90), D(8)),))
        outcome = score_indicator(indicator("C1", "20", method), IndicatorRating(value=D(95)))
        assert (outcome.label, outcome.fraction) == (None, 0)


class TestMetAndProvided:
    @pytest.mark.parametrize(
        ("met", "expected"), [("full", "1"), ("partial", "0.6"), ("none", "0")]
    )
    def test_seed_five_three_zero(self, met: str, expected: str) -> None:
        assert fraction(MetMethod(), IndicatorRating(met=MetLevel(met))) == D(expected)

    def test_partial_points_are_configurable(self) -> None:
        method = MetMethod(D(10), D(4))
        assert fraction(method, IndicatorRating(met=MetLevel.PARTIAL)) == D("0.4")

    def test_provided_is_all_or_nothing(self) -> None:
        assert fraction(ProvidedMethod(), IndicatorRating(provided=True)) == 1
        assert fraction(ProvidedMethod(), IndicatorRating(provided=False)) == 0

    def test_missing_answer_is_named(self) -> None:
        with pytest.raises(ValidationError, match="whether it is met"):
            fraction(MetMethod(), IndicatorRating())


class TestScale:
    method = ScaleMethod(
        D(1),
        D(10),
        (
            ScaleBand("优秀", D(9), D(10)),
            ScaleBand("良好", D(7), D(8)),
            ScaleBand("合格", D(5), D(6)),
        ),
    )

    def test_lowest_rating_earns_nothing_and_highest_full_points(self) -> None:
        outcome = score_indicator(indicator("S1", "10", self.method), IndicatorRating(score=D(7)))
        assert (outcome.fraction, outcome.label) == (D(6) / D(9), "良好")
        assert fraction(self.method, IndicatorRating(score=D(1))) == 0
        assert fraction(self.method, IndicatorRating(score=D(10))) == 1

    def test_old_rule_is_the_fraction_of_the_maximum(self) -> None:
        old = replace(self.method, rule=ScaleRule.SCORE_OVER_MAX)
        outcome = score_indicator(indicator("S1", "10", old), IndicatorRating(score=D(7)))
        assert (outcome.fraction, outcome.label) == (D("0.7"), "良好")
        assert fraction(old, IndicatorRating(score=D(1))) == D("0.1")

    def test_score_outside_the_scale_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="score 11 is outside the scale 1-10"):
            fraction(self.method, IndicatorRating(score=D(11)))


class TestRank:
    price = RankMethod(RankOrder.LOWEST_FIRST, (D(5), D(4)), D(3))

    @pytest.mark.parametrize(("value", "points"), [("98", "5"), ("120", "4"), ("150", "3")])
    def test_seed_lowest_five_middle_four_highest_three(self, value: str, points: str) -> None:
        cohort = [D(120), D(150), D(98)]
        outcome = score_indicator(
            indicator("P1", "40", self.price), IndicatorRating(value=D(value)), cohort=cohort
        )
        assert outcome.points == D(points)

    def test_ties_share_the_better_position(self) -> None:
        cohort = [D(100), D(100), D(150)]
        assert rank_place(D(100), cohort, RankOrder.LOWEST_FIRST) == RankPlace(1, False)
        assert rank_place(D(150), cohort, RankOrder.LOWEST_FIRST) == RankPlace(3, True)
        tied_last = [D(100), D(150), D(150)]
        assert rank_place(D(150), tied_last, RankOrder.LOWEST_FIRST) == RankPlace(2, True)

    def test_all_equal_all_best(self) -> None:
        assert fraction(self.price, IndicatorRating(value=D(7)), cohort=[D(7), D(7)]) == 1

    def test_highest_first_and_positions_past_the_list(self) -> None:
        method = RankMethod(RankOrder.HIGHEST_FIRST, (D(10), D(8), D(6)))
        cohort = [D(1), D(2), D(3), D(4), D(5)]
        points = [
            score_indicator(
                indicator("R", "1", method), IndicatorRating(value=v), cohort=cohort
            ).points
            for v in cohort
        ]
        assert points == [D(6), D(6), D(6), D(8), D(10)]

    def test_precomputed_rank(self) -> None:
        rating = IndicatorRating(rank=RankPlace(3, is_last=True))
        assert fraction(self.price, rating) == D("0.6")

    def test_value_must_be_among_those_compared(self) -> None:
        with pytest.raises(ValidationError, match="not among the values compared"):
            fraction(self.price, IndicatorRating(value=D(1)), cohort=[D(2), D(3)])
