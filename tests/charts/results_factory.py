"""Hand-made cycle results for chart tests."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.appraisal_results import AppraisalResult, CycleResults, IndicatorResult
from kpm_desktop.domain.rubric import GradeQuota


def result(
    no: str, department: str, total: str, grade: str, fractions: dict[str, str | None]
) -> AppraisalResult:
    indicators = tuple(
        IndicatorResult(code, f"指标{code}", None if f is None else Decimal(f))
        for code, f in fractions.items()
    )
    return AppraisalResult(no, f"员工{no}", department, Decimal(total), grade, indicators)


def small_cycle() -> CycleResults:
    """7 people: 3 优秀 (quota 20 % allows 1), 2 良好, 1 合格, 1 不合格."""
    return CycleResults(
        "2026Q3",
        (
            result("E1", "销售一部", "95", "优秀", {"A": "1", "B": "0.9"}),
            result("E2", "销售一部", "92", "优秀", {"A": "0.8", "B": None}),
            result("E3", "销售一部", "85", "良好", {"A": "0.6", "B": "0.7"}),
            result("E4", "销售二部", "91", "优秀", {"A": "0.2", "B": "0.2"}),
            result("E5", "销售二部", "81", "良好", {"A": "0.5"}),
            result("E6", "销售二部", "70", "合格", {"A": "0.5"}),
            result("E7", "销售二部", "40", "不合格", {"A": "0.1"}),
        ),
        quotas=(GradeQuota("优秀", Decimal(20)), GradeQuota("不合格", Decimal(15))),
    )
