from decimal import Decimal

from kpm_desktop.charts.profile import staff_profile
from tests.charts.results_factory import small_cycle


def test_profile_against_the_department_average_by_hand() -> None:
    chart = staff_profile(small_cycle(), "E2")
    assert chart is not None
    assert (chart.staff_name, chart.department, chart.grade) == ("员工E2", "销售一部", "优秀")
    a, b = chart.axes
    # 销售一部: A = (1 + 0.8 + 0.6) / 3 = 0.8; B over those who have it = (0.9 + 0.7) / 2.
    assert (a.percent, a.department_percent, a.department_count) == (
        Decimal("80.00"), Decimal("80.00"), 3,
    )  # fmt: skip
    assert (b.percent, b.department_percent, b.department_count) == (None, Decimal("80.00"), 2)


def test_other_department_and_unknown_staff() -> None:
    chart = staff_profile(small_cycle(), "E7")
    assert chart is not None
    # 销售二部: A = (0.2 + 0.5 + 0.5 + 0.1) / 4 = 0.325
    assert chart.axes[0].department_percent == Decimal("32.50")
    assert [axis.code for axis in chart.axes] == ["A"]
    assert staff_profile(small_cycle(), "E99") is None
