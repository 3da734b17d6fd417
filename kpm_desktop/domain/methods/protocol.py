"""What every scoring method offers, and the inputs scoring hands it.

A method is immutable data that validates itself, scores a rating, writes its JSON and
says how the form asks for a rating and how the sheet prints its rule. Reading JSON and
the defaults live in the registry (`domain/methods/registry.py`), keyed by `MethodKind`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import UserText

if TYPE_CHECKING:
    from kpm_desktop.domain.methods.levels import Level
    from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating

ZERO = Decimal(0)
ONE = Decimal(1)


class MethodKind(StrEnum):
    LEVELS = "levels"
    KPI = "kpi"
    MET = "met"
    PROVIDED = "provided"
    SCALE = "scale"
    RANK = "rank"
    PERCENT = "percent"


@dataclass(frozen=True)
class ScoringContext:
    """What scoring knows besides the rating: `where` names the indicator in messages,
    `cohort` holds every value compared for a rank indicator, `kpi_values` the KPI figures."""

    where: str
    cohort: Sequence[Decimal] = ()
    kpi_values: Mapping[str, Decimal | None] | None = None


class RatingField(StrEnum):
    """The `IndicatorRating` field a number typed on the form goes to."""

    SCORE = "score"
    VALUE = "value"


@dataclass(frozen=True)
class LevelChoice:
    """The form offers the method's levels and a score inside the chosen one."""

    levels: tuple[Level, ...]
    max_points: Decimal


@dataclass(frozen=True)
class MetChoice:
    """The form offers met / partly met / not met."""


@dataclass(frozen=True)
class ProvidedChoice:
    """The form offers provided / not provided."""


@dataclass(frozen=True)
class NumberEntry:
    """The form takes a number in [lo, hi]; `suffix` (e.g. '%') is shown after it."""

    lo: Decimal
    hi: Decimal
    field: RatingField
    suffix: str = ""


@dataclass(frozen=True)
class KpiFigureInput:
    """Nothing to enter: the KPI figure computed from the CRM data is scored (against
    `target` when the method has one)."""

    kpi_key: str
    target: Decimal | None = None


RatingInput = LevelChoice | MetChoice | ProvidedChoice | NumberEntry | KpiFigureInput
"""How the appraisal form asks for a rating; a closed union, matched with assert_never."""


class ScoringMethod(Protocol):
    """One way an indicator is scored (docs/formats.md lists them)."""

    @property
    def kind(self) -> MethodKind: ...

    @property
    def max_points(self) -> Decimal: ...

    @property
    def kpi_key(self) -> str | None:
        """The KPI the method scores, or None when a rater enters the rating."""
        ...

    @property
    def ranks_a_cohort(self) -> bool:
        """Whether the rating is placed among the values compared in the same cycle."""
        ...

    def problems(self) -> list[UserText]:
        """What is wrong with the method on its own (no indicator context)."""
        ...

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        """Points and fraction for a rating; raises ValidationError on bad input."""
        ...

    def to_json(self) -> dict[str, Any]:
        """The method's JSON object, `kind` included (numbers stay Decimal)."""
        ...

    def rating_input(self) -> RatingInput:
        """How the appraisal form asks for a rating."""
        ...

    def descriptor_levels(self) -> tuple[Level, ...]:
        """The graded descriptors the sheet prints (empty for methods without levels)."""
        ...

    def printed_rule(self) -> str:
        """The rule in Chinese for the printed sheet, or '' when the levels say it all."""
        ...


def fraction_of(points: Decimal, max_points: Decimal) -> Decimal:
    """points / max_points held to [0, 1]; 0 when there is no maximum."""
    return min(ONE, max(ZERO, points / max_points)) if max_points > 0 else ZERO


def positive_max_points(max_points: Decimal) -> list[UserText]:
    if max_points > 0:
        return []
    return [UserText("maximum points {max_points} must be above 0", max_points=fmt(max_points))]
