"""Template and ratings JSON: exact round trips and errors that say what and where."""

import json
from decimal import Decimal

import pytest

from kpm_desktop.domain.builtin_templates import builtin_templates, supervisor_template
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.json_reading import dumps, loads
from kpm_desktop.domain.rating import MetLevel, RankPlace
from kpm_desktop.domain.ratings_json import ratings_from_text
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.rubric_json import template_from_text, template_to_json, template_to_text

D = Decimal


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.name)
def test_round_trip_is_exact(template) -> None:
    text = template_to_text(template)
    assert template_from_text(text, "t.json") == template
    assert "CRM" in text or "客" in text or "销" in text  # Chinese stays readable, not \u escapes


def test_numbers_keep_their_digits() -> None:
    assert dumps({"w": D("30.00"), "x": [D("7.5"), D(1)], "n": None}) == (
        '{\n  "w": 30.00,\n  "x": [\n    7.5,\n    1\n  ],\n  "n": null\n}'
    )
    assert loads('{"w": 69.99}', "f")["w"] == D("69.99")


def edited(change) -> str:
    data = json.loads(template_to_text(supervisor_template()))
    change(data)
    return json.dumps(data, ensure_ascii=False)


def test_unknown_method_names_the_path() -> None:
    def change(data):
        data["categories"][0]["indicators"][2]["method"]["kind"] = "vote"

    with pytest.raises(ValidationError) as caught:
        template_from_text(edited(change), "sup.json")
    assert str(caught.value) == (
        "sup.json: categories[0].indicators[2].method.kind: unknown scoring method 'vote'; "
        "expected one of levels, kpi, met, provided, scale, rank, percent"
    )


def test_bad_number_and_missing_field() -> None:
    def bad_weight(data):
        data["categories"][0]["indicators"][0]["weight"] = "30x"

    with pytest.raises(ValidationError, match=r"indicators\[0\]\.weight: '30x' is not a number"):
        template_from_text(edited(bad_weight), "sup.json")

    def no_name(data):
        del data["name"]

    with pytest.raises(ValidationError, match=r"^sup\.json: name: is missing$"):
        template_from_text(edited(no_name), "sup.json")


def test_syntax_error_names_line_and_column() -> None:
    with pytest.raises(ValidationError, match=r"^r.json: line 2 column 1: not valid JSON"):
        loads('{"a": 1,\n}', "r.json")


def test_ratings_document() -> None:
    text = """{"format": "kpm-ratings",
      "raters": [{"role": "superior", "weight": 100, "ratings": {
        "A1": {"level": "优", "score": 95}, "A2": {"na": true}, "B1": {"met": "partial"},
        "B2": {"provided": true}, "P1": {"value": 380000}, "P2": {"rank": 3, "last": true}}}],
      "cohorts": {"P1": [380000, 450000]},
      "kpi_values": {"win_rate": 0.24, "csat": null}}"""
    document = ratings_from_text(text, "r.json")
    (rater,) = document.raters
    assert rater.role is RaterRole.SUPERIOR
    assert document.claimed_weights == {RaterRole.SUPERIOR: D(100)}
    assert rater.ratings["A1"].score == D(95) and rater.ratings["A2"].not_applicable
    assert rater.ratings["B1"].met is MetLevel.PARTIAL and rater.ratings["B2"].provided
    assert rater.ratings["P2"].rank == RankPlace(3, True)
    assert document.inputs.kpi_values == {"win_rate": D("0.24"), "csat": None}
    assert document.inputs.cohorts == {"P1": [D(380000), D(450000)]}


def test_ratings_errors_name_the_place() -> None:
    with pytest.raises(
        ValidationError, match=r"raters\[0\]\.ratings\.B1\.met: unknown met answer 'half'"
    ):
        ratings_from_text('{"raters": [{"ratings": {"B1": {"met": "half"}}}]}', "r.json")


def test_export_shape() -> None:
    data = template_to_json(supervisor_template())
    assert data["format"] == "kpm-rubric-template"
    method = data["categories"][0]["indicators"][0]["method"]
    assert method["kind"] == "levels" and method["levels"][0] == {
        "name": "优",
        "descriptor": "标准格式内容规范完整、方法切实可行、文字精炼简洁、易于理解",
        "lo": D(90),
        "hi": D(100),
    }
