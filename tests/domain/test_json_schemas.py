"""The published JSON Schemas accept what we write and refuse what we refuse."""

import json
from pathlib import Path

import jsonschema
import pytest

from kpm_desktop.domain.builtin_templates import builtin_templates
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.ratings_json import ratings_from_text
from kpm_desktop.domain.rubric_json import template_to_text

SCHEMAS = Path(__file__).resolve().parents[2] / "resources" / "schemas"


def schema(name: str) -> dict:
    loaded = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.name)
def test_exported_templates_match_the_schema(template) -> None:
    jsonschema.validate(
        json.loads(template_to_text(template)), schema("rubric-template.schema.json")
    )


def test_unknown_method_is_refused_by_the_schema() -> None:
    data = json.loads(template_to_text(builtin_templates()[0]))
    data["categories"][0]["indicators"][0]["method"]["kind"] = "vote"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema("rubric-template.schema.json"))


RATINGS = {
    "format": "kpm-ratings",
    "raters": [{"role": "panel", "ratings": {"F1": {"met": "partial"}, "P1": {"value": 380000}}}],
    "cohorts": {"P1": [380000, 450000, 520000]},
    "kpi_values": {"csat": None, "win_rate": "0.24"},
}


def test_ratings_match_the_schema_and_the_reader() -> None:
    jsonschema.validate(RATINGS, schema("ratings.schema.json"))
    ratings_from_text(json.dumps(RATINGS), "r.json")


def test_a_misspelt_rating_field_is_refused_by_both() -> None:
    data = {"raters": [{"ratings": {"A1": {"scor": 90}}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema("ratings.schema.json"))
    with pytest.raises(ValidationError, match=r"raters\[0\]\.ratings\.A1: unknown field 'scor'"):
        ratings_from_text(json.dumps(data), "r.json")
