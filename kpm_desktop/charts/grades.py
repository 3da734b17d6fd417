"""Grade distribution of a cycle against its forced-distribution quotas."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from kpm_desktop.domain.appraisal_results import AppraisalResult, CycleResults
from kpm_desktop.domain.decimals import round_to
from kpm_desktop.domain.rubric import GradeBand

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class GradeBar:
    grade: str
    count: int
    percent: Decimal  # share of everyone appraised, 2 decimals
    max_percent: Decimal | None  # the quota, None when the grade has none
    allowed: int | None  # people the quota allows
    members: tuple[AppraisalResult, ...]  # highest total first

    @property
    def over(self) -> int:
        """People beyond the quota (0 when within it or without one)."""
        return 0 if self.allowed is None else max(0, self.count - self.allowed)


@dataclass(frozen=True)
class GradeDistributionChart:
    period: str
    group: str  # whose grades: the company or a department
    total: int  # the people with a result; the quotas count them only
    bars: tuple[GradeBar, ...]  # best grade first
    unscored: int = 0  # the people whose appraisal has no result yet, in no bar

    @property
    def breaches(self) -> tuple[GradeBar, ...]:
        return tuple(bar for bar in self.bars if bar.over)


def quota_allowance(group_size: int, max_percent: Decimal) -> int:
    """floor(n x p / 100), the rule of `scoring.check_distribution`."""
    return int((group_size * max_percent / _HUNDRED).to_integral_value(ROUND_DOWN))


def grade_distribution(cycle: CycleResults, group: str = "") -> GradeDistributionChart:
    """Quotas are counted against the people of `cycle` (filter it to one department for
    the department's quota check)."""
    results = cycle.results
    quotas = {quota.grade: quota.max_percent for quota in cycle.quotas}
    bars = []
    for grade in _grade_order(cycle.grade_bands, results):
        members = tuple(
            sorted((r for r in results if r.grade == grade), key=lambda r: (-r.total, r.staff_no))
        )
        max_percent = quotas.get(grade)
        allowed = None if max_percent is None else quota_allowance(len(results), max_percent)
        share = round_to(Decimal(len(members)) * _HUNDRED / len(results)) if results else Decimal(0)
        bars.append(GradeBar(grade, len(members), share, max_percent, allowed, members))
    return GradeDistributionChart(
        cycle.period, group, len(results), tuple(bars), len(cycle.unscored)
    )


def _grade_order(bands: Sequence[GradeBand], results: Sequence[AppraisalResult]) -> list[str]:
    """The bands from the highest down, then any grade the bands do not name."""
    order = [band.grade for band in sorted(bands, key=lambda b: b.min_total, reverse=True)]
    order += sorted({r.grade for r in results} - set(order))
    return order
