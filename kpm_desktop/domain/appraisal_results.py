"""What charts need of a cycle's finished appraisals: totals, grades, indicator fractions.

This is the read model the dashboard and the chart page of a sheet are built on; the
appraisal workflow (issue 8) owns the records, a service adapter turns them into this.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
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
    """The finished appraisals of one cycle (period) and the grading rules they used.

    `unscored` holds the staff numbers of the cycle's current appraisals without a stored
    result yet: they are in no grade, only counted beside the distribution.
    """

    period: str
    results: tuple[AppraisalResult, ...]
    grade_bands: tuple[GradeBand, ...] = field(default_factory=default_grade_bands)
    quotas: tuple[GradeQuota, ...] = ()
    unscored: tuple[str, ...] = ()

    def result_of(self, staff_no: str) -> AppraisalResult | None:
        return next((r for r in self.results if r.staff_no == staff_no), None)

    def of_staff(self, staff_nos: Collection[str]) -> CycleResults:
        """The same cycle with only these people's results (a group, or what a user may see)."""
        return replace(
            self,
            results=tuple(r for r in self.results if r.staff_no in staff_nos),
            unscored=tuple(n for n in self.unscored if n in staff_nos),
        )

    def profile_of(self, staff_no: str) -> StaffResults | None:
        """A person's result and their department's indicator averages; None when the
        person has no finished appraisal in the cycle."""
        person = self.result_of(staff_no)
        if person is None:
            return None
        colleagues = [r for r in self.results if r.department == person.department]
        averages = {}
        for indicator in person.indicators:
            fractions = [
                i.fraction
                for colleague in colleagues
                for i in colleague.indicators
                if i.code == indicator.code and i.fraction is not None
            ]
            average = sum(fractions, Decimal(0)) / len(fractions) if fractions else None
            averages[indicator.code] = IndicatorAverage(average, len(fractions))
        return StaffResults(person, averages)


@dataclass(frozen=True)
class IndicatorAverage:
    """An indicator's fraction averaged over the people who have one (None when nobody)."""

    fraction: Decimal | None
    count: int


@dataclass(frozen=True)
class StaffResults:
    """One person's finished appraisal with their department's averages per indicator code:
    what a profile shows, without the colleagues' own results."""

    person: AppraisalResult
    department_averages: Mapping[str, IndicatorAverage]
