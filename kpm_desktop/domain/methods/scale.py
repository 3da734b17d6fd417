"""Numeric scale: the rater gives a rating min..max; its fraction follows the scale rule."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.json_reading import Reader
from kpm_desktop.domain.methods.protocol import (
    ONE,
    ZERO,
    MethodKind,
    NumberEntry,
    RatingField,
    RatingInput,
    ScoringContext,
)
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating

if TYPE_CHECKING:
    from kpm_desktop.domain.methods.levels import Level


@dataclass(frozen=True)
class ScaleBand:
    """A named part [lo, hi] of a numeric scale, e.g. 9-10 优秀."""

    name: str
    lo: Decimal
    hi: Decimal


class ScaleRule(StrEnum):
    """How a scale rating becomes a fraction of the indicator's points (docs/formats.md).

    `MIN_TO_MAX`: (rating - min) / (max - min), the lowest rating earns 0 and the highest
    full points. `SCORE_OVER_MAX`: rating / max, the rule of templates stored before
    `MIN_TO_MAX` existed (migration 0013 marks them), kept so their totals never change.
    """

    MIN_TO_MAX = "min_to_max"
    SCORE_OVER_MAX = "score_over_max"


# Version 2 of the template format added the scale `rule`; before, a scale meant rating / max.
_RULE_BEFORE_VERSION_2 = ScaleRule.SCORE_OVER_MAX


@dataclass(frozen=True)
class ScaleMethod:
    """A numeric rating min..max; its fraction follows `rule`."""

    min_value: Decimal
    max_value: Decimal
    bands: tuple[ScaleBand, ...] = ()
    rule: ScaleRule = ScaleRule.MIN_TO_MAX

    kpi_key = None
    ranks_a_cohort = False

    def fraction(self, rating: Decimal) -> Decimal:
        """The exact fraction of full points `rating` (inside min..max) earns."""
        if self.rule is ScaleRule.SCORE_OVER_MAX:
            return rating / self.max_value if self.max_value > 0 else ZERO
        span = self.max_value - self.min_value
        return (rating - self.min_value) / span if span > 0 else ZERO

    @property
    def kind(self) -> MethodKind:
        return MethodKind.SCALE

    @property
    def max_points(self) -> Decimal:
        return self.max_value

    def problems(self) -> list[UserText]:
        problems = []
        if self.min_value < 0 or self.max_value <= self.min_value:
            problems.append(
                UserText(
                    "scale {min_value}-{max_value} must run upwards from 0 or more",
                    min_value=fmt(self.min_value),
                    max_value=fmt(self.max_value),
                )
            )
        for band in self.bands:
            if band.lo > band.hi or band.lo < self.min_value or band.hi > self.max_value:
                problems.append(
                    UserText(
                        "band {name} ({lo}-{hi}) is outside the scale {min_value}-{max_value}",
                        name=band.name,
                        lo=fmt(band.lo),
                        hi=fmt(band.hi),
                        min_value=fmt(self.min_value),
                        max_value=fmt(self.max_value),
                    )
                )
        return problems

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        score = rating.score if rating.score is not None else rating.value
        if score is None:
            raise ValidationError("{indicator}: a score is needed", indicator=context.where)
        if not self.min_value <= score <= self.max_value:
            raise ValidationError(
                "{indicator}: score {score} is outside the scale {min_value}-{max_value}",
                indicator=context.where,
                score=fmt(score),
                min_value=fmt(self.min_value),
                max_value=fmt(self.max_value),
            )
        band = next((b.name for b in self.bands if b.lo <= score <= b.hi), None)
        fraction = min(ONE, max(ZERO, self.fraction(score)))
        return IndicatorOutcome(fraction, score, self.max_value, band)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "min": self.min_value,
            "max": self.max_value,
            "rule": self.rule.value,
            "bands": [{"name": b.name, "lo": b.lo, "hi": b.hi} for b in self.bands],
        }

    def rating_input(self) -> RatingInput:
        return NumberEntry(self.min_value, self.max_value, RatingField.SCORE)

    def descriptor_levels(self) -> tuple[Level, ...]:
        return ()

    def printed_rule(self) -> str:
        span = f"{fmt(self.min_value)}–{fmt(self.max_value)}分"
        if self.rule is ScaleRule.SCORE_OVER_MAX:
            return f"评分区间 {span}，得分比例 = 评分 ÷ 最高分"
        return (
            f"评分区间 {span}，最低分得 0、最高分得满分："
            "得分比例 = (评分 − 最低分) ÷ (最高分 − 最低分)"
        )


def scale_from_json(reader: Reader, format_version: int) -> ScaleMethod:
    """A scale; a document before format version 2 without a `rule` meant rating / max."""
    bands_reader = reader.optional("bands")
    bands = tuple(
        ScaleBand(item.field("name").text(), item.field("lo").number(), item.field("hi").number())
        for item in (bands_reader.items() if bands_reader else [])
    )
    rule_reader = reader.optional("rule")
    if rule_reader:
        rule = rule_reader.choice(ScaleRule, [r.value for r in ScaleRule], "scale rule")
    else:
        rule = _RULE_BEFORE_VERSION_2 if format_version < 2 else ScaleRule.MIN_TO_MAX
    return ScaleMethod(reader.field("min").number(), reader.field("max").number(), bands, rule)


JSON_SCHEMA: dict[str, Any] = {
    "required": ["min", "max"],
    "properties": {
        "min": {"$ref": "#/$defs/number"},
        "max": {"$ref": "#/$defs/number"},
        "rule": {
            "enum": ["min_to_max", "score_over_max"],
            "description": (
                "min_to_max: fraction (rating - min) / (max - min), the default; "
                "score_over_max: rating / max, the rule of templates stored before "
                "format version 2"
            ),
        },
        "bands": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "lo", "hi"],
                "properties": {
                    "name": {"type": "string"},
                    "lo": {"$ref": "#/$defs/number"},
                    "hi": {"$ref": "#/$defs/number"},
                },
            },
        },
    },
}
