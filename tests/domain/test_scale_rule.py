"""The scale rule: the lowest rating earns 0, the highest full points; old templates keep
rating / max (docs/formats.md, "Scale rule")."""

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rating import IndicatorRating, RaterRatings
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.rubric_json import template_from_text, template_to_text
from kpm_desktop.domain.rubric_methods import ScaleMethod, ScaleRule
from kpm_desktop.domain.scoring import score_rater
from tests.domain.rubric_factories import indicator, template

D = Decimal

ONE_TO_THREE = ScaleMethod(D(1), D(3))


def one_to_three_template(rule: ScaleRule = ScaleRule.MIN_TO_MAX):
    """Three 1-3 indicators (weights 40/30/30) on a 1-3 result scale."""
    method = replace(ONE_TO_THREE, rule=rule)
    return template(
        indicator("S1", "40", method),
        indicator("S2", "30", method),
        indicator("S3", "30", method),
        scale=("1", "3"),
    )


def rated_everywhere(score: str) -> RaterRatings:
    return RaterRatings(
        RaterRole.SUPERIOR, {code: IndicatorRating(score=D(score)) for code in ("S1", "S2", "S3")}
    )


@pytest.mark.parametrize(("rating", "total"), [("1", "1.00"), ("2", "2.00"), ("3", "3.00")])
def test_one_to_three_template_totals_what_everybody_was_rated(rating, total) -> None:
    result = score_rater(one_to_three_template(), rated_everywhere(rating))
    assert result.total == D(total)


@pytest.mark.parametrize(("rating", "total"), [("1", "1.67"), ("2", "2.33"), ("3", "3.00")])
def test_old_rule_reproduces_the_old_totals(rating, total) -> None:
    result = score_rater(one_to_three_template(ScaleRule.SCORE_OVER_MAX), rated_everywhere(rating))
    assert result.total == D(total)


def test_mixed_ratings_hand_worked() -> None:
    # S1 3 -> 1, S2 2 -> 1/2, S3 1 -> 0: 40 + 15 + 0 = 55 % of the way from 1 to 3 -> 2.10
    ratings = RaterRatings(
        RaterRole.SUPERIOR,
        {
            "S1": IndicatorRating(score=D(3)),
            "S2": IndicatorRating(score=D(2)),
            "S3": IndicatorRating(score=D(1)),
        },
    )
    result = score_rater(one_to_three_template(), ratings)
    assert [line.earned for line in result.indicators] == [D("40.00"), D("15.00"), D("0.00")]
    assert result.total == D("2.10")


bounds = st.tuples(
    st.decimals(min_value=0, max_value=100, places=2),
    st.decimals(min_value=D("0.01"), max_value=100, places=2),
).map(lambda pair: (pair[0], pair[0] + pair[1]))


@settings(max_examples=200, deadline=None)
@given(bounds, st.data())
def test_fraction_is_the_share_of_the_way_from_min_to_max(scale, data) -> None:
    low, high = scale
    method = ScaleMethod(low, high)
    rating = data.draw(st.decimals(min_value=low, max_value=high, places=2))
    fraction = method.fraction(rating)
    assert 0 <= fraction <= 1
    assert fraction * (high - low) + low == pytest.approx(rating, abs=D("1e-20"))
    assert method.fraction(low) == 0
    assert method.fraction(high) == 1


@settings(max_examples=200, deadline=None)
@given(bounds, st.data())
def test_fraction_never_falls_when_the_rating_rises(scale, data) -> None:
    low, high = scale
    rule = data.draw(st.sampled_from(list(ScaleRule)))
    method = ScaleMethod(low, high, rule=rule)
    first = data.draw(st.decimals(min_value=low, max_value=high, places=2))
    second = data.draw(st.decimals(min_value=first, max_value=high, places=2))
    assert method.fraction(first) <= method.fraction(second)


@settings(max_examples=200, deadline=None)
@given(bounds, st.data())
def test_new_rule_never_gives_more_than_the_old_one(scale, data) -> None:
    low, high = scale
    rating = data.draw(st.decimals(min_value=low, max_value=high, places=2))
    old = ScaleMethod(low, high, rule=ScaleRule.SCORE_OVER_MAX)
    assert ScaleMethod(low, high).fraction(rating) <= old.fraction(rating)
    assert old.fraction(rating) == rating / high


def test_rule_survives_export_and_import() -> None:
    for rule in ScaleRule:
        exported = one_to_three_template(rule)
        assert template_from_text(template_to_text(exported), "t.json") == exported


def test_a_version_1_file_without_a_rule_keeps_rating_over_max() -> None:
    data = json.loads(template_to_text(one_to_three_template()))
    data["format_version"] = 1
    for category in data["categories"]:
        for item in category["indicators"]:
            del item["method"]["rule"]
    read = template_from_text(json.dumps(data), "old.json")
    assert {i.method.rule for i in read.indicators()} == {ScaleRule.SCORE_OVER_MAX}
    del data["format_version"]
    read = template_from_text(json.dumps(data), "new.json")
    assert {i.method.rule for i in read.indicators()} == {ScaleRule.MIN_TO_MAX}


def test_an_unknown_rule_names_the_accepted_ones() -> None:
    data = json.loads(template_to_text(one_to_three_template()))
    data["categories"][0]["indicators"][0]["method"]["rule"] = "percent"
    with pytest.raises(ValidationError, match="unknown scale rule 'percent'; expected one of"):
        template_from_text(json.dumps(data), "t.json")
