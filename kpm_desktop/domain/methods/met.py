"""Met / partly / not: full marks, `partial_points` or 0 (seed: 5 / 3 / 0)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.json_reading import Reader
from kpm_desktop.domain.methods.protocol import (
    ZERO,
    MetChoice,
    MethodKind,
    RatingInput,
    ScoringContext,
    fraction_of,
    positive_max_points,
)
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating, MetLevel

if TYPE_CHECKING:
    from kpm_desktop.domain.methods.levels import Level


@dataclass(frozen=True)
class MetMethod:
    """Full marks when met, `partial_points` when partly met, 0 when not (seed: 5 / 3 / 0)."""

    max_points: Decimal = Decimal(5)
    partial_points: Decimal = Decimal(3)

    kpi_key = None
    ranks_a_cohort = False

    @property
    def kind(self) -> MethodKind:
        return MethodKind.MET

    def problems(self) -> list[UserText]:
        problems = positive_max_points(self.max_points)
        if not 0 <= self.partial_points <= self.max_points:
            problems.append(
                UserText(
                    "partial points {partial_points} are outside 0-{max_points}",
                    partial_points=fmt(self.partial_points),
                    max_points=fmt(self.max_points),
                )
            )
        return problems

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        if rating.met is None:
            raise ValidationError(
                "{indicator}: say whether it is met (full/partial/none)", indicator=context.where
            )
        points = {
            MetLevel.FULL: self.max_points,
            MetLevel.PARTIAL: self.partial_points,
            MetLevel.NONE: ZERO,
        }[rating.met]
        return IndicatorOutcome(
            fraction_of(points, self.max_points), points, self.max_points, rating.met.value
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "max_points": self.max_points,
            "partial_points": self.partial_points,
        }

    def rating_input(self) -> RatingInput:
        return MetChoice()

    def descriptor_levels(self) -> tuple[Level, ...]:
        return ()

    def printed_rule(self) -> str:
        return ""


def met_from_json(reader: Reader, format_version: int) -> MetMethod:
    partial = reader.optional("partial_points")
    return MetMethod(
        reader.field("max_points").number(), Decimal(3) if partial is None else partial.number()
    )


JSON_SCHEMA: dict[str, Any] = {
    "required": ["max_points"],
    "properties": {
        "max_points": {"$ref": "#/$defs/number"},
        "partial_points": {"$ref": "#/$defs/number"},
    },
}
