"""KPIs are divided once, from the exact figures: no rounding before the final one."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpm_desktop.domain.decimals import plain_decimal
from kpm_desktop.domain.json_reading import dumps
from kpm_desktop.domain.kpi import (
    Direction,
    KpiUnit,
    attainment_of,
    format_number,
    growth_of,
    ratio,
)
from kpm_desktop.domain.kpi_figures import COMPANY_SPEND, CUSTOMERS, MARKETING_GROUPED, SERVICE
from kpm_desktop.domain.kpi_formulas import (
    customer_values,
    department_marketing_figures,
    marketing_values,
    service_values,
)

D = Decimal


def test_clv_half_cent_rounds_up() -> None:
    # 1,160,808.17 / 6 customers / (1 churned / 15 at the start) = 2,902,020.425 exactly.
    figures = CUSTOMERS.zeros(
        year_revenue=D("1160808.17"),
        year_customers=D(6),
        year_start_base=D(15),
        year_churned=D(1),
    )
    clv = customer_values(figures, required_fields=5)["clv"]
    assert clv.value == D("2902020.425")
    assert format_number(clv.value, KpiUnit.YUAN) == "2,902,020.43"


def test_a_unit_change_is_part_of_the_one_division() -> None:
    # 3 responses taking 1,000 s in all: 1000 / 3 / 60 = 50/9 minutes.
    values = service_values(SERVICE.zeros(response_seconds=D(1000), responded=D(3)))
    minutes = values["first_response_minutes"].value
    assert minutes == D(50) / D(9)


def test_a_departments_share_keeps_the_companys_cost_per_lead() -> None:
    # The department wins 2 of 7 new customers: its share of spend and leads is 2/7, and
    # spend / leads must stay 123,457 / 40 = 3,086.425 exactly (rounded shares gave
    # 3,086.42499... and so 3,086.42).
    company = COMPANY_SPEND.figures(
        {"marketing_spend": D("123457"), "leads": D(40), "spend_rows": D(4)}
    )
    department = MARKETING_GROUPED.zeros(new_customers=D(2))
    figures = department_marketing_figures(department, company, D(7))
    values = marketing_values(figures)
    assert values["cost_per_lead"].value == D("3086.425")
    assert format_number(values["cost_per_lead"].value, KpiUnit.YUAN) == "3,086.43"


def test_attainment_and_growth_multiply_before_they_divide() -> None:
    assert attainment_of(D(1), D(3), Direction.HIGHER_IS_BETTER)[0] == D(100) / D(3)
    assert growth_of(D(4), D(3))[0] == D(100) / D(3)


@pytest.mark.parametrize(
    ("number", "text"),
    [("0E+4", "0"), ("1.5E+3", "1500"), ("30.00", "30.00"), ("-0", "0"), ("1E-7", "0.0000001")],
)
def test_json_numbers_are_never_in_exponent_form(number: str, text: str) -> None:
    assert plain_decimal(D(number)) == text
    assert dumps({"n": D(number)}) == '{\n  "n": ' + text + "\n}"


_figures = st.one_of(
    st.integers(min_value=0, max_value=10**12),
    st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-(10**9), max_value=10**9, places=0, allow_nan=False),
)


@given(
    numerator=_figures,
    denominator=_figures,
    percent=st.booleans(),
    scale=st.sampled_from([1, 60, 3600]),
)
def test_a_ratio_of_sums_is_the_one_division_of_the_exact_fraction(
    numerator: Decimal | int, denominator: Decimal | int, percent: bool, scale: int
) -> None:
    """The Decimal path for sums and counts gives what dividing the Fractions gives, to the
    digit and written the same (plain JSON shows the representation)."""
    fast = ratio("k", numerator, denominator, "none", percent=percent, scale=scale)
    exact = ratio("k", Fraction(numerator), Fraction(denominator), "none", percent=percent,
                  scale=scale)  # fmt: skip
    assert fast == exact
    for mine, theirs in ((fast.value, exact.value), (fast.numerator, exact.numerator),
                         (fast.denominator, exact.denominator)):  # fmt: skip
        assert str(mine) == str(theirs)
