"""KPI methods: points from a figure computed from the CRM data, in proportion to a target
(linear) or by the value band it falls in (bands). Both are JSON kind "kpi"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kpm_desktop.domain.decimals import fmt, round_to
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.json_reading import Reader
from kpm_desktop.domain.kpi import KPI_DEFINITIONS
from kpm_desktop.domain.methods.protocol import (
    ONE,
    ZERO,
    KpiFigureInput,
    MethodKind,
    RatingInput,
    ScoringContext,
    fraction_of,
    positive_max_points,
)
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating

if TYPE_CHECKING:
    from kpm_desktop.domain.methods.levels import Level

_KPI_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class KpiDirection(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


@dataclass(frozen=True)
class KpiBand:
    """A value band [lo, hi): None leaves that side open."""

    name: str
    lo: Decimal | None
    hi: Decimal | None
    points: Decimal

    def contains(self, value: Decimal) -> bool:
        return (self.lo is None or value >= self.lo) and (self.hi is None or value < self.hi)


def _key_problems(key: str) -> list[UserText]:
    if _KPI_KEY.match(key):
        return []
    return [UserText("KPI key '{key}' is not a key like win_rate", key=key)]


def _kpi_value(key: str, rating: IndicatorRating, context: ScoringContext) -> Decimal:
    if rating.value is not None:
        return rating.value
    value = (context.kpi_values or {}).get(key)
    if value is None:
        raise ValidationError(
            "{indicator}: no value for KPI {key}", indicator=context.where, key=key
        )
    return value


class _KpiCommon:
    """What both KPI methods share: a KPI figure, no descriptors, no rule to print."""

    kpi_key: str
    ranks_a_cohort = False

    @property
    def kind(self) -> MethodKind:
        return MethodKind.KPI

    def descriptor_levels(self) -> tuple[Level, ...]:
        return ()

    def printed_rule(self) -> str:
        return ""


@dataclass(frozen=True)
class KpiLinearMethod(_KpiCommon):
    """Points in proportion to attainment of a target, full marks from `cap` x target.

    Attainment is actual / target, or target / actual when lower is better; the fraction
    is attainment / cap, held to [0, 1]. With cap 1 the target itself earns full marks.
    """

    kpi_key: str
    target: Decimal
    direction: KpiDirection = KpiDirection.HIGHER_IS_BETTER
    cap: Decimal = Decimal(1)

    @property
    def max_points(self) -> Decimal:
        return ONE

    def problems(self) -> list[UserText]:
        problems = _key_problems(self.kpi_key)
        if self.target == 0:
            problems.append(
                UserText(
                    "KPI target is 0: {kpi_key} needs a target to measure against",
                    kpi_key=self.kpi_key,
                )
            )
        elif self.target < 0:
            problems.append(
                UserText("KPI target {target} must be above 0", target=fmt(self.target))
            )
        if self.cap <= 0:
            problems.append(UserText("cap {cap} must be above 0", cap=fmt(self.cap)))
        return problems

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        value = _kpi_value(self.kpi_key, rating, context)
        if self.target <= 0 or self.cap <= 0:
            raise ValidationError(
                "{indicator}: KPI target {target} and cap {cap} must be above 0",
                indicator=context.where,
                target=fmt(self.target),
                cap=fmt(self.cap),
            )
        if self.direction is KpiDirection.HIGHER_IS_BETTER:
            attainment = value / self.target
        elif value <= 0:
            attainment = self.cap  # nothing to wait for or complain about: the best possible
        else:
            attainment = self.target / value
        fraction = fraction_of(attainment, self.cap)
        return IndicatorOutcome(fraction, fraction, ONE, f"{fmt(round_to(attainment * 100, 2))}%")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "kpi": self.kpi_key,
            "mode": "linear",
            "target": self.target,
            "direction": self.direction.value,
            "cap": self.cap,
        }

    def rating_input(self) -> RatingInput:
        return KpiFigureInput(self.kpi_key, self.target)


@dataclass(frozen=True)
class KpiBandsMethod(_KpiCommon):
    """Points by the band the KPI value falls in; a value in no band earns 0."""

    kpi_key: str
    max_points: Decimal
    bands: tuple[KpiBand, ...]

    def problems(self) -> list[UserText]:
        problems = _key_problems(self.kpi_key) + positive_max_points(self.max_points)
        if not self.bands:
            problems.append(UserText("needs at least one value band"))
        for band in self.bands:
            if not 0 <= band.points <= self.max_points:
                problems.append(
                    UserText(
                        "band {name} gives {points} points, outside 0-{max_points}",
                        name=band.name,
                        points=fmt(band.points),
                        max_points=fmt(self.max_points),
                    )
                )
            if band.lo is not None and band.hi is not None and band.lo >= band.hi:
                problems.append(
                    UserText(
                        "band {name} from {lo} to {hi} is empty",
                        name=band.name,
                        lo=fmt(band.lo),
                        hi=fmt(band.hi),
                    )
                )
        for i, band in enumerate(self.bands):
            for other in self.bands[i + 1 :]:
                if _bands_overlap(band, other):
                    problems.append(
                        UserText(
                            "bands {name} and {name2} overlap", name=band.name, name2=other.name
                        )
                    )
        return problems

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        value = _kpi_value(self.kpi_key, rating, context)
        band = next((b for b in self.bands if b.contains(value)), None)
        points = band.points if band else ZERO
        return IndicatorOutcome(
            fraction_of(points, self.max_points),
            points,
            self.max_points,
            band.name if band else None,
        )

    def to_json(self) -> dict[str, Any]:
        bands = [{"name": b.name, "lo": b.lo, "hi": b.hi, "points": b.points} for b in self.bands]
        return {
            "kind": self.kind.value,
            "kpi": self.kpi_key,
            "mode": "bands",
            "max_points": self.max_points,
            "bands": bands,
        }

    def rating_input(self) -> RatingInput:
        return KpiFigureInput(self.kpi_key)


def _bands_overlap(first: KpiBand, second: KpiBand) -> bool:
    first_ends_before = first.hi is not None and second.lo is not None and first.hi <= second.lo
    second_ends_before = second.hi is not None and first.lo is not None and second.hi <= first.lo
    return not (first_ends_before or second_ends_before)


def _optional_number(reader: Reader, key: str) -> Decimal | None:
    field = reader.optional(key)
    return field.number() if field else None


def kpi_from_json(reader: Reader, format_version: int) -> KpiLinearMethod | KpiBandsMethod:
    key = reader.field("kpi").text()
    mode = reader.field("mode").text() if reader.has("mode") else "linear"
    if mode == "linear":
        direction = KpiDirection.HIGHER_IS_BETTER
        if reader.has("direction"):
            direction = reader.field("direction").choice(
                KpiDirection, [d.value for d in KpiDirection], "direction"
            )
        cap = _optional_number(reader, "cap")
        return KpiLinearMethod(
            key, reader.field("target").number(), direction, ONE if cap is None else cap
        )
    if mode != "bands":
        raise reader.field("mode").error(
            "unknown KPI mode '{mode}'; expected linear or bands", mode=mode
        )
    bands = tuple(
        KpiBand(
            item.field("name").text(),
            _optional_number(item, "lo"),
            _optional_number(item, "hi"),
            item.field("points").number(),
        )
        for item in reader.field("bands").items()
    )
    return KpiBandsMethod(key, reader.field("max_points").number(), bands)


def default_kpi() -> KpiLinearMethod:
    return KpiLinearMethod(KPI_DEFINITIONS[0].key, ONE)


JSON_SCHEMA: dict[str, Any] = {
    "required": ["kpi"],
    "properties": {
        "kpi": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "mode": {"enum": ["linear", "bands"]},
        "target": {"$ref": "#/$defs/number"},
        "direction": {"enum": ["higher_is_better", "lower_is_better"]},
        "cap": {"$ref": "#/$defs/number"},
        "max_points": {"$ref": "#/$defs/number"},
        "bands": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "points"],
                "properties": {
                    "name": {"type": "string"},
                    "lo": {"$ref": "#/$defs/optional_number"},
                    "hi": {"$ref": "#/$defs/optional_number"},
                    "points": {"$ref": "#/$defs/number"},
                },
            },
        },
    },
    "if": {"properties": {"mode": {"const": "bands"}}, "required": ["mode"]},
    "then": {"required": ["max_points", "bands"]},
    "else": {"required": ["target"]},
}
