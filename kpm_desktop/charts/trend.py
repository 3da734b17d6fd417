"""KPI trend lines over consecutive periods, with n/a gaps and the target line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kpm_desktop.domain.kpi import KpiUnit, KpiValue, format_number, kpi_definition
from kpm_desktop.domain.period import Period


@dataclass(frozen=True)
class TrendPoint:
    period: str
    value: Decimal | None  # None: n/a, drawn as a gap
    text: str  # the exact value as shown, or "n/a: reason"
    target: Decimal | None


@dataclass(frozen=True)
class TrendSeries:
    key: str
    name: str
    unit: KpiUnit
    points: tuple[TrendPoint, ...]

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
    definition = kpi_definition(key)
    points = []
    for period in periods:
        value = values.get(period, {}).get(key)
        if value is None:
            points.append(TrendPoint(str(period), None, "n/a: no data", None))
            continue
        text = (
            f"n/a: {value.reason}" if value.is_na else format_number(value.value, definition.unit)
        )
        points.append(TrendPoint(str(period), value.value, text, value.target))
    return TrendSeries(key, definition.name_zh, definition.unit, tuple(points))
