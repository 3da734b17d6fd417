"""`kpm score` reads JSON strictly: too deep, a key twice, and every rating problem named
with its file, rater and indicator."""

import json
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.json_reading import MAX_DEPTH, loads
from kpm_desktop.domain.rubric_json import template_to_text

RATINGS = (
    '{"format": "kpm-ratings", "raters": [{"role": "superior", "ratings": {'
    '"A1": {"level": "优", "score": 95}, "A2": {"level": "良", "score": 80}, '
    '"A3": {"level": "中", "score": 65}, "A4": {"level": "差", "score": 50}}}]}'
)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "sup.json"
    path.write_text(template_to_text(supervisor_template()), encoding="utf-8")
    return path


def score_error(template: Path, ratings: Path, capsys) -> str:
    assert main(["score", str(template), str(ratings)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 1 and "Traceback" not in captured.err
    return lines[0]


def test_two_kilobytes_of_brackets_are_refused_without_a_traceback(
    template: Path, tmp_path: Path, capsys
) -> None:
    ratings = tmp_path / "deep.json"
    ratings.write_text("[" * 2048, encoding="utf-8")
    error = score_error(template, ratings, capsys)
    assert error == f"kpm: error: {ratings}: line 1 column 65: nested deeper than 64 levels"


def test_the_limit_counts_brackets_only_outside_strings() -> None:
    deep_enough = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert loads(deep_enough, "ok.json") is not None
    assert loads('{"text": "' + "[" * 500 + '\\"{"}', "ok.json")["text"].startswith("[[")
    with pytest.raises(ValidationError, match="nested deeper than 64 levels"):
        loads("[" + deep_enough + "]", "deep.json")


def test_a_rating_given_twice_is_refused_naming_the_key_and_the_file(
    template: Path, tmp_path: Path, capsys
) -> None:
    ratings = tmp_path / "twice.json"
    ratings.write_text(RATINGS.replace('"A4": {"level": "差", "score": 50}',
                                       '"A4": {"level": "差"}, "A1": {"level": "差"}'),
                       encoding="utf-8")  # fmt: skip
    error = score_error(template, ratings, capsys)
    assert error == (
        f"kpm: error: {ratings}: the key 'A1' appears twice in one object (with A2, A3, A4)"
    )


def test_a_score_outside_the_scale_names_file_rater_and_indicator(
    template: Path, tmp_path: Path, capsys
) -> None:
    ratings = tmp_path / "ratings.json"
    ratings.write_text(RATINGS.replace('"score": 95', '"score": 120'), encoding="utf-8")
    error = score_error(template, ratings, capsys)
    assert error.startswith(f"kpm: error: {ratings}: rater superior: indicator A1 (")
    assert error.endswith("score 120 is outside level 优 (90-100)")


def test_a_missing_rating_names_file_rater_and_indicator(
    template: Path, tmp_path: Path, capsys
) -> None:
    data = json.loads(RATINGS)
    del data["raters"][0]["ratings"]["A3"]
    ratings = tmp_path / "missing.json"
    ratings.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    error = score_error(template, ratings, capsys)
    assert error.startswith(f"kpm: error: {ratings}: rater superior: indicator A3 (")
    assert error.endswith("has no rating")
