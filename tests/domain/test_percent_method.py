"""The percent method: an achievement 0-100 % earns weight x achievement / 100."""

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpm_desktop.domain.decimals import round_to
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.methods.protocol import NumberEntry, RatingField
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.ratings_json import ratings_from_text, score_document
from kpm_desktop.domain.rubric_json import template_from_text, template_to_text
from kpm_desktop.domain.rubric_methods import ProvidedMethod
from kpm_desktop.domain.scoring import score_sheet
from tests.domain.rubric_factories import indicator, template

D = Decimal
SCHEMA = Path(__file__).resolve().parents[2] / "resources" / "schemas"


def _sheet() -> object:
    return template(indicator("P1", "20", PercentMethod()), indicator("B1", "80"))


def test_hand_worked_weight_20_at_87_5_percent_earns_17_50() -> None:
    lines, _ = score_sheet(
        _sheet(), {"P1": IndicatorRating(score=D("87.5")), "B1": IndicatorRating(level="差")}
    )
    percent = lines[0]
    assert (percent.points, percent.max_points, percent.label) == (D("87.5"), D(100), "87.5%")
    assert percent.earned == D("17.50")


def test_half_a_cent_rounds_up() -> None:
    # 10 x 0.25 / 100 = 0.025: half up gives 0.03 (half even would give 0.02)
    lines, _ = score_sheet(
        template(indicator("P1", "10", PercentMethod()), indicator("B1", "90")),
        {"P1": IndicatorRating(score=D("0.25")), "B1": IndicatorRating(level="差")},
    )
    assert lines[0].earned == D("0.03")


def test_not_applicable_gives_its_weight_to_the_others() -> None:
    lines, earned_sum = score_sheet(
        _sheet(),
        {
            "P1": IndicatorRating(not_applicable=True),
            "B1": IndicatorRating(level="优", score=D(100)),
        },
    )
    assert lines[0].not_applicable and lines[1].effective_weight == D("100.00")
    assert earned_sum == D("100.00")


@pytest.mark.parametrize(
    ("rating", "message"),
    [
        (IndicatorRating(score=D("100.5")), "achievement 100.5 % is outside 0-100"),
        (IndicatorRating(score=D(-1)), "achievement -1 % is outside 0-100"),
        (IndicatorRating(), "an achievement in per cent is needed"),
    ],
)
def test_bad_achievements_are_refused_naming_the_indicator(rating, message) -> None:
    with pytest.raises(ValidationError, match=rf"indicator P1 \(指标P1\): {message}"):
        score_sheet(_sheet(), {"P1": rating, "B1": IndicatorRating(level="差")})


def test_the_form_asks_for_a_percentage_as_the_score() -> None:
    assert PercentMethod().rating_input() == NumberEntry(D(0), D(100), RatingField.SCORE, " %")
    assert PercentMethod().problems() == []


def test_template_json_round_trips_and_matches_the_schema() -> None:
    text = template_to_text(_sheet())
    assert json.loads(text)["categories"][0]["indicators"][0]["method"] == {"kind": "percent"}
    schema = json.loads((SCHEMA / "rubric-template.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(text), schema)
    assert template_from_text(text, "t.json") == _sheet()


def test_kpm_score_reads_a_percent_rating() -> None:
    ratings = {"raters": [{"ratings": {"P1": {"score": 87.5}, "B1": {"level": "差"}}}]}
    document = ratings_from_text(json.dumps(ratings), "r.json")
    line = score_document(_sheet(), document, "r.json").raters[0].indicators[0]
    assert line.earned == D("17.50")


@settings(max_examples=200, deadline=None)
@given(
    weight=st.decimals(min_value=D("0.01"), max_value=D("99.99"), places=2),
    achieved=st.decimals(min_value=D(0), max_value=D(100), places=2),
)
def test_earned_is_weight_times_achievement_rounded_half_up(weight, achieved) -> None:
    sheet = template(
        indicator("P1", str(weight), PercentMethod()),
        indicator("N1", str(D(100) - weight), ProvidedMethod()),
    )
    lines, earned_sum = score_sheet(
        sheet, {"P1": IndicatorRating(score=achieved), "N1": IndicatorRating(provided=False)}
    )
    assert lines[0].earned == round_to(weight * achieved / 100, 2)
    assert 0 <= lines[0].earned <= weight
    assert earned_sum == lines[0].earned
