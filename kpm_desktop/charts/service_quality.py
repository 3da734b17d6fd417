"""Service quality: response and resolution time histograms, satisfaction bands."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from kpm_desktop.domain.decimals import round_to
from kpm_desktop.domain.kpi import CSAT_BANDS, KpiValue
from kpm_desktop.domain.ticket_times import HOUR, MINUTE, TimeDistribution

_HUNDRED = Decimal(100)
_DAY = 24 * HOUR


@dataclass(frozen=True)
class CountBar:
    label: str
    count: int
    percent: Decimal  # of all counted, 2 decimals


@dataclass(frozen=True)
class CountChart:
    title: str
    bars: tuple[CountBar, ...]

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)


def _bars(labels: list[str], counts: list[int]) -> tuple[CountBar, ...]:
    total = sum(counts)
    return tuple(
        CountBar(label, count, round_to(Decimal(count) * _HUNDRED / total) if total else Decimal(0))
        for label, count in zip(labels, counts, strict=True)
    )


def _unit(seconds: int) -> tuple[int, str]:
    """The largest unit that divides the duration: (size in seconds, name)."""
    for size, name in ((_DAY, "天"), (HOUR, "小时")):
        if seconds % size == 0:
            return size, name
    return MINUTE, "分钟"


def duration_text(seconds: int) -> str:
    """5分钟, 2小时, 3天."""
    size, name = _unit(seconds)
    return f"{seconds // size}{name}"


def range_text(low: int, high: int) -> str:
    """Both ends in one unit, the largest that divides both: 30–60分钟, 1–2天."""
    size, name = min(_unit(low), _unit(high))
    return f"{low // size}–{high // size}{name}"


def bucket_labels(edges: tuple[int, ...]) -> list[str]:
    labels = [f"<{duration_text(edges[0])}"]
    labels += [range_text(low, high) for low, high in pairwise(edges)]
    labels.append(f"≥{duration_text(edges[-1])}")
    return labels


def time_histogram(title: str, distribution: TimeDistribution) -> CountChart:
    return CountChart(title, _bars(bucket_labels(distribution.edges), list(distribution.counts)))


def satisfaction_bands(csat: KpiValue) -> CountChart:
    """非常满意 / 满意 / 一般 / 不满意 from the band counts the csat KPI carries."""
    counts = dict(csat.details)
    names = [name for name, _low, _high in CSAT_BANDS]
    return CountChart("客户满意度", _bars(names, [int(counts.get(name, 0)) for name in names]))
