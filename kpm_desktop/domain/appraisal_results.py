"""What charts need of a cycle's finished appraisals: totals, grades, indicator fractions.

This is the read model the dashboard and the chart page of a sheet are built on; the
appraisal workflow (issue 8) owns the records, a service adapter turns them into this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kpm_desktop.domain.rubric import GradeBand, GradeQuota, default_grade_bands


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator of one appraisal; `fraction` (0-1) is None when it was N/A."""

    code: str
    name: str
    fraction: Decimal | None


@dataclass(frozen=True)
class AppraisalResult:
    staff_no: str
    staff_name: str
    department: str
    total: Decimal
    grade: str
    indicators: tuple[IndicatorResult, ...] = ()


@dataclass(frozen=True)
class CycleResults:
    """The finished appraisals of one cycle (period) and the grading rules they used."""

    period: str
    results: tuple[AppraisalResult, ...]
    grade_bands: tuple[GradeBand, ...] = field(default_factory=default_grade_bands)
    quotas: tuple[GradeQuota, ...] = ()

    def result_of(self, staff_no: str) -> AppraisalResult | None:
        return next((r for r in self.results if r.staff_no == staff_no), None)
