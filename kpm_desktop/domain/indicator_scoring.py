"""One indicator: a rating through its method gives points and a fraction of the maximum."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from kpm_desktop.domain.methods.protocol import ScoringContext
from kpm_desktop.domain.rating import IndicatorOutcome, IndicatorRating
from kpm_desktop.domain.rubric import Indicator


def indicator_label(indicator: Indicator) -> str:
    return f"indicator {indicator.code} ({indicator.name})"


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
    context = ScoringContext(indicator_label(indicator), cohort, kpi_values)
    return indicator.method.score(rating, context)
