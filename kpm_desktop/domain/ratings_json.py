"""The ratings JSON format read by `kpm score`, and the score it prints (docs/formats.md)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kpm_desktop.domain.decimals import fmt, round_to
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.json_reading import Reader, loads
from kpm_desktop.domain.rating import (
    AppraisalScore,
    IndicatorRating,
    IndicatorScore,
    MetLevel,
    RankPlace,
    RaterRatings,
)
from kpm_desktop.domain.rubric import RaterRole, RubricTemplate
from kpm_desktop.domain.scoring import ScoringInputs, score_appraisal, score_rater

RATINGS_FORMAT = "kpm-ratings"


@dataclass(frozen=True)
class RatingsDocument:
    """Parsed ratings: per rater, the weights they claim (if any), and outside figures."""

    raters: tuple[RaterRatings, ...]
    claimed_weights: dict[RaterRole, Decimal]
    inputs: ScoringInputs


_RATING_FIELDS = {"level", "score", "value", "met", "provided", "rank", "last", "na", "comment"}


def _rating(reader: Reader) -> IndicatorRating:
    unknown = sorted(set(reader.obj()) - _RATING_FIELDS)
    if unknown:
        raise reader.error(
            "unknown field '{unknown}'; expected some of {fields}",
            unknown=unknown[0],
            fields=", ".join(sorted(_RATING_FIELDS)),
        )

    def number(key: str) -> Decimal | None:
        field = reader.optional(key)
        return field.number() if field else None

    met = reader.optional("met")
    provided = reader.optional("provided")
    rank = reader.optional("rank")
    last = reader.optional("last")
    na = reader.optional("na")
    level = reader.optional("level")
    comment = reader.optional("comment")
    return IndicatorRating(
        level=level.text() if level else None,
        score=number("score"),
        value=number("value"),
        met=met.choice(MetLevel, [m.value for m in MetLevel], "met answer") if met else None,
        provided=provided.boolean() if provided else None,
        rank=RankPlace(rank.integer(), last.boolean() if last else False) if rank else None,
        not_applicable=na.boolean() if na else False,
        comment=comment.text() if comment else "",
    )


def ratings_from_json(data: Any, source: str) -> RatingsDocument:
    reader = Reader(data, source)
    reader.obj()
    if reader.has("format") and reader.field("format").text() != RATINGS_FORMAT:
        raise reader.field("format").error("expected '{format}'", format=RATINGS_FORMAT)
    raters: list[RaterRatings] = []
    weights: dict[RaterRole, Decimal] = {}
    for item in reader.field("raters").items():
        role_reader = item.optional("role")
        role = (
            role_reader.choice(RaterRole, [r.value for r in RaterRole], "rater role")
            if role_reader
            else RaterRole.SUPERIOR
        )
        weight = item.optional("weight")
        if weight:
            weights[role] = weight.number()
        ratings = {code: _rating(r) for code, r in item.field("ratings").entries()}
        raters.append(RaterRatings(role, ratings))
    cohorts_reader = reader.optional("cohorts")
    cohorts = {
        code: [value.number() for value in values.items()]
        for code, values in (cohorts_reader.entries() if cohorts_reader else [])
    }
    kpi_reader = reader.optional("kpi_values")
    kpi_values = {
        key: None if value.data is None else value.number()
        for key, value in (kpi_reader.entries() if kpi_reader else [])
    }
    return RatingsDocument(tuple(raters), weights, ScoringInputs(cohorts, kpi_values))


def ratings_from_text(text: str, source: str) -> RatingsDocument:
    return ratings_from_json(loads(text, source), source)


def check_claimed_weights(template: RubricTemplate, document: RatingsDocument, source: str) -> None:
    """A rater weight in the ratings file must agree with the template's."""
    template_weights = {r.role: r.weight for r in template.raters}
    for role, weight in document.claimed_weights.items():
        expected = template_weights.get(role)
        if expected is not None and expected != weight:
            raise ValidationError(
                "{source}: rater {role} weight {weight} differs from the template's {expected}",
                source=source,
                role=role.value,
                weight=fmt(weight),
                expected=fmt(expected),
            )


def score_document(
    template: RubricTemplate, document: RatingsDocument, source: str
) -> AppraisalScore:
    """Score a ratings file; every problem names the file, and a rating's also the rater
    (and, from the scoring, the indicator)."""
    check_claimed_weights(template, document, source)
    for rater in document.raters:
        try:
            score_rater(template, rater, document.inputs)
        except ValidationError as exc:
            raise ValidationError(
                "{file}: rater {role}: {problem}",
                file=source,
                role=rater.role.value,
                problem=exc.text,
            ) from exc
    try:
        return score_appraisal(template, document.raters, document.inputs)
    except ValidationError as exc:
        raise ValidationError("{file}: {problem}", file=source, problem=exc.text) from exc


def _line_to_json(line: IndicatorScore) -> dict[str, Any]:
    return {
        "code": line.code,
        "name": line.name,
        "category": line.category,
        "weight": line.weight,
        "effective_weight": line.effective_weight,
        "na": line.not_applicable,
        "label": line.label,
        "points": line.points,
        "max_points": line.max_points,
        "fraction": None if line.fraction is None else round_to(line.fraction, 4),
        "earned": line.earned,
    }


def score_to_json(template: RubricTemplate, score: AppraisalScore) -> dict[str, Any]:
    """What `kpm score` prints; `fraction` is shown to 4 decimals, earned is exact."""
    return {
        "template": template.name,
        "version": template.version,
        "scale": [template.scale.lo, template.scale.hi],
        "raters": [
            {
                "role": rater.role.value,
                "weight": rater.weight,
                "indicators": [_line_to_json(line) for line in rater.indicators],
                "earned_sum": rater.earned_sum,
                "total": rater.total,
                "grade": rater.grade,
            }
            for rater in score.raters
        ],
        "total": score.final,
        "grade": score.grade,
    }
