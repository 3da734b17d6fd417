"""The value axis of a printed trend chart: its range, step and tick labels.

reportlab's own choice fails two ways: values that are all 0 get an axis from -0.01 to
0.01 whose labels print as "-0", "-0", "0", "0", "0"; values below 1 get steps of 0.05
that one format for all labels rounds to a row of "0"s. Here the step is about a quarter
of the range, rounded up to 1, 2, 2.5 or 5 x 10^n, and the labels show its decimals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from kpm_desktop.domain.kpi import KpiUnit

_NICE = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
_STEPS = 4


@dataclass(frozen=True)
class ValueScale:
    """From `low` to `high` in steps of `step`; 0 is always inside."""

    low: Decimal
    high: Decimal
    step: Decimal
    percent: bool

    @property
    def ticks(self) -> list[Decimal]:
        """Every step from `low` to `high`, exact (float steps can miss the last one)."""
        count = int((self.high - self.low) / self.step)
        return [self.low + index * self.step for index in range(count + 1)]

    @property
    def places(self) -> int:
        exponent = self.step.normalize().as_tuple().exponent
        assert isinstance(exponent, int)  # a step is finite
        return max(0, -exponent)

    def label(self, tick: float) -> str:
        """A tick's text: 1,500,000 / 0.25 / 75%; never "-0"."""
        text = f"{tick:,.{self.places}f}"
        if float(text.replace(",", "")) == 0:
            text = text.removeprefix("-")
        return f"{text}%" if self.percent else text


def value_scale(values: Iterable[Decimal], unit: KpiUnit) -> ValueScale:
    """The axis for `values` (the plotted values and targets) of a KPI in `unit`.

    Values that are all 0 (or none at all) get 0-100 % in steps of 25 for a percentage,
    else 0-1 in one step; counts step by whole numbers.
    """
    known = [*values, Decimal(0)]
    low, high = min(known), max(known)
    percent = unit is KpiUnit.PERCENT
    if low == high:  # all 0
        if percent:
            return ValueScale(Decimal(0), Decimal(100), Decimal(25), percent)
        return ValueScale(Decimal(0), Decimal(1), Decimal(1), percent)
    rough = (high - low) / _STEPS
    magnitude = Decimal(1).scaleb(rough.adjusted())  # 10^floor(log10(rough))
    step = next(nice * magnitude for nice in _NICE if nice * magnitude >= rough)
    if unit is KpiUnit.COUNT:
        step = max(step, Decimal(1))
    return ValueScale(
        (low / step).to_integral_value(ROUND_FLOOR) * step,
        (high / step).to_integral_value(ROUND_CEILING) * step,
        step,
        percent,
    )
