"""KPI trend lines over consecutive periods, with n/a gaps and the target line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kpm_desktop.domain import kpi_reasons as why
from kpm_desktop.domain.kpi import KpiDefinition, KpiUnit, KpiValue, kpi_definition
from kpm_desktop.domain.period import Period


@dataclass(frozen=True)
class TrendPoint:
    period: str
    value: Decimal | None  # None: n/a, drawn as a gap
    reason: str  # why the value is n/a (the KPI engine's English reason), "" when known
    target: Decimal | None


@dataclass(frozen=True)
class TrendSeries:
    key: str
    unit: KpiUnit
    points: tuple[TrendPoint, ...]

    @property
    def definition(self) -> KpiDefinition:
        """Its names: `name_zh` for print, `ui.vocabulary.kpi_name` in the UI's language."""
        return kpi_definition(self.key)

    @property
    def has_target(self) -> bool:
        return any(point.target is not None for point in self.points)


@dataclass(frozen=True)
class TrendChart:
    scope: str  # whose values: a staff member, a department, or "" for the company
    periods: tuple[str, ...]
    series: tuple[TrendSeries, ...]


def trend_periods(last: Period, count: int) -> tuple[Period, ...]:
    """`count` consecutive periods ending with `last`, oldest first."""
    return tuple(last.shifted(step) for step in range(1 - count, 1))


def kpi_trend(
    scope: str,
    periods: Sequence[Period],
    values: Mapping[Period, Mapping[str, KpiValue]],
    keys: Sequence[str],
) -> TrendChart:
    """One series per KPI key; a period missing from `values` counts as n/a."""
    series = tuple(_series(key, periods, values) for key in keys)
    return TrendChart(scope, tuple(str(p) for p in periods), series)


def _series(
    key: str, periods: Sequence[Period], values: Mapping[Period, Mapping[str, KpiValue]]
) -> TrendSeries:
    points = []
    for period in periods:
        value = values.get(period, {}).get(key)
        if value is None:
            value = KpiValue(key, None, why.NO_FIGURES)
        reason = value.reason if value.is_na else ""
        points.append(TrendPoint(str(period), value.value, reason, value.target))
    return TrendSeries(key, kpi_definition(key).unit, tuple(points))
