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
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rubric import Indicator, RubricTemplate
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
    where: str
    message: str
    kind: ProblemKind = ProblemKind.STRUCTURE

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def weight_total_problem(total: Decimal, what: str = "indicator weights") -> str | None:
    """'indicator weights total 99.99, 0.01 short of 100' or None when exactly 100."""
    if total == HUNDRED:
        return None
    gap = HUNDRED - total
    side = f"{fmt(gap)} short of 100" if gap > 0 else f"{fmt(-gap)} over 100"
    return f"{what} total {fmt(total)}, {side}"


def _levels_problems(method: LevelsMethod) -> list[str]:
    problems = []
    if method.max_points <= 0:
        problems.append(f"maximum points {fmt(method.max_points)} must be above 0")
    if not method.levels:
        problems.append("needs at least one level")
    for name, count in Counter(level.name for level in method.levels).items():
        if count > 1 or not name.strip():
            problems.append(f"level name '{name}' is empty or used {count} times")
    for level in method.levels:
        span = f"level {level.name} range {fmt(level.lo)}-{fmt(level.hi)}"
        if level.lo > level.hi:
            problems.append(f"{span} runs backwards")
        elif level.lo < 0 or level.hi > method.max_points:
            problems.append(f"{span} is outside the indicator maximum 0-{fmt(method.max_points)}")
    ordered = sorted(method.levels, key=lambda level: level.lo)
    for lower, upper in itertools.pairwise(ordered):
        if upper.lo <= lower.hi:
            problems.append(
                f"level {lower.name} ({fmt(lower.lo)}-{fmt(lower.hi)}) overlaps level "
                f"{upper.name} ({fmt(upper.lo)}-{fmt(upper.hi)})"
            )
    return problems


def _kpi_key_problems(key: str) -> list[str]:
    if _KPI_KEY.match(key):
        return []
    return [f"KPI key '{key}' is not a key like win_rate"]


def _kpi_linear_problems(method: KpiLinearMethod) -> list[str]:
    problems = _kpi_key_problems(method.kpi_key)
    if method.target == 0:
        problems.append(f"KPI target is 0: {method.kpi_key} needs a target to measure against")
    elif method.target < 0:
        problems.append(f"KPI target {fmt(method.target)} must be above 0")
    if method.cap <= 0:
        problems.append(f"cap {fmt(method.cap)} must be above 0")
    return problems


def _kpi_bands_problems(method: KpiBandsMethod) -> list[str]:
    problems = _kpi_key_problems(method.kpi_key)
    if method.max_points <= 0:
        problems.append(f"maximum points {fmt(method.max_points)} must be above 0")
    if not method.bands:
        problems.append("needs at least one value band")
    for band in method.bands:
        if not 0 <= band.points <= method.max_points:
            problems.append(
                f"band {band.name} gives {fmt(band.points)} points, outside 0-"
                f"{fmt(method.max_points)}"
            )
        if band.lo is not None and band.hi is not None and band.lo >= band.hi:
            problems.append(f"band {band.name} from {fmt(band.lo)} to {fmt(band.hi)} is empty")
    for i, band in enumerate(method.bands):
        for other in method.bands[i + 1 :]:
            if _bands_overlap(band.lo, band.hi, other.lo, other.hi):
                problems.append(f"bands {band.name} and {other.name} overlap")
    return problems


def _bands_overlap(
    lo1: Decimal | None, hi1: Decimal | None, lo2: Decimal | None, hi2: Decimal | None
) -> bool:
    first_ends_before = hi1 is not None and lo2 is not None and hi1 <= lo2
    second_ends_before = hi2 is not None and lo1 is not None and hi2 <= lo1
    return not (first_ends_before or second_ends_before)


def _met_problems(method: MetMethod | ProvidedMethod) -> list[str]:
    problems = []
    if method.max_points <= 0:
        problems.append(f"maximum points {fmt(method.max_points)} must be above 0")
    if isinstance(method, MetMethod) and not 0 <= method.partial_points <= method.max_points:
        problems.append(
            f"partial points {fmt(method.partial_points)} are outside 0-{fmt(method.max_points)}"
        )
    return problems


def _scale_problems(method: ScaleMethod) -> list[str]:
    problems = []
    if method.min_value < 0 or method.max_value <= method.min_value:
        problems.append(
            f"scale {fmt(method.min_value)}-{fmt(method.max_value)} must run upwards from 0 or more"
        )
    for band in method.bands:
        if band.lo > band.hi or band.lo < method.min_value or band.hi > method.max_value:
            problems.append(
                f"band {band.name} ({fmt(band.lo)}-{fmt(band.hi)}) is outside the scale "
                f"{fmt(method.min_value)}-{fmt(method.max_value)}"
            )
    return problems


def _rank_problems(method: RankMethod) -> list[str]:
    problems = []
    if not method.position_points:
        problems.append("needs points for at least the first position")
    if any(points < 0 for points in method.position_points) or (
        method.last_points is not None and method.last_points < 0
    ):
        problems.append("rank points must not be negative")
    elif method.max_points <= 0:
        problems.append("some rank position must earn points")
    return problems


def method_problems(method: ScoringMethod) -> list[str]:
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
    where = f"indicator {indicator.code or '(no code)'} ({indicator.name or 'no name'})"
    messages = []
    if not indicator.code.strip():
        messages.append("has no code")
    if not indicator.name.strip():
        messages.append("has no name")
    if indicator.weight <= 0:
        messages.append(f"weight {fmt(indicator.weight)} must be above 0")
    elif decimal_places(indicator.weight) > 2:
        messages.append(f"weight {fmt(indicator.weight)} has more than 2 decimals")
    messages.extend(method_problems(indicator.method))
    return [RubricProblem(where, message) for message in messages]


def indicator_problems(indicator: Indicator) -> list[str]:
    """What is wrong with one indicator on its own (the uniqueness of its code aside)."""
    return [problem.message for problem in _indicator_problems(indicator)]


def _template_level_problems(template: RubricTemplate) -> list[RubricProblem]:
    where = f"template {template.label()}"
    messages = []
    if not template.name.strip():
        messages.append("has no name")
    if template.version < 1:
        messages.append(f"version {template.version} must be 1 or more")
    if template.scale.hi <= template.scale.lo:
        messages.append(
            f"result scale {fmt(template.scale.lo)}-{fmt(template.scale.hi)} must run upwards"
        )
    if not template.categories:
        messages.append("has no categories")
    for category in template.categories:
        if not category.name.strip():
            messages.append("has a category without a name")
        if not category.indicators:
            messages.append(f"category '{category.name}' has no indicators")
    codes = Counter(indicator.code for indicator in template.indicators())
    for code, count in codes.items():
        if count > 1:
            messages.append(f"indicator code {code} is used {count} times")
    messages.extend(_grade_problems(template))
    roles = Counter(rater.role for rater in template.raters)
    messages.extend(f"rater {role.value} is listed {n} times" for role, n in roles.items() if n > 1)
    if not template.raters:
        messages.append("has no raters")
    messages.extend(
        f"rater {r.role.value} weight {fmt(r.weight)} must be above 0"
        for r in template.raters
        if r.weight <= 0
    )
    return [RubricProblem(where, message) for message in messages]


def _grade_problems(template: RubricTemplate) -> list[str]:
    scale = template.scale
    messages = []
    if not template.grade_bands:
        messages.append("has no grade bands")
    grades = Counter(band.grade for band in template.grade_bands)
    messages.extend(f"grade {g} is listed {n} times" for g, n in grades.items() if n > 1)
    for band in template.grade_bands:
        if not scale.lo <= band.min_total <= scale.hi:
            messages.append(
                f"grade {band.grade} starts at {fmt(band.min_total)}, outside the result scale "
                f"{fmt(scale.lo)}-{fmt(scale.hi)}"
            )
    if template.grade_bands and min(b.min_total for b in template.grade_bands) > scale.lo:
        messages.append(f"no grade starts at the bottom of the result scale ({fmt(scale.lo)})")
    for quota in template.quotas:
        if quota.grade not in grades:
            messages.append(f"quota names grade {quota.grade}, which has no band")
        if not 0 <= quota.max_percent <= HUNDRED:
            messages.append(f"quota for {quota.grade} {fmt(quota.max_percent)} % is outside 0-100")
    return messages


def _weight_problems(template: RubricTemplate) -> list[RubricProblem]:
    where = f"template {template.label()}"
    problems = []
    indicator_gap = weight_total_problem(template.weight_total())
    if indicator_gap:
        problems.append(RubricProblem(where, indicator_gap, ProblemKind.WEIGHTS))
    rater_total = sum((rater.weight for rater in template.raters), Decimal(0))
    rater_gap = weight_total_problem(rater_total, "rater weights")
    if template.raters and rater_gap:
        problems.append(RubricProblem(where, rater_gap, ProblemKind.WEIGHTS))
    return problems


def template_problems(template: RubricTemplate) -> list[RubricProblem]:
    """Every problem, structure first, in sheet order."""
    problems = _template_level_problems(template)
    for indicator in template.indicators():
        problems.extend(_indicator_problems(indicator))
    return problems + _weight_problems(template)


def describe_problems(template: RubricTemplate, problems: list[RubricProblem]) -> str:
    """Problems on one line; those of the template as a whole need no place."""
    own = f"template {template.label()}"
    return "; ".join(p.message if p.where == own else str(p) for p in problems)


def _raise(template: RubricTemplate, problems: list[RubricProblem], action: str) -> None:
    if problems:
        raise ValidationError(
            f"Cannot {action} template {template.label()}: {describe_problems(template, problems)}"
        )


def ensure_saveable(template: RubricTemplate) -> None:
    """Raise ValidationError naming every structural problem (weights may still be off)."""
    problems = [p for p in template_problems(template) if p.kind is ProblemKind.STRUCTURE]
    _raise(template, problems, "save")


def ensure_activatable(template: RubricTemplate) -> None:
    """Raise ValidationError naming every problem, the weight totals included."""
    _raise(template, template_problems(template), "activate")
