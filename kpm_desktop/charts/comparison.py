"""Team comparison: one KPI across staff or departments, best first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from kpm_desktop.domain import kpi_reasons as why
from kpm_desktop.domain.kpi import (
    Direction,
    KpiDefinition,
    KpiUnit,
    format_number,
    kpi_definition,
)
from kpm_desktop.domain.kpi_table import KpiRow


@dataclass(frozen=True)
class ComparisonBar:
    code: str
    label: str
    value: Decimal
    text: str


@dataclass(frozen=True)
class ComparisonChart:
    key: str
    unit: KpiUnit
    bars: tuple[ComparisonBar, ...]  # best first: the direction of the KPI decides
    not_available: tuple[tuple[str, str], ...]  # (label, reason) of rows that are n/a

    @property
    def definition(self) -> KpiDefinition:
        """Its names: `ui.vocabulary.kpi_name` gives the one in the UI's language."""
        return kpi_definition(self.key)


def team_comparison(rows: Sequence[KpiRow], key: str) -> ComparisonChart:
    definition = kpi_definition(key)
    bars: list[ComparisonBar] = []
    missing: list[tuple[str, str]] = []
    for row in rows:
        value = row.values.get(key)
        if value is None or value.value is None:
            missing.append((row.name, value.reason if value is not None else why.NO_FIGURES))
            continue
        bars.append(
            ComparisonBar(
                row.code, row.name, value.value, format_number(value.value, definition.unit)
            )
        )
    sign = -1 if definition.direction is Direction.HIGHER_IS_BETTER else 1
    bars.sort(key=lambda bar: (sign * bar.value, bar.code))
    return ComparisonChart(key, definition.unit, tuple(bars), tuple(missing))
