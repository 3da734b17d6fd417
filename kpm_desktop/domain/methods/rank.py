"""Rank in cycle: points by position among the values compared in the same cycle."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
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
    fraction_of,
)
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating, RankPlace

if TYPE_CHECKING:
    from kpm_desktop.domain.methods.levels import Level

# What the form accepts as a compared value (a price, an amount): any figure up to 10^12.
_LARGEST_VALUE = Decimal(10) ** 12


class RankOrder(StrEnum):
    """Which end of the compared values takes position 1."""

    LOWEST_FIRST = "lowest_first"
    HIGHEST_FIRST = "highest_first"


@dataclass(frozen=True)
class RankMethod:
    """Points by position among the values compared in the same cycle.

    Position 1 is the best (lowest or highest value by `order`); ties share the better
    position. Position p earns `position_points[p - 1]`, positions past the list its last
    entry; when `last_points` is set, the worst value (if it is not also the best) earns it
    instead. The seed's price rule "低者得5分,中间者得4分,高者得3分" is
    position_points (5, 4), last_points 3, lowest first.
    """

    order: RankOrder
    position_points: tuple[Decimal, ...]
    last_points: Decimal | None = None

    kpi_key = None
    ranks_a_cohort = True

    @property
    def kind(self) -> MethodKind:
        return MethodKind.RANK

    @property
    def max_points(self) -> Decimal:
        candidates = list(self.position_points)
        if self.last_points is not None:
            candidates.append(self.last_points)
        return max(candidates, default=ZERO)

    def problems(self) -> list[UserText]:
        problems = []
        if not self.position_points:
            problems.append(UserText("needs points for at least the first position"))
        if any(points < 0 for points in self.position_points) or (
            self.last_points is not None and self.last_points < 0
        ):
            problems.append(UserText("rank points must not be negative"))
        elif self.max_points <= 0:
            problems.append(UserText("some rank position must earn points"))
        return problems

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        place = rating.rank
        if place is None:
            place = self._place_in_cohort(rating, context)
        if place.position < 1:
            raise ValidationError(
                "{indicator}: rank {position} is below 1",
                indicator=context.where,
                position=place.position,
            )
        points = rank_points(self, place)
        return IndicatorOutcome(
            fraction_of(points, self.max_points), points, self.max_points, f"#{place.position}"
        )

    def _place_in_cohort(self, rating: IndicatorRating, context: ScoringContext) -> RankPlace:
        if rating.value is None:
            raise ValidationError(
                "{indicator}: a value or a rank is needed", indicator=context.where
            )
        if rating.value not in context.cohort:
            raise ValidationError(
                "{indicator}: value {rating} is not among the values compared ({count} given)",
                indicator=context.where,
                rating=fmt(rating.value),
                count=len(context.cohort),
            )
        return rank_place(rating.value, context.cohort, self.order)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "order": self.order.value,
            "position_points": list(self.position_points),
            "last_points": self.last_points,
        }

    def rating_input(self) -> RatingInput:
        return NumberEntry(ZERO, _LARGEST_VALUE, RatingField.VALUE)

    def descriptor_levels(self) -> tuple[Level, ...]:
        return ()

    def printed_rule(self) -> str:
        return ""


def rank_place(value: Decimal, cohort: Sequence[Decimal], order: RankOrder) -> RankPlace:
    """The place of `value` among `cohort` (which includes it); ties share the better place."""
    better = [v for v in cohort if (v < value if order is RankOrder.LOWEST_FIRST else v > value)]
    worse = [v for v in cohort if (v > value if order is RankOrder.LOWEST_FIRST else v < value)]
    position = len(better) + 1
    return RankPlace(position, is_last=position > 1 and not worse)


def rank_points(method: RankMethod, place: RankPlace) -> Decimal:
    if place.is_last and place.position > 1 and method.last_points is not None:
        return method.last_points
    index = min(place.position, len(method.position_points)) - 1
    return method.position_points[index]


def rank_from_json(reader: Reader, format_version: int) -> RankMethod:
    order = reader.field("order").choice(RankOrder, [o.value for o in RankOrder], "rank order")
    points = tuple(item.number() for item in reader.field("position_points").items())
    last = reader.optional("last_points")
    return RankMethod(order, points, last.number() if last else None)


JSON_SCHEMA: dict[str, Any] = {
    "required": ["order", "position_points"],
    "properties": {
        "order": {"enum": ["lowest_first", "highest_first"]},
        "position_points": {
            "type": "array",
            "minItems": 1,
            "items": {"$ref": "#/$defs/number"},
        },
        "last_points": {"$ref": "#/$defs/optional_number"},
    },
}
