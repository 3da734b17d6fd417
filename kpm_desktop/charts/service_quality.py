"""Service quality: response and resolution time histograms, satisfaction bands."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from kpm_desktop.charts.texts import ChartText
from kpm_desktop.domain.decimals import round_to
from kpm_desktop.domain.kpi import CSAT_BANDS, KpiValue
from kpm_desktop.domain.ticket_times import HOUR, MINUTE, TimeDistribution

_HUNDRED = Decimal(100)
_DAY = 24 * HOUR


@dataclass(frozen=True)
class CountBar:
    label: ChartText
    count: int
    percent: Decimal  # of all counted, 2 decimals


@dataclass(frozen=True)
class CountChart:
    bars: tuple[CountBar, ...]

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)


# The seed's satisfaction bands (their names are the csat KPI's band keys) as labels.
_BAND_LABELS: dict[str, ChartText] = {
    "非常满意": ChartText("Very satisfied"),
    "满意": ChartText("Satisfied"),
    "一般": ChartText("Neutral"),
    "不满意": ChartText("Dissatisfied"),
}


def _bars(labels: list[ChartText], counts: list[int]) -> tuple[CountBar, ...]:
    total = sum(counts)
    return tuple(
        CountBar(label, count, round_to(Decimal(count) * _HUNDRED / total) if total else Decimal(0))
        for label, count in zip(labels, counts, strict=True)
    )


def _unit(seconds: int) -> int:
    """The largest unit that divides the duration (days, hours, minutes), in seconds."""
    for size in (_DAY, HOUR):
        if seconds % size == 0:
            return size
    return MINUTE


def duration_text(seconds: int) -> ChartText:
    """5 min, 2 h, 3 d."""
    size = _unit(seconds)
    count = seconds // size
    if size == _DAY:
        return ChartText("{count} d", count=count)
    if size == HOUR:
        return ChartText("{count} h", count=count)
    return ChartText("{count} min", count=count)


def range_text(low: int, high: int) -> ChartText:
    """Both ends in one unit, the largest that divides both: 30–60 min, 1–2 d."""
    size = min(_unit(low), _unit(high))
    ends = {"low": low // size, "high": high // size}
    if size == _DAY:
        return ChartText("{low}–{high} d", **ends)
    if size == HOUR:
        return ChartText("{low}–{high} h", **ends)
    return ChartText("{low}–{high} min", **ends)


def bucket_labels(edges: tuple[int, ...]) -> list[ChartText]:
    labels = [ChartText("<{duration}", duration=duration_text(edges[0]))]
    labels += [range_text(low, high) for low, high in pairwise(edges)]
    labels.append(ChartText("≥{duration}", duration=duration_text(edges[-1])))
    return labels


def time_histogram(distribution: TimeDistribution) -> CountChart:
    return CountChart(_bars(bucket_labels(distribution.edges), list(distribution.counts)))


def satisfaction_bands(csat: KpiValue) -> CountChart:
    """Very satisfied / satisfied / neutral / dissatisfied from the band counts the csat
    KPI carries."""
    counts = dict(csat.details)
    names = [name for name, _low, _high in CSAT_BANDS]
    labels = [_BAND_LABELS[name] for name in names]
    return CountChart(_bars(labels, [int(counts.get(name, 0)) for name in names]))
