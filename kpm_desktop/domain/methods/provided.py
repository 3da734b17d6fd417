"""Provided or not: full marks when provided, 0 otherwise (seed: 2 points)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.json_reading import Reader
from kpm_desktop.domain.methods.protocol import (
    ZERO,
    MethodKind,
    ProvidedChoice,
    RatingInput,
    ScoringContext,
    fraction_of,
    positive_max_points,
)
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating

if TYPE_CHECKING:
    from kpm_desktop.domain.methods.levels import Level


@dataclass(frozen=True)
class ProvidedMethod:
    """Full marks when provided, 0 otherwise (seed: 2 points)."""

    max_points: Decimal = Decimal(2)

    kpi_key = None
    ranks_a_cohort = False

    @property
    def kind(self) -> MethodKind:
        return MethodKind.PROVIDED

    def problems(self) -> list[UserText]:
        return positive_max_points(self.max_points)

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        if rating.provided is None:
            raise ValidationError(
                "{indicator}: say whether it is provided", indicator=context.where
            )
        points = self.max_points if rating.provided else ZERO
        label = "provided" if rating.provided else "not provided"
        return IndicatorOutcome(
            fraction_of(points, self.max_points), points, self.max_points, label
        )

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "max_points": self.max_points}

    def rating_input(self) -> RatingInput:
        return ProvidedChoice()

    def descriptor_levels(self) -> tuple[Level, ...]:
        return ()

    def printed_rule(self) -> str:
        return ""


def provided_from_json(reader: Reader, format_version: int) -> ProvidedMethod:
    return ProvidedMethod(reader.field("max_points").number())


JSON_SCHEMA: dict[str, Any] = {
    "required": ["max_points"],
    "properties": {"max_points": {"$ref": "#/$defs/number"}},
}
