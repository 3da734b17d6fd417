from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kpm_desktop.charts.grades import grade_distribution
from kpm_desktop.domain.appraisal_results import CycleResults
from kpm_desktop.domain.rubric import GradeQuota
from kpm_desktop.domain.scoring import check_distribution
from tests.charts.results_factory import result, small_cycle


def test_counts_quotas_and_overruns_by_hand() -> None:
    chart = grade_distribution(small_cycle())
    assert [(b.grade, b.count) for b in chart.bars] == [
        ("优秀", 3), ("良好", 2), ("合格", 1), ("不合格", 1),
    ]  # fmt: skip
    excellent, good, _passed, failed = chart.bars
    # 20 % of 7 = 1.4 -> 1 allowed; 3 given -> 2 over. 15 % of 7 = 1.05 -> 1 allowed.
    assert (excellent.allowed, excellent.over, excellent.max_percent) == (1, 2, Decimal(20))
    assert (failed.allowed, failed.over) == (1, 0)
    assert good.allowed is None and good.over == 0
    assert excellent.percent == Decimal("42.86") and good.percent == Decimal("28.57")
    assert [m.staff_no for m in excellent.members] == ["E1", "E2", "E4"]
    assert chart.breaches == (excellent,)
    assert chart.total == 7


def test_unknown_grades_follow_the_bands_and_empty_cycle_has_zero_bars() -> None:
    cycle = CycleResults("2026Q3", (result("E1", "部", "50", "待定", {}),))
    chart = grade_distribution(cycle)
    assert [b.grade for b in chart.bars] == ["优秀", "良好", "合格", "不合格", "待定"]
    empty = grade_distribution(CycleResults("2026Q3", ()))
    assert all(b.count == 0 and b.percent == 0 for b in empty.bars)


@given(
    grades=st.lists(st.sampled_from(["优秀", "良好", "合格", "不合格"]), max_size=40),
    percent=st.integers(min_value=0, max_value=100),
)
def test_overruns_agree_with_check_distribution(grades: list[str], percent: int) -> None:
    quotas = (GradeQuota("优秀", Decimal(percent)),)
    cycle = CycleResults(
        "2026Q3",
        tuple(result(f"E{i}", "部", "80", g, {}) for i, g in enumerate(grades)),
        quotas=quotas,
    )
    chart = grade_distribution(cycle)
    breaches = check_distribution(grades, quotas)
    assert [(b.grade, b.count, b.allowed) for b in chart.breaches] == [
        (b.grade, b.count, b.allowed) for b in breaches
    ]
