"""The KPI registry's Chinese side: formulas for the printed sheet and n/a reasons."""

import re
from decimal import Decimal
from pathlib import Path

from kpm_desktop.domain import kpi_reasons
from kpm_desktop.domain.kpi import KPI_DEFINITIONS, Direction, KpiUnit, attainment_of
from kpm_desktop.domain.kpi_figures import CUSTOMERS, MARKETING, SALES, SERVICE
from kpm_desktop.domain.kpi_formulas import (
    customer_values,
    marketing_values,
    revenue_growth,
    sales_values,
    service_values,
    staff_marketing_values,
)
from kpm_desktop.domain.kpi_reasons import NO_RECORDS_ZH, REASONS_ZH, reason_zh

D = Decimal


def test_every_kpi_has_a_chinese_formula_without_latin_letters() -> None:
    for definition in KPI_DEFINITIONS:
        assert definition.formula_zh.strip(), definition.key
        assert not re.search(r"[A-Za-z]", definition.formula_zh), definition.key
        assert definition.formula_zh != definition.formula


def test_percent_formulas_say_times_100_percent() -> None:
    rates = {d.key: d.formula_zh for d in KPI_DEFINITIONS if d.unit is KpiUnit.PERCENT}
    assert rates and all("× 100%" in text for text in rates.values())


def _reasons_the_engine_gives() -> set[str]:
    one_year = CUSTOMERS.zeros(year_customers=D(1), year_start_base=D(0))
    no_churn = CUSTOMERS.zeros(year_customers=D(1), year_start_base=D(1))
    values = [
        *sales_values(SALES.zeros()).values(),
        *customer_values(CUSTOMERS.zeros(), 6).values(),
        customer_values(one_year, 6)["clv"],
        customer_values(no_churn, 6)["clv"],
        *service_values(SERVICE.zeros()).values(),
        *marketing_values(MARKETING.zeros()).values(),
        *marketing_values(MARKETING.zeros(spend_rows=D(1))).values(),
        *staff_marketing_values().values(),
        revenue_growth(D(5), D(0)),
    ]
    reasons = {value.reason for value in values if value.is_na}
    reasons |= {
        attainment_of(None, D(1), Direction.HIGHER_IS_BETTER)[1],
        attainment_of(D(1), None, Direction.HIGHER_IS_BETTER)[1],
        attainment_of(D(0), D(1), Direction.LOWER_IS_BETTER)[1],
    }
    return reasons


def test_every_reason_the_engine_gives_has_chinese_text() -> None:
    reasons = _reasons_the_engine_gives()
    assert len(reasons) >= 20
    assert reasons <= set(REASONS_ZH)
    constants = {
        value
        for name, value in vars(kpi_reasons).items()
        if name.isupper() and isinstance(value, str) and not name.endswith("_ZH")
    }
    assert constants == set(REASONS_ZH)
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in REASONS_ZH.values())


def test_reason_zh_translates_keeps_unknown_text_and_fills_an_empty_one() -> None:
    assert reason_zh("no ticket opened in the period") == "考核期内无受理的工单"
    assert reason_zh("not computed") == "not computed"
    assert reason_zh("") == NO_RECORDS_ZH == "考核期内无相关记录"


def test_docs_list_both_formulas_of_every_kpi() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "kpis.md").read_text(encoding="utf-8")
    for definition in KPI_DEFINITIONS:
        row = next(line for line in docs.splitlines() if line.startswith(f"| `{definition.key}` |"))
        assert definition.formula in row and definition.formula_zh in row
