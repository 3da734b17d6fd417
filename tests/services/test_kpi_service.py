"""Every KPI against values worked by hand on the small dataset of kpi_fixture.py."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from kpm_desktop.domain.errors import NotFoundError, ValidationError
from kpm_desktop.domain.kpi import KPI_DEFINITIONS, KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.services.kpi_fixture import fill_small_crm


@pytest.fixture
def kpis(database: Database) -> KpiService:
    fill_small_crm(database)
    return KpiService(database, zone=UTC_ZONE)


def D(text: str | int) -> Decimal:
    return Decimal(text)


def close(value: KpiValue, expected: str) -> bool:
    assert value.value is not None, value.reason
    return abs(value.value - D(expected)) < D("0.0001")


def staff_values(kpis: KpiService, period: str = "2026Q3", **kw: object) -> dict:
    table = kpis.compute(period, **kw)  # type: ignore[arg-type]
    return {row.code: row.values for row in table.rows}


def test_sales_family_by_staff(kpis: KpiService) -> None:
    v = staff_values(kpis)
    e1, e2, e3 = v["E1"], v["E2"], v["E3"]
    assert e1["revenue"].value == D("1300.50")
    assert (e1["won_deals"].value, e1["lost_deals"].value) == (2, 1)
    assert close(e1["win_rate"], "66.666666")
    assert (e1["win_rate"].numerator, e1["win_rate"].denominator) == (2, 3)
    assert close(e1["avg_order_value"], "650.25")
    assert close(e1["items_per_order"], "2.5")
    assert close(e1["purchase_frequency"], "1")
    # (40 + 20) / 2 days; the second deal started in Q2 and closed in Q3
    assert close(e1["sales_cycle_days"], "30")
    assert e1["new_customers"].value == 1
    # E2: one lost deal, the won deal without a closed date is ignored
    assert e2["revenue"].value == 0 and e2["won_deals"].value == 0
    assert close(e2["win_rate"], "0")
    assert e2["avg_order_value"].is_na and e2["avg_order_value"].reason
    assert e2["sales_cycle_days"].is_na
    # E3: no deals at all: sums are 0, ratios n/a
    assert e3["revenue"].value == 0
    assert e3["win_rate"].is_na and "no deal" in e3["win_rate"].reason


def test_new_customer_is_credited_in_the_quarter_of_the_first_win(kpis: KpiService) -> None:
    assert staff_values(kpis, "2026Q4")["E2"]["new_customers"].value == 1
    assert staff_values(kpis, "2026Q1")["E2"]["new_customers"].value == 1
    # customer 1 first won in Q1, so its Q3 win is not a new customer
    assert staff_values(kpis, "2026Q1")["E1"]["new_customers"].value == 1


def test_department_is_computed_over_records_not_averaged(kpis: KpiService) -> None:
    rows = kpis.compute("2026Q3", level=ScopeLevel.DEPARTMENT).rows
    d1 = next(row for row in rows if row.code == "D1").values
    assert d1["revenue"].value == D("1300.50")
    assert close(d1["win_rate"], "50")  # 2 / 4, not the mean of 66.67 % and 0 %
    company = kpis.compute("2026Q3", level=ScopeLevel.COMPANY).rows[0].values
    assert close(company["win_rate"], "50")
    assert company["new_customers"].value == 1


def test_customers_family(kpis: KpiService) -> None:
    v = staff_values(kpis)
    e1, e2, e3 = v["E1"], v["E2"], v["E3"]
    assert close(e1["retention_rate"], "100")  # (E 2 - N 1) / S 1
    assert close(e1["churn_rate"], "0")
    assert close(e1["lead_conversion"], "100")
    assert close(e1["profile_completeness"], str(D(1000) / 12))  # (6 + 4) / 12
    assert e1["follow_ups"].value == 2
    assert close(e1["follow_up_coverage"], "50")
    assert close(e2["retention_rate"], "0")  # (1 - 1) / 1
    assert close(e2["churn_rate"], "100")
    assert close(e2["lead_conversion"], "0")
    assert close(e2["profile_completeness"], "100")
    assert close(e2["follow_up_coverage"], "0")
    assert e3["retention_rate"].is_na and e3["profile_completeness"].is_na
    assert e3["follow_ups"].value == 0


def test_clv(kpis: KpiService) -> None:
    v = staff_values(kpis)
    # E2: 2000 won from 1 customer in 12 months, 1 of 1 customers churned -> 2000 x 1
    assert close(v["E2"]["clv"], "2000")
    assert v["E1"]["clv"].is_na and "start" in v["E1"]["clv"].reason
    assert v["E3"]["clv"].is_na


def test_local_dates_follow_the_office_zone(database: Database) -> None:
    fill_small_crm(database)
    china = KpiService(database, zone=ZoneInfo("Asia/Shanghai"))
    # 2026-09-30 23:30 UTC is 1 October in Beijing: out of Q3
    assert staff_values(china)["E1"]["follow_ups"].value == 1


def test_service_family(kpis: KpiService) -> None:
    e3 = staff_values(kpis)["E3"]
    assert close(e3["complaint_rate"], "100")  # 2 complaints / 2 customers
    assert close(e3["repeat_issue_rate"], str(D(100) / 3))
    assert close(e3["resolution_rate"], str(D(200) / 3))
    assert close(e3["first_response_minutes"], "45")
    assert close(e3["resolution_hours"], str(D(74) / 3))  # (2 + 48 + 24) / 3
    assert close(e3["fcr_rate"], str(D(200) / 3))
    assert close(e3["csat"], "77.5")
    assert dict(e3["csat"].details) == {"非常满意": 1, "满意": 0, "一般": 1, "不满意": 0}
    e1 = staff_values(kpis)["E1"]
    assert e1["csat"].is_na and e1["complaint_rate"].is_na


def test_marketing_is_company_and_department_only(kpis: KpiService) -> None:
    assert staff_values(kpis)["E1"]["cac"].is_na
    company = kpis.compute("2026Q3", level=ScopeLevel.COMPANY).rows[0].values
    assert close(company["cac"], "16500")  # (15000 + 1500) / 1
    assert close(company["marketing_roi"], str(D(-1400) / 15))  # (1000 - 15000) / 15000
    assert close(company["cost_per_lead"], "100")
    departments = {
        r.code: r.values for r in kpis.compute("2026Q3", level=ScopeLevel.DEPARTMENT).rows
    }
    assert close(departments["D1"]["cac"], "16500")
    assert departments["D2"]["cac"].is_na
    month = kpis.compute("2026-07", level=ScopeLevel.COMPANY).rows[0].values
    assert month["cac"].is_na and "no spend" in month["cac"].reason


def test_empty_period_gives_zero_sums_and_na_ratios(kpis: KpiService) -> None:
    table = kpis.compute("2030Q1", level=ScopeLevel.COMPANY)
    values = table.rows[0].values
    assert values["revenue"].value == 0 and values["follow_ups"].value == 0
    na_keys = {key for key, value in values.items() if value.is_na}
    assert {"win_rate", "avg_order_value", "csat", "fcr_rate", "cac", "revenue_growth"} <= na_keys
    assert all(values[key].reason for key in na_keys)
    assert {d.key for d in KPI_DEFINITIONS} == set(values)


def test_targets_attainment_and_growth(kpis: KpiService) -> None:
    kpis.set_targets(HR_ADMIN, [
        KpiTarget.parse("2026Q3", "revenue", "1000", staff_no="E1"),
        KpiTarget.parse("2026Q3", "revenue", "500", staff_no="E2"),
        KpiTarget.parse("2026Q3", "sales_cycle_days", "60", staff_no="E1"),
        KpiTarget.parse("2026Q3", "complaint_rate", "50", staff_no="E3"),
    ])  # fmt: skip
    v = staff_values(kpis, compare=True)
    assert close(v["E1"]["target_attainment"], "130.05")
    assert v["E1"]["revenue"].attainment == D("130.05")
    assert v["E2"]["target_attainment"].value == 0
    assert v["E3"]["target_attainment"].is_na and v["E3"]["target_attainment"].reason
    assert v["E1"]["sales_cycle_days"].attainment == 200  # lower is better: 60 / 30
    assert v["E3"]["complaint_rate"].attainment == 50  # 50 / 100
    assert v["E1"]["win_rate"].attainment is None
    assert v["E1"]["win_rate"].attainment_reason == "no target set"
    # Q2 revenue of E1 was 0: growth is n/a, never 0 or an error
    assert v["E1"]["revenue_growth"].is_na
    assert v["E1"]["revenue"].growth is None and v["E1"]["revenue"].growth_reason
    departments = {
        r.code: r.values for r in kpis.compute("2026Q3", level=ScopeLevel.DEPARTMENT).rows
    }
    assert close(departments["D1"]["target_attainment"], str(D(130050) / 1500))
    assert departments["D1"]["sales_cycle_days"].target is None  # ratios do not roll up


def test_revenue_growth_from_the_previous_period(kpis: KpiService) -> None:
    growth = staff_values(kpis, "2026Q1", keys=["revenue_growth"])["E1"]["revenue_growth"]
    assert growth.is_na  # 2025Q4 had no revenue
    half = staff_values(kpis, "2026H2", keys="revenue,revenue_growth")["E1"]
    assert half["revenue"].value == D("1300.50")
    assert close(half["revenue_growth"], str((D("1300.50") - 500) / 500 * 100))
    assert set(half) == {"revenue", "revenue_growth"}


def test_set_targets_is_validated_and_all_or_nothing(kpis: KpiService) -> None:
    with pytest.raises(ValidationError, match="row 2: no staff member"):
        kpis.set_targets(HR_ADMIN, [
            KpiTarget.parse("2026Q3", "revenue", "1", staff_no="E1"),
            KpiTarget.parse("2026Q3", "revenue", "1", staff_no="E9"),
        ])  # fmt: skip
    assert kpis.targets_for(HR_ADMIN, "2026Q3") == []
    for bad in (("2026Q5", "revenue", "1"), ("2026Q3", "nope", "1"), ("2026Q3", "revenue", "-1")):
        with pytest.raises(ValidationError):
            KpiTarget.parse(*bad, staff_no="E1")
    kpis.set_target(HR_ADMIN, KpiTarget.parse("2026q3", "revenue", "7", department_code="D1"))
    kpis.set_target(HR_ADMIN, KpiTarget.parse("2026Q3", "revenue", "8", department_code="D1"))
    assert kpis.targets_for(HR_ADMIN, "2026Q3") == [
        KpiTarget("2026Q3", "revenue", D(8), None, "D1")
    ]


def test_values_for_staff_feeds_appraisals(kpis: KpiService) -> None:
    result = kpis.values_for_staff(["E1"], "2026Q3", ["win_rate"])
    value = result["E1"]["win_rate"]
    assert (value.numerator, value.denominator) == (2, 3)
    with pytest.raises(NotFoundError):
        kpis.values_for_staff(["E404"], "2026Q3", ["win_rate"])


def test_department_filter(kpis: KpiService) -> None:
    assert [r.code for r in kpis.compute("2026Q3", department="D1").rows] == ["E1", "E2"]
    assert [r.code for r in kpis.compute("2026Q3", department="客服部").rows] == ["E3"]
