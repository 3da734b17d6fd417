"""Scoring a template (docs/formats.md, "Scoring rules"): weights, N/A, rounding, scale,
raters, grades, quotas.

All arithmetic is Decimal with ROUND_HALF_UP. Each indicator's earned score is rounded to
2 decimals and a sheet's sum is the sum of those rounded figures, so it adds up by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from kpm_desktop.domain.decimals import CENT, fmt, round_to
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.indicator_scoring import indicator_label, score_indicator
from kpm_desktop.domain.rating import (
    AppraisalScore,
    IndicatorRating,
    IndicatorScore,
    QuotaBreach,
    RaterRatings,
    RaterScore,
)
from kpm_desktop.domain.rubric import GradeBand, GradeQuota, Indicator, RubricTemplate

HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class ScoringInputs:
    """Figures from outside the sheet: rank cohorts by indicator code, KPI values by key.

    A KPI key mapped to None is a KPI that is n/a for this person (zero denominator):
    its indicator counts as not applicable.
    """

    cohorts: Mapping[str, Sequence[Decimal]] | None = None
    kpi_values: Mapping[str, Decimal | None] | None = None


def effective_weights(weights: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Weights re-normalised to total exactly 100.00, each with 2 decimals.

    Each gets its exact share rounded down to the cent; the cents left over go to the
    largest remainders (ties by code, so the result does not depend on order). Weights
    that already total 100.00 come back unchanged.
    """
    total = sum(weights.values(), ZERO)
    if total <= 0:
        raise ValidationError("the indicators that count have no weight")
    exact = {code: weight * HUNDRED / total for code, weight in weights.items()}
    floored = {code: value.quantize(CENT, rounding=ROUND_DOWN) for code, value in exact.items()}
    cents_left = int((HUNDRED - sum(floored.values(), ZERO)) / CENT)
    by_remainder = sorted(exact, key=lambda code: (-(exact[code] - floored[code]), code))
    for code in by_remainder[:cents_left]:
        floored[code] += CENT
    return floored


def _kpi_key(indicator: Indicator) -> str | None:
    return indicator.method.kpi_key


def _is_not_applicable(
    indicator: Indicator, rating: IndicatorRating | None, inputs: ScoringInputs
) -> bool:
    if rating is not None and rating.not_applicable:
        return True
    key = _kpi_key(indicator)
    has_own_value = rating is not None and rating.value is not None
    kpi_values = inputs.kpi_values or {}
    return key is not None and not has_own_value and key in kpi_values and kpi_values[key] is None


def _check_codes(template: RubricTemplate, ratings: Mapping[str, IndicatorRating]) -> None:
    codes = {indicator.code for indicator in template.indicators()}
    unknown = sorted(code for code in ratings if code not in codes)
    if unknown:
        raise ValidationError(
            "ratings name indicators that template {template} does not have: {codes}",
            template=template.label(),
            codes=", ".join(unknown),
        )


def _needs_rating(indicator: Indicator, inputs: ScoringInputs) -> bool:
    key = _kpi_key(indicator)
    return key is None or key not in (inputs.kpi_values or {})


def score_sheet(
    template: RubricTemplate,
    ratings: Mapping[str, IndicatorRating],
    inputs: ScoringInputs | None = None,
    *,
    partial: bool = False,
) -> tuple[tuple[IndicatorScore, ...], Decimal]:
    """Each indicator's line and the sum of earned scores (0-100) for one rater.

    With `partial`, an unrated indicator earns 0 (for a live total while someone is still
    rating); otherwise it is an error.
    """
    inputs = inputs or ScoringInputs()
    _check_codes(template, ratings)
    counted: dict[str, Decimal] = {}
    for indicator in template.indicators():
        if not _is_not_applicable(indicator, ratings.get(indicator.code), inputs):
            counted[indicator.code] = indicator.weight
    if not counted:
        raise ValidationError(
            "every indicator of template {template} is marked N/A", template=template.label()
        )
    weights = effective_weights(counted)
    lines: list[IndicatorScore] = []
    for category in template.categories:
        for indicator in category.indicators:
            lines.append(
                _line(
                    indicator, category.name, ratings.get(indicator.code), weights, inputs, partial
                )
            )
    earned_sum = sum((line.earned for line in lines), ZERO)
    return tuple(lines), earned_sum


def _line(
    indicator: Indicator,
    category: str,
    rating: IndicatorRating | None,
    weights: Mapping[str, Decimal],
    inputs: ScoringInputs,
    partial: bool,
) -> IndicatorScore:
    effective_weight = weights.get(indicator.code)
    if effective_weight is None:
        return _unscored(indicator, category, ZERO, not_applicable=True)
    if rating is None and _needs_rating(indicator, inputs):
        if not partial:
            raise ValidationError("{indicator} has no rating", indicator=indicator_label(indicator))
        return _unscored(indicator, category, effective_weight, rated=False)
    cohort = (inputs.cohorts or {}).get(indicator.code, ())
    outcome = score_indicator(
        indicator, rating or IndicatorRating(), cohort=cohort, kpi_values=inputs.kpi_values
    )
    return IndicatorScore(
        code=indicator.code,
        name=indicator.name,
        category=category,
        weight=indicator.weight,
        effective_weight=effective_weight,
        fraction=outcome.fraction,
        points=outcome.points,
        max_points=outcome.max_points,
        label=outcome.label,
        earned=round_to(outcome.fraction * effective_weight),
    )


def _unscored(
    indicator: Indicator,
    category: str,
    effective_weight: Decimal,
    *,
    not_applicable: bool = False,
    rated: bool = True,
) -> IndicatorScore:
    """A line without a score: N/A, or not rated yet (a live total)."""
    return IndicatorScore(
        code=indicator.code,
        name=indicator.name,
        category=category,
        weight=indicator.weight,
        effective_weight=effective_weight,
        fraction=None,
        points=None,
        max_points=indicator.method.max_points,
        label=None,
        earned=ZERO,
        not_applicable=not_applicable,
        rated=rated,
    )


def scale_total(template: RubricTemplate, earned_sum: Decimal) -> Decimal:
    """The sum of earned scores (0-100) on the template's result scale, 2 decimals."""
    scale = template.scale
    return round_to(scale.lo + earned_sum / HUNDRED * (scale.hi - scale.lo))


def grade_for(total: Decimal, bands: Sequence[GradeBand]) -> str:
    """The grade of the highest band the total reaches; the lowest band below them all."""
    ordered = sorted(bands, key=lambda band: band.min_total, reverse=True)
    for band in ordered:
        if total >= band.min_total:
            return band.grade
    return ordered[-1].grade if ordered else ""


def score_rater(
    template: RubricTemplate,
    rater: RaterRatings,
    inputs: ScoringInputs | None = None,
    *,
    partial: bool = False,
) -> RaterScore:
    """One rater's sheet: lines, sum, total on the scale and its grade."""
    weight = next((r.weight for r in template.raters if r.role == rater.role), None)
    if weight is None:
        raise ValidationError(
            "template {template} has no rater '{role}'; its raters are {raters}",
            template=template.label(),
            role=rater.role.value,
            raters=", ".join(r.role.value for r in template.raters),
        )
    lines, earned_sum = score_sheet(template, rater.ratings, inputs, partial=partial)
    total = scale_total(template, earned_sum)
    return RaterScore(
        rater.role, weight, lines, earned_sum, total, grade_for(total, template.grade_bands)
    )


def score_appraisal(
    template: RubricTemplate,
    raters: Sequence[RaterRatings],
    inputs: ScoringInputs | None = None,
    *,
    partial: bool = False,
) -> AppraisalScore:
    """Every rater of the template scored; final = sum(total x weight / 100), 2 decimals."""
    roles = [rater.role for rater in raters]
    twice = sorted({role.value for role in roles if roles.count(role) > 1})
    if twice:
        raise ValidationError(
            "more than one set of ratings for rater {roles}", roles=", ".join(twice)
        )
    missing = [r.role.value for r in template.raters if r.role not in roles]
    if missing:
        raise ValidationError(
            "template {template} needs ratings from {roles}",
            template=template.label(),
            roles=", ".join(missing),
        )
    weight_total = sum((r.weight for r in template.raters), ZERO)
    if weight_total != HUNDRED:
        raise ValidationError(
            "rater weights of template {template} total {weight_total}, not 100",
            template=template.label(),
            weight_total=fmt(weight_total),
        )
    scored = tuple(score_rater(template, rater, inputs, partial=partial) for rater in raters)
    final = round_to(sum((s.total * s.weight / HUNDRED for s in scored), ZERO))
    return AppraisalScore(scored, final, grade_for(final, template.grade_bands))


def check_distribution(
    grades: Sequence[str], quotas: Sequence[GradeQuota]
) -> tuple[QuotaBreach, ...]:
    """The grades given to more of the group than their quota allows.

    A quota of p % allows floor(n x p / 100) people of a group of n: "at most 20 %" of
    7 people is 1 person, since 2 would be 28.6 %.
    """
    counts = Counter(grades)
    breaches: list[QuotaBreach] = []
    for quota in quotas:
        allowed = int((len(grades) * quota.max_percent / HUNDRED).to_integral_value(ROUND_DOWN))
        if counts[quota.grade] > allowed:
            breaches.append(
                QuotaBreach(quota.grade, counts[quota.grade], allowed, quota.max_percent)
            )
    return tuple(breaches)
