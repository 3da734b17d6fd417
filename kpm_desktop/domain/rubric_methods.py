"""The six ways an indicator is scored (docs/formats.md, "Scoring methods"), as plain data.

Each method knows its maximum points; turning a rating into points lives in
`domain/scoring.py`, checking a method's own consistency in `domain/rubric_validation.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class MethodKind(StrEnum):
    LEVELS = "levels"
    KPI = "kpi"
    MET = "met"
    PROVIDED = "provided"
    SCALE = "scale"
    RANK = "rank"


class KpiDirection(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class RankOrder(StrEnum):
    """Which end of the compared values takes position 1."""

    LOWEST_FIRST = "lowest_first"
    HIGHEST_FIRST = "highest_first"


@dataclass(frozen=True)
class Level:
    """A graded descriptor (考评标准): the rater picks it and a score inside [lo, hi]."""

    name: str
    descriptor: str
    lo: Decimal
    hi: Decimal


@dataclass(frozen=True)
class LevelsMethod:
    max_points: Decimal
    levels: tuple[Level, ...]

    @property
    def kind(self) -> MethodKind:
        return MethodKind.LEVELS


@dataclass(frozen=True)
class KpiLinearMethod:
    """Points in proportion to attainment of a target, full marks from `cap` x target.

    Attainment is actual / target, or target / actual when lower is better; the fraction
    is attainment / cap, held to [0, 1]. With cap 1 the target itself earns full marks.
    """

    kpi_key: str
    target: Decimal
    direction: KpiDirection = KpiDirection.HIGHER_IS_BETTER
    cap: Decimal = Decimal(1)

    @property
    def kind(self) -> MethodKind:
        return MethodKind.KPI

    @property
    def max_points(self) -> Decimal:
        return Decimal(1)


@dataclass(frozen=True)
class KpiBand:
    """A value band [lo, hi): None leaves that side open."""

    name: str
    lo: Decimal | None
    hi: Decimal | None
    points: Decimal

    def contains(self, value: Decimal) -> bool:
        return (self.lo is None or value >= self.lo) and (self.hi is None or value < self.hi)


@dataclass(frozen=True)
class KpiBandsMethod:
    """Points by the band the KPI value falls in; a value in no band earns 0."""

    kpi_key: str
    max_points: Decimal
    bands: tuple[KpiBand, ...]

    @property
    def kind(self) -> MethodKind:
        return MethodKind.KPI


@dataclass(frozen=True)
class MetMethod:
    """Full marks when met, `partial_points` when partly met, 0 when not (seed: 5 / 3 / 0)."""

    max_points: Decimal = Decimal(5)
    partial_points: Decimal = Decimal(3)

    @property
    def kind(self) -> MethodKind:
        return MethodKind.MET


@dataclass(frozen=True)
class ProvidedMethod:
    """Full marks when provided, 0 otherwise (seed: 2 points)."""

    max_points: Decimal = Decimal(2)

    @property
    def kind(self) -> MethodKind:
        return MethodKind.PROVIDED


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


@dataclass(frozen=True)
class ScaleMethod:
    """A numeric rating min..max; its fraction follows `rule`."""

    min_value: Decimal
    max_value: Decimal
    bands: tuple[ScaleBand, ...] = ()
    rule: ScaleRule = ScaleRule.MIN_TO_MAX

    def fraction(self, rating: Decimal) -> Decimal:
        """The exact fraction of full points `rating` (inside min..max) earns."""
        if self.rule is ScaleRule.SCORE_OVER_MAX:
            return rating / self.max_value if self.max_value > 0 else Decimal(0)
        span = self.max_value - self.min_value
        return (rating - self.min_value) / span if span > 0 else Decimal(0)

    @property
    def kind(self) -> MethodKind:
        return MethodKind.SCALE

    @property
    def max_points(self) -> Decimal:
        return self.max_value


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

    @property
    def kind(self) -> MethodKind:
        return MethodKind.RANK

    @property
    def max_points(self) -> Decimal:
        candidates = list(self.position_points)
        if self.last_points is not None:
            candidates.append(self.last_points)
        return max(candidates, default=Decimal(0))


ScoringMethod = (
    LevelsMethod
    | KpiLinearMethod
    | KpiBandsMethod
    | MetMethod
    | ProvidedMethod
    | ScaleMethod
    | RankMethod
)
