"""A staff member's indicator scores against the average of their department."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kpm_desktop.domain.appraisal_results import CycleResults, IndicatorAverage, StaffResults
from kpm_desktop.domain.decimals import round_to

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class ProfileAxis:
    code: str
    name: str
    percent: Decimal | None  # of the indicator's full score; None when N/A for this person
    department_percent: Decimal | None  # average over the department, None when nobody
    department_count: int  # how many people the average is over


@dataclass(frozen=True)
class StaffProfileChart:
    staff_no: str
    staff_name: str
    department: str
    total: Decimal
    grade: str
    axes: tuple[ProfileAxis, ...]


def staff_profile(cycle: CycleResults, staff_no: str) -> StaffProfileChart | None:
    """None when the staff member has no finished appraisal in the cycle."""
    results = cycle.profile_of(staff_no)
    return None if results is None else profile_chart(results)


def profile_chart(results: StaffResults) -> StaffProfileChart:
    person = results.person
    axes = []
    for indicator in person.indicators:
        average = results.department_averages.get(indicator.code, IndicatorAverage(None, 0))
        axes.append(
            ProfileAxis(
                indicator.code,
                indicator.name,
                _percent(indicator.fraction),
                _percent(average.fraction),
                average.count,
            )
        )
    return StaffProfileChart(
        person.staff_no, person.staff_name, person.department, person.total, person.grade,
        tuple(axes),
    )  # fmt: skip


def _percent(fraction: Decimal | None) -> Decimal | None:
    return None if fraction is None else round_to(fraction * _HUNDRED)
