"""What is wrong with a template, in messages that name the place and the figures.

Two kinds of problem: a broken structure (a level outside the maximum, a duplicate code,
a KPI target of 0) is never saved; weights that do not total 100 are allowed in a draft
while someone edits it, but a template with any problem is never activated.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kpm_desktop.domain.decimals import decimal_places, fmt
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.rubric import Indicator, RubricTemplate, rater_term
from kpm_desktop.domain.rubric_methods import (
    KpiBandsMethod,
    KpiLinearMethod,
    LevelsMethod,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    ScaleMethod,
    ScoringMethod,
)

HUNDRED = Decimal(100)
_KPI_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class ProblemKind(StrEnum):
    STRUCTURE = "structure"
    WEIGHTS = "weights"


@dataclass(frozen=True)
class RubricProblem:
    where: UserText
    message: UserText
    kind: ProblemKind = ProblemKind.STRUCTURE

    @property
    def text(self) -> UserText:
        return UserText("{where}: {problem}", where=self.where, problem=self.message)

    def __str__(self) -> str:
        return str(self.text)


INDICATOR_WEIGHTS = UserText("indicator weights")
RATER_WEIGHTS = UserText("rater weights")


def weight_total_problem(total: Decimal, what: UserText = INDICATOR_WEIGHTS) -> UserText | None:
    """'indicator weights total 99.99, 0.01 short of 100' or None when exactly 100."""
    if total == HUNDRED:
        return None
    gap = HUNDRED - total
    if gap > 0:
        return UserText(
            "{what} total {total}, {gap} short of 100", what=what, total=fmt(total), gap=fmt(gap)
        )
    return UserText(
        "{what} total {total}, {gap} over 100", what=what, total=fmt(total), gap=fmt(-gap)
    )


def _levels_problems(method: LevelsMethod) -> list[UserText]:
    problems = []
    if method.max_points <= 0:
        problems.append(
            UserText(
                "maximum points {max_points} must be above 0", max_points=fmt(method.max_points)
            )
        )
    if not method.levels:
        problems.append(UserText("needs at least one level"))
    for name, count in Counter(level.name for level in method.levels).items():
        if count > 1 or not name.strip():
            problems.append(
                UserText(
                    "level name '{name}' is empty or used {count} times", name=name, count=count
                )
            )
    for level in method.levels:
        span = UserText(
            "level {name} range {lo}-{hi}", name=level.name, lo=fmt(level.lo), hi=fmt(level.hi)
        )
        if level.lo > level.hi:
            problems.append(UserText("{span} runs backwards", span=span))
        elif level.lo < 0 or level.hi > method.max_points:
            problems.append(
                UserText(
                    "{span} is outside the indicator maximum 0-{max_points}",
                    span=span,
                    max_points=fmt(method.max_points),
                )
            )
    ordered = sorted(method.levels, key=lambda level: level.lo)
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


def _kpi_key_problems(key: str) -> list[UserText]:
    if _KPI_KEY.match(key):
        return []
    return [UserText("KPI key '{key}' is not a key like win_rate", key=key)]


def _kpi_linear_problems(method: KpiLinearMethod) -> list[UserText]:
    problems = _kpi_key_problems(method.kpi_key)
    if method.target == 0:
        problems.append(
            UserText(
                "KPI target is 0: {kpi_key} needs a target to measure against",
                kpi_key=method.kpi_key,
            )
        )
    elif method.target < 0:
        problems.append(UserText("KPI target {target} must be above 0", target=fmt(method.target)))
    if method.cap <= 0:
        problems.append(UserText("cap {cap} must be above 0", cap=fmt(method.cap)))
    return problems


def _kpi_bands_problems(method: KpiBandsMethod) -> list[UserText]:
    problems = _kpi_key_problems(method.kpi_key)
    if method.max_points <= 0:
        problems.append(
            UserText(
                "maximum points {max_points} must be above 0", max_points=fmt(method.max_points)
            )
        )
    if not method.bands:
        problems.append(UserText("needs at least one value band"))
    for band in method.bands:
        if not 0 <= band.points <= method.max_points:
            problems.append(
                UserText(
                    "band {name} gives {points} points, outside 0-{max_points}",
                    name=band.name,
                    points=fmt(band.points),
                    max_points=fmt(method.max_points),
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
    for i, band in enumerate(method.bands):
        for other in method.bands[i + 1 :]:
            if _bands_overlap(band.lo, band.hi, other.lo, other.hi):
                problems.append(
                    UserText("bands {name} and {name2} overlap", name=band.name, name2=other.name)
                )
    return problems


def _bands_overlap(
    lo1: Decimal | None, hi1: Decimal | None, lo2: Decimal | None, hi2: Decimal | None
) -> bool:
    first_ends_before = hi1 is not None and lo2 is not None and hi1 <= lo2
    second_ends_before = hi2 is not None and lo1 is not None and hi2 <= lo1
    return not (first_ends_before or second_ends_before)


def _met_problems(method: MetMethod | ProvidedMethod) -> list[UserText]:
    problems = []
    if method.max_points <= 0:
        problems.append(
            UserText(
                "maximum points {max_points} must be above 0", max_points=fmt(method.max_points)
            )
        )
    if isinstance(method, MetMethod) and not 0 <= method.partial_points <= method.max_points:
        problems.append(
            UserText(
                "partial points {partial_points} are outside 0-{max_points}",
                partial_points=fmt(method.partial_points),
                max_points=fmt(method.max_points),
            )
        )
    return problems


def _scale_problems(method: ScaleMethod) -> list[UserText]:
    problems = []
    if method.min_value < 0 or method.max_value <= method.min_value:
        problems.append(
            UserText(
                "scale {min_value}-{max_value} must run upwards from 0 or more",
                min_value=fmt(method.min_value),
                max_value=fmt(method.max_value),
            )
        )
    for band in method.bands:
        if band.lo > band.hi or band.lo < method.min_value or band.hi > method.max_value:
            problems.append(
                UserText(
                    "band {name} ({lo}-{hi}) is outside the scale {min_value}-{max_value}",
                    name=band.name,
                    lo=fmt(band.lo),
                    hi=fmt(band.hi),
                    min_value=fmt(method.min_value),
                    max_value=fmt(method.max_value),
                )
            )
    return problems


def _rank_problems(method: RankMethod) -> list[UserText]:
    problems = []
    if not method.position_points:
        problems.append(UserText("needs points for at least the first position"))
    if any(points < 0 for points in method.position_points) or (
        method.last_points is not None and method.last_points < 0
    ):
        problems.append(UserText("rank points must not be negative"))
    elif method.max_points <= 0:
        problems.append(UserText("some rank position must earn points"))
    return problems


def method_problems(method: ScoringMethod) -> list[UserText]:
    """What is wrong with a method on its own (no indicator context)."""
    if isinstance(method, LevelsMethod):
        return _levels_problems(method)
    if isinstance(method, KpiLinearMethod):
        return _kpi_linear_problems(method)
    if isinstance(method, KpiBandsMethod):
        return _kpi_bands_problems(method)
    if isinstance(method, MetMethod | ProvidedMethod):
        return _met_problems(method)
    if isinstance(method, ScaleMethod):
        return _scale_problems(method)
    return _rank_problems(method)


def _indicator_problems(indicator: Indicator) -> list[RubricProblem]:
    where = UserText(
        "indicator {code} ({name})",
        code=indicator.code or UserText("(no code)"),
        name=indicator.name or UserText("no name"),
    )
    messages = []
    if not indicator.code.strip():
        messages.append(UserText("has no code"))
    if not indicator.name.strip():
        messages.append(UserText("has no name"))
    if indicator.weight <= 0:
        messages.append(UserText("weight {weight} must be above 0", weight=fmt(indicator.weight)))
    elif decimal_places(indicator.weight) > 2:
        messages.append(
            UserText("weight {weight} has more than 2 decimals", weight=fmt(indicator.weight))
        )
    messages.extend(method_problems(indicator.method))
    return [RubricProblem(where, message) for message in messages]


def indicator_problems(indicator: Indicator) -> list[UserText]:
    """What is wrong with one indicator on its own (the uniqueness of its code aside)."""
    return [problem.message for problem in _indicator_problems(indicator)]


def _template_level_problems(template: RubricTemplate) -> list[RubricProblem]:
    where = UserText("template {template}", template=template.label())
    messages = []
    if not template.name.strip():
        messages.append(UserText("has no name"))
    if template.version < 1:
        messages.append(UserText("version {version} must be 1 or more", version=template.version))
    if template.scale.hi <= template.scale.lo:
        messages.append(
            UserText(
                "result scale {lo}-{hi} must run upwards",
                lo=fmt(template.scale.lo),
                hi=fmt(template.scale.hi),
            )
        )
    if not template.categories:
        messages.append(UserText("has no categories"))
    for category in template.categories:
        if not category.name.strip():
            messages.append(UserText("has a category without a name"))
        if not category.indicators:
            messages.append(UserText("category '{name}' has no indicators", name=category.name))
    codes = Counter(indicator.code for indicator in template.indicators())
    for code, count in codes.items():
        if count > 1:
            messages.append(
                UserText("indicator code {code} is used {count} times", code=code, count=count)
            )
    messages.extend(_grade_problems(template))
    roles = Counter(rater.role for rater in template.raters)
    messages.extend(
        UserText("rater {role} is listed {count} times", role=rater_term(role), count=n)
        for role, n in roles.items()
        if n > 1
    )
    if not template.raters:
        messages.append(UserText("has no raters"))
    messages.extend(
        UserText(
            "rater {role} weight {weight} must be above 0",
            role=rater_term(r.role),
            weight=fmt(r.weight),
        )
        for r in template.raters
        if r.weight <= 0
    )
    return [RubricProblem(where, message) for message in messages]


def _grade_problems(template: RubricTemplate) -> list[UserText]:
    scale = template.scale
    messages = []
    if not template.grade_bands:
        messages.append(UserText("has no grade bands"))
    grades = Counter(band.grade for band in template.grade_bands)
    messages.extend(
        UserText("grade {grade} is listed {count} times", grade=g, count=n)
        for g, n in grades.items()
        if n > 1
    )
    for band in template.grade_bands:
        if not scale.lo <= band.min_total <= scale.hi:
            messages.append(
                UserText(
                    "grade {grade} starts at {min_total}, outside the result scale {lo}-{hi}",
                    grade=band.grade,
                    min_total=fmt(band.min_total),
                    lo=fmt(scale.lo),
                    hi=fmt(scale.hi),
                )
            )
    if template.grade_bands and min(b.min_total for b in template.grade_bands) > scale.lo:
        messages.append(
            UserText("no grade starts at the bottom of the result scale ({lo})", lo=fmt(scale.lo))
        )
    for quota in template.quotas:
        if quota.grade not in grades:
            messages.append(
                UserText("quota names grade {grade}, which has no band", grade=quota.grade)
            )
        if not 0 <= quota.max_percent <= HUNDRED:
            messages.append(
                UserText(
                    "quota for {grade} {max_percent} % is outside 0-100",
                    grade=quota.grade,
                    max_percent=fmt(quota.max_percent),
                )
            )
    return messages


def _weight_problems(template: RubricTemplate) -> list[RubricProblem]:
    where = UserText("template {template}", template=template.label())
    problems = []
    indicator_gap = weight_total_problem(template.weight_total())
    if indicator_gap:
        problems.append(RubricProblem(where, indicator_gap, ProblemKind.WEIGHTS))
    rater_total = sum((rater.weight for rater in template.raters), Decimal(0))
    rater_gap = weight_total_problem(rater_total, RATER_WEIGHTS)
    if template.raters and rater_gap:
        problems.append(RubricProblem(where, rater_gap, ProblemKind.WEIGHTS))
    return problems


def template_problems(template: RubricTemplate) -> list[RubricProblem]:
    """Every problem, structure first, in sheet order."""
    problems = _template_level_problems(template)
    for indicator in template.indicators():
        problems.extend(_indicator_problems(indicator))
    return problems + _weight_problems(template)


def describe_problems(template: RubricTemplate, problems: list[RubricProblem]) -> list[UserText]:
    """The problems as one list; those of the template as a whole need no place."""
    own = UserText("template {template}", template=template.label())
    return [p.message if p.where == own else p.text for p in problems]


def ensure_saveable(template: RubricTemplate) -> None:
    """Raise ValidationError naming every structural problem (weights may still be off)."""
    problems = [p for p in template_problems(template) if p.kind is ProblemKind.STRUCTURE]
    if problems:
        raise ValidationError(
            "Cannot save template {template}: {problems}",
            template=template.label(),
            problems=describe_problems(template, problems),
        )


def ensure_activatable(template: RubricTemplate) -> None:
    """Raise ValidationError naming every problem, the weight totals included."""
    problems = template_problems(template)
    if problems:
        raise ValidationError(
            "Cannot activate template {template}: {problems}",
            template=template.label(),
            problems=describe_problems(template, problems),
        )
