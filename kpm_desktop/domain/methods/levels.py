"""Levels (考评标准): the rater picks a graded descriptor and a score inside its range."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.json_reading import Reader
from kpm_desktop.domain.methods.protocol import (
    LevelChoice,
    MethodKind,
    RatingInput,
    ScoringContext,
    fraction_of,
    positive_max_points,
)
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating


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

    kpi_key = None
    ranks_a_cohort = False

    @property
    def kind(self) -> MethodKind:
        return MethodKind.LEVELS

    def problems(self) -> list[UserText]:
        problems = positive_max_points(self.max_points)
        if not self.levels:
            problems.append(UserText("needs at least one level"))
        for name, count in Counter(level.name for level in self.levels).items():
            if count > 1 or not name.strip():
                problems.append(
                    UserText(
                        "level name '{name}' is empty or used {count} times",
                        name=name,
                        count=count,
                    )
                )
        problems.extend(self._range_problems())
        return problems

    def _range_problems(self) -> list[UserText]:
        problems = []
        for level in self.levels:
            span = UserText(
                "level {name} range {lo}-{hi}", name=level.name, lo=fmt(level.lo), hi=fmt(level.hi)
            )
            if level.lo > level.hi:
                problems.append(UserText("{span} runs backwards", span=span))
            elif level.lo < 0 or level.hi > self.max_points:
                problems.append(
                    UserText(
                        "{span} is outside the indicator maximum 0-{max_points}",
                        span=span,
                        max_points=fmt(self.max_points),
                    )
                )
        ordered = sorted(self.levels, key=lambda level: level.lo)
        for lower, upper in itertools.pairwise(ordered):
            if upper.lo <= lower.hi:
                problems.append(
                    UserText(
                        "level {name} ({lo}-{hi}) overlaps level {name2} ({lo2}-{hi2})",
                        name=lower.name,
                        lo=fmt(lower.lo),
                        hi=fmt(lower.hi),
                        name2=upper.name,
                        lo2=fmt(upper.lo),
                        hi2=fmt(upper.hi),
                    )
                )
        return problems

    def _find_level(self, rating: IndicatorRating, where: str) -> Level:
        if rating.level is not None:
            for level in self.levels:
                if level.name == rating.level:
                    return level
            raise ValidationError(
                "{indicator}: unknown level '{level}'; expected one of {names}",
                indicator=where,
                level=rating.level,
                names=", ".join(level.name for level in self.levels),
            )
        if rating.score is None:
            raise ValidationError("{indicator}: a level or a score is needed", indicator=where)
        for level in self.levels:
            if level.lo <= rating.score <= level.hi:
                return level
        raise ValidationError(
            "{indicator}: score {score} is in no level's range",
            indicator=where,
            score=fmt(rating.score),
        )

    def score(self, rating: IndicatorRating, context: ScoringContext) -> IndicatorOutcome:
        level = self._find_level(rating, context.where)
        score = level.hi if rating.score is None else rating.score
        if not level.lo <= score <= level.hi:
            raise ValidationError(
                "{indicator}: score {score} is outside level {name} ({lo}-{hi})",
                indicator=context.where,
                score=fmt(score),
                name=level.name,
                lo=fmt(level.lo),
                hi=fmt(level.hi),
            )
        return IndicatorOutcome(
            fraction_of(score, self.max_points), score, self.max_points, level.name
        )

    def to_json(self) -> dict[str, Any]:
        levels = [
            {"name": lv.name, "descriptor": lv.descriptor, "lo": lv.lo, "hi": lv.hi}
            for lv in self.levels
        ]
        return {"kind": self.kind.value, "max_points": self.max_points, "levels": levels}

    def rating_input(self) -> RatingInput:
        return LevelChoice(self.levels, self.max_points)

    def descriptor_levels(self) -> tuple[Level, ...]:
        return self.levels

    def printed_rule(self) -> str:
        return ""


def levels_from_json(reader: Reader, format_version: int) -> LevelsMethod:
    levels = tuple(
        Level(
            item.field("name").text(),
            item.field("descriptor").text() if item.has("descriptor") else "",
            item.field("lo").number(),
            item.field("hi").number(),
        )
        for item in reader.field("levels").items()
    )
    return LevelsMethod(reader.field("max_points").number(), levels)


def default_levels() -> LevelsMethod:
    """What a new indicator starts with: out of 100, levels 优/良/中/差 without descriptors."""
    spans = (("优", 90, 100), ("良", 75, 89), ("中", 60, 74), ("差", 0, 59))
    return LevelsMethod(
        Decimal(100), tuple(Level(name, "", Decimal(lo), Decimal(hi)) for name, lo, hi in spans)
    )


JSON_SCHEMA: dict[str, Any] = {
    "required": ["max_points", "levels"],
    "properties": {
        "max_points": {"$ref": "#/$defs/number"},
        "levels": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "lo", "hi"],
                "properties": {
                    "name": {"type": "string"},
                    "descriptor": {"type": "string"},
                    "lo": {"$ref": "#/$defs/number"},
                    "hi": {"$ref": "#/$defs/number"},
                },
            },
        },
    },
}
