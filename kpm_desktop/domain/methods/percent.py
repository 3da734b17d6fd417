"""Percent: the rater enters an achievement 0-100 %; the indicator earns
weight x achievement / 100 (rounded half up to 2 decimals with every earned score)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.json_reading import Reader
from kpm_desktop.domain.methods.protocol import (
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

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class PercentMethod:
    """An achievement in per cent: its points are the achievement out of 100, its fraction
    achievement / 100, so the indicator earns that share of its weight."""

    kpi_key = None
    ranks_a_cohort = False

    @property
    def kind(self) -> MethodKind:
        return MethodKind.PERCENT

    @property
    def max_points(self) -> Decimal:
        return HUNDRED

    def problems(self) -> list[UserText]:
        return []

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        achieved = rating.score if rating.score is not None else rating.value
        if achieved is None:
            raise ValidationError(
                "{indicator}: an achievement in per cent is needed", indicator=context.where
            )
        if not ZERO <= achieved <= HUNDRED:
            raise ValidationError(
                "{indicator}: achievement {achieved} % is outside 0-100",
                indicator=context.where,
                achieved=fmt(achieved),
            )
        return IndicatorOutcome(achieved / HUNDRED, achieved, HUNDRED, f"{fmt(achieved)}%")

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value}

    def rating_input(self) -> RatingInput:
        return NumberEntry(ZERO, HUNDRED, RatingField.SCORE, suffix=" %")

    def descriptor_levels(self) -> tuple[Level, ...]:
        return ()

    def printed_rule(self) -> str:
        return "完成率 0–100%，得分 = 权重 × 完成率 ÷ 100"


def percent_from_json(reader: Reader, format_version: int) -> PercentMethod:
    return PercentMethod()


JSON_SCHEMA: dict[str, Any] = {
    "description": "no settings: the rater enters the achievement 0-100 % as the score",
}
