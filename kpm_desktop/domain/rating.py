"""What a rater enters for each indicator, and the results scoring returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kpm_desktop.domain.rubric import RaterRole


class MetLevel(StrEnum):
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


@dataclass(frozen=True)
class RankPlace:
    """A precomputed place among those compared: position 1 is the best."""

    position: int
    is_last: bool = False


@dataclass(frozen=True)
class IndicatorRating:
    """One rater's input for one indicator; which fields count depends on the method.

    levels: `level` (name) and optionally `score` inside its range (default: the top of
    the range), or `score` alone (its level is found). scale: `score`. kpi: `value` (the
    actual figure; else the KPI value supplied to scoring is used). met: `met`.
    provided: `provided`. rank: `value` (ranked against the cohort) or `rank`.
    `not_applicable` leaves the indicator out and re-normalises the other weights.
    """

    level: str | None = None
    score: Decimal | None = None
    value: Decimal | None = None
    met: MetLevel | None = None
    provided: bool | None = None
    rank: RankPlace | None = None
    not_applicable: bool = False
    comment: str = ""


@dataclass(frozen=True)
class RaterRatings:
    """All of one rater's ratings, by indicator code."""

    role: RaterRole
    ratings: Mapping[str, IndicatorRating] = field(default_factory=dict)


@dataclass(frozen=True)
class IndicatorOutcome:
    """What an indicator's method makes of a rating, before weights."""

    fraction: Decimal
    points: Decimal
    max_points: Decimal
    label: str | None = None


@dataclass(frozen=True)
class IndicatorScore:
    """An indicator's line on the sheet.

    `effective_weight` is the weight after N/A re-normalisation (2 decimals, totalling
    100.00 over the indicators that count); `earned` = fraction x effective weight,
    rounded to 2 decimals. `fraction` is None for N/A and unrated indicators.
    """

    code: str
    name: str
    category: str
    weight: Decimal
    effective_weight: Decimal
    fraction: Decimal | None
    points: Decimal | None
    max_points: Decimal
    label: str | None
    earned: Decimal
    not_applicable: bool = False
    rated: bool = True


@dataclass(frozen=True)
class RaterScore:
    """One rater's sheet: `earned_sum` (0-100) mapped onto the scale gives `total`."""

    role: RaterRole
    weight: Decimal
    indicators: tuple[IndicatorScore, ...]
    earned_sum: Decimal
    total: Decimal
    grade: str

    @property
    def complete(self) -> bool:
        """Whether every indicator of this rater's sheet is rated or N/A."""
        return all(line.rated for line in self.indicators)


@dataclass(frozen=True)
class AppraisalScore:
    """All raters; `final` is the rater-weighted total, `grade` its grade."""

    raters: tuple[RaterScore, ...]
    final: Decimal
    grade: str

    @property
    def complete(self) -> bool:
        """Whether every indicator of every rater is rated or N/A: the score finalizing
        would store. A live (partial) score that is not complete is shown as not scored."""
        return all(rater.complete for rater in self.raters)


@dataclass(frozen=True)
class QuotaBreach:
    """A grade given to more people than its forced-distribution quota allows."""

    grade: str
    count: int
    allowed: int
    max_percent: Decimal

    @property
    def excess(self) -> int:
        return self.count - self.allowed
