from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.kpi import (
    KPI_DEFINITIONS,
    Direction,
    KpiUnit,
    attainment_of,
    format_number,
    growth_of,
    parse_kpi_keys,
    plain_number,
    ratio,
)
from kpm_desktop.domain.kpi_figures import MARKETING, SALES, SERVICE
from kpm_desktop.domain.kpi_formulas import marketing_values, sales_values, service_values

LOWER = {
    "sales_cycle_days", "churn_rate", "cac", "cost_per_lead", "complaint_rate",
    "first_response_minutes", "resolution_hours", "repeat_issue_rate",
}  # fmt: skip


def test_registry_is_complete_and_documented() -> None:
    keys = [d.key for d in KPI_DEFINITIONS]
    assert len(keys) == len(set(keys)) == 28
    assert all(d.name_zh and d.name_en and d.formula for d in KPI_DEFINITIONS)
    assert {d.key for d in KPI_DEFINITIONS if d.direction is Direction.LOWER_IS_BETTER} == LOWER


def test_parse_kpi_keys_keeps_registry_order_and_refuses_unknown() -> None:
    assert [d.key for d in parse_kpi_keys("win_rate, revenue")] == ["revenue", "win_rate"]
    assert parse_kpi_keys(None) == KPI_DEFINITIONS
    with pytest.raises(ValidationError, match="'revnue' is not a KPI"):
        parse_kpi_keys("revnue")


def test_zero_denominator_is_na_with_reason_never_zero() -> None:
    value = ratio("win_rate", 0, 0, "no deal", percent=True)
    assert value.value is None and value.reason == "no deal"
    assert (value.numerator, value.denominator) == (0, 0)
    values = sales_values(SALES.zeros())
    assert values["revenue"].value == 0
    assert values["win_rate"].is_na and values["avg_order_value"].is_na
    assert all(v.is_na for v in service_values(SERVICE.zeros()).values())
    assert all(v.is_na for v in marketing_values(MARKETING.zeros()).values())


def test_attainment_lower_is_better_inverts() -> None:
    assert attainment_of(Decimal(30), Decimal(60), Direction.LOWER_IS_BETTER)[0] == 200
    assert attainment_of(Decimal(30), Decimal(60), Direction.HIGHER_IS_BETTER)[0] == 50
    assert attainment_of(Decimal(0), Decimal(60), Direction.LOWER_IS_BETTER)[0] is None
    assert attainment_of(None, Decimal(1), Direction.HIGHER_IS_BETTER) == (
        None,
        "the KPI itself is n/a",
    )
    assert attainment_of(Decimal(1), None, Direction.HIGHER_IS_BETTER)[1] == "no target set"


def test_growth() -> None:
    assert growth_of(Decimal(150), Decimal(100)) == (Decimal(50), "")
    assert growth_of(Decimal(150), Decimal(0))[0] is None
    assert growth_of(None, Decimal(1))[0] is None


def test_format_number_rounds_half_up_for_display_only() -> None:
    assert format_number(Decimal("2.345"), KpiUnit.PERCENT) == "2.35%"
    assert format_number(Decimal(1234), KpiUnit.COUNT) == "1,234"
    assert format_number(None) == "n/a"


def test_plain_number_rounds_the_same_without_grouping_or_percent_sign() -> None:
    third = Decimal(1) / Decimal(3) * 100  # 33.33333333333333333333333333
    assert plain_number(third, KpiUnit.PERCENT) == "33.33"
    assert plain_number(Decimal("1234.565"), KpiUnit.YUAN) == "1234.57"
    assert plain_number(Decimal("-0.125"), KpiUnit.PERCENT) == "-0.13"
    assert plain_number(Decimal(1234), KpiUnit.COUNT) == "1234"
    assert plain_number(Decimal("2.5"), KpiUnit.COUNT) == "2.50"
    assert plain_number(None) == "n/a"


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_win_rate_is_exact_and_bounded(won: int, lost: int) -> None:
    value = sales_values(SALES.zeros(won=Decimal(won), lost=Decimal(lost)))["win_rate"]
    if won + lost == 0:
        assert value.is_na
    else:
        assert value.value is not None and 0 <= value.value <= 100
        assert value.value * (won + lost) == pytest.approx(Decimal(won) * 100)
