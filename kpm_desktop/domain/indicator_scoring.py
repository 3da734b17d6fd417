"""One indicator: a rating through its method gives points and a fraction of the maximum."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from kpm_desktop.domain.decimals import fmt, round_to
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating, MetLevel, RankPlace
from kpm_desktop.domain.rubric import Indicator
from kpm_desktop.domain.rubric_methods import (
    KpiBandsMethod,
    KpiDirection,
    KpiLinearMethod,
    Level,
    LevelsMethod,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    RankOrder,
    ScaleMethod,
)

ZERO = Decimal(0)
ONE = Decimal(1)


def indicator_label(indicator: Indicator) -> str:
    return f"indicator {indicator.code} ({indicator.name})"


def _fraction(points: Decimal, max_points: Decimal) -> Decimal:
    return min(ONE, max(ZERO, points / max_points)) if max_points > 0 else ZERO


def _find_level(indicator: Indicator, method: LevelsMethod, rating: IndicatorRating) -> Level:
    if rating.level is not None:
        for level in method.levels:
            if level.name == rating.level:
                return level
        names = ", ".join(level.name for level in method.levels)
        raise ValidationError(
            "{indicator}: unknown level '{level}'; expected one of {names}",
            indicator=indicator_label(indicator),
            level=rating.level,
            names=names,
        )
    if rating.score is None:
        raise ValidationError(
            "{indicator}: a level or a score is needed", indicator=indicator_label(indicator)
        )
    for level in method.levels:
        if level.lo <= rating.score <= level.hi:
            return level
    raise ValidationError(
        "{indicator}: score {score} is in no level's range",
        indicator=indicator_label(indicator),
        score=fmt(rating.score),
    )


def _levels(
    indicator: Indicator, method: LevelsMethod, rating: IndicatorRating
) -> IndicatorOutcome:
    level = _find_level(indicator, method, rating)
    score = level.hi if rating.score is None else rating.score
    if not level.lo <= score <= level.hi:
        raise ValidationError(
            "{indicator}: score {score} is outside level {name} ({lo}-{hi})",
            indicator=indicator_label(indicator),
            score=fmt(score),
            name=level.name,
            lo=fmt(level.lo),
            hi=fmt(level.hi),
        )
    return IndicatorOutcome(
        _fraction(score, method.max_points), score, method.max_points, level.name
    )


def _kpi_value(
    indicator: Indicator,
    key: str,
    rating: IndicatorRating,
    kpi_values: Mapping[str, Decimal | None],
) -> Decimal:
    if rating.value is not None:
        return rating.value
    value = kpi_values.get(key)
    if value is None:
        raise ValidationError(
            "{indicator}: no value for KPI {key}", indicator=indicator_label(indicator), key=key
        )
    return value


def _kpi_linear(indicator: Indicator, method: KpiLinearMethod, value: Decimal) -> IndicatorOutcome:
    if method.target <= 0 or method.cap <= 0:
        raise ValidationError(
            "{indicator}: KPI target {target} and cap {cap} must be above 0",
            indicator=indicator_label(indicator),
            target=fmt(method.target),
            cap=fmt(method.cap),
        )
    if method.direction is KpiDirection.HIGHER_IS_BETTER:
        attainment = value / method.target
    elif value <= 0:
        attainment = method.cap  # nothing to wait for or complain about: the best possible
    else:
        attainment = method.target / value
    fraction = _fraction(attainment, method.cap)
    return IndicatorOutcome(fraction, fraction, ONE, f"{fmt(round_to(attainment * 100, 2))}%")


def _kpi_bands(method: KpiBandsMethod, value: Decimal) -> IndicatorOutcome:
    band = next((b for b in method.bands if b.contains(value)), None)
    points = band.points if band else ZERO
    return IndicatorOutcome(
        _fraction(points, method.max_points),
        points,
        method.max_points,
        band.name if band else None,
    )


def _met(indicator: Indicator, method: MetMethod, rating: IndicatorRating) -> IndicatorOutcome:
    if rating.met is None:
        raise ValidationError(
            "{indicator}: say whether it is met (full/partial/none)",
            indicator=indicator_label(indicator),
        )
    points = {
        MetLevel.FULL: method.max_points,
        MetLevel.PARTIAL: method.partial_points,
        MetLevel.NONE: ZERO,
    }[rating.met]
    return IndicatorOutcome(
        _fraction(points, method.max_points), points, method.max_points, rating.met.value
    )


def _provided(
    indicator: Indicator, method: ProvidedMethod, rating: IndicatorRating
) -> IndicatorOutcome:
    if rating.provided is None:
        raise ValidationError(
            "{indicator}: say whether it is provided", indicator=indicator_label(indicator)
        )
    points = method.max_points if rating.provided else ZERO
    label = "provided" if rating.provided else "not provided"
    return IndicatorOutcome(_fraction(points, method.max_points), points, method.max_points, label)


def _scale(indicator: Indicator, method: ScaleMethod, rating: IndicatorRating) -> IndicatorOutcome:
    score = rating.score if rating.score is not None else rating.value
    if score is None:
        raise ValidationError(
            "{indicator}: a score is needed", indicator=indicator_label(indicator)
        )
    if not method.min_value <= score <= method.max_value:
        raise ValidationError(
            "{indicator}: score {score} is outside the scale {min_value}-{max_value}",
            indicator=indicator_label(indicator),
            score=fmt(score),
            min_value=fmt(method.min_value),
            max_value=fmt(method.max_value),
        )
    band = next((b.name for b in method.bands if b.lo <= score <= b.hi), None)
    fraction = min(ONE, max(ZERO, method.fraction(score)))
    return IndicatorOutcome(fraction, score, method.max_value, band)


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


def _rank(
    indicator: Indicator, method: RankMethod, rating: IndicatorRating, cohort: Sequence[Decimal]
) -> IndicatorOutcome:
    place = rating.rank
    if place is None:
        if rating.value is None:
            raise ValidationError(
                "{indicator}: a value or a rank is needed", indicator=indicator_label(indicator)
            )
        if rating.value not in cohort:
            raise ValidationError(
                "{indicator}: value {rating} is not among the values compared ({count} given)",
                indicator=indicator_label(indicator),
                rating=fmt(rating.value),
                count=len(cohort),
            )
        place = rank_place(rating.value, cohort, method.order)
    if place.position < 1:
        raise ValidationError(
            "{indicator}: rank {position} is below 1",
            indicator=indicator_label(indicator),
            position=place.position,
        )
    points = rank_points(method, place)
    return IndicatorOutcome(
        _fraction(points, method.max_points), points, method.max_points, f"#{place.position}"
    )


def score_indicator(
    indicator: Indicator,
    rating: IndicatorRating,
    *,
    cohort: Sequence[Decimal] = (),
    kpi_values: Mapping[str, Decimal | None] | None = None,
) -> IndicatorOutcome:
    """The fraction of its maximum an indicator earns; raises ValidationError on bad input.

    `cohort` is every value compared for a rank indicator (this one's included);
    `kpi_values` supplies KPI figures by key when the rating carries none.
    """
    method = indicator.method
    if isinstance(method, LevelsMethod):
        return _levels(indicator, method, rating)
    if isinstance(method, KpiLinearMethod):
        return _kpi_linear(
            indicator, method, _kpi_value(indicator, method.kpi_key, rating, kpi_values or {})
        )
    if isinstance(method, KpiBandsMethod):
        return _kpi_bands(method, _kpi_value(indicator, method.kpi_key, rating, kpi_values or {}))
    if isinstance(method, MetMethod):
        return _met(indicator, method, rating)
    if isinstance(method, ProvidedMethod):
        return _provided(indicator, method, rating)
    if isinstance(method, ScaleMethod):
        return _scale(indicator, method, rating)
    return _rank(indicator, method, rating, cohort)
