"""What is wrong with a template, in messages that name the place and the figures.

Two kinds of problem: a broken structure (a level outside the maximum, a duplicate code,
a KPI target of 0) is never saved; weights that do not total 100 are allowed in a draft
while someone edits it, but a template with any problem is never activated.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kpm_desktop.domain.decimals import decimal_places, fmt
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.rubric import Indicator, RubricTemplate, rater_term

HUNDRED = Decimal(100)


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
    messages.extend(indicator.method.problems())
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
