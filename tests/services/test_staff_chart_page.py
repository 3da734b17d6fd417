"""A staff member's chart page: data from a cycle finished through the services and the
KPI cache, rendered by reportlab with the embedded CJK font, combined after a sheet."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

from pypdf import PdfReader

from kpm_desktop.domain.period import Period
from kpm_desktop.reports.combine import combine
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from tests.appraisal_world import PERIOD, World
from tests.finished_cycle import finish_sales

Q3 = Period.parse(PERIOD)


def _service(database: Database) -> DashboardService:
    kpis = KpiService(database)
    return DashboardService(database, kpis)


def test_chart_page_data_and_pdf_with_chinese_labels(world: World) -> None:
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    first, second = sorted(a.employee_no for a in found if a.department == "销售一部")[:2]
    finish_sales(world, first, "优", "95", "120000")
    finish_sales(world, second, "中", "70", "50000")
    service = _service(world.database)
    page = service.staff_chart_page(world.admin, second, Q3)
    assert (page.department, page.period) == ("销售一部", "2026Q3")
    assert page.profile is not None
    assert [(a.name, a.percent, a.department_percent) for a in page.profile.axes] == [
        ("客户跟进质量", Decimal("70.00"), Decimal("82.50")),
        ("销售额", Decimal("50.00"), Decimal("75.00")),
    ]
    assert page.trend.periods[0] == "2024Q4" and len(page.trend.periods) == 8
    kpis = KpiService(world.database)
    revenue = kpis.values_for_staff([second], Q3, ["revenue"])[second]["revenue"].value
    assert page.trend.series[0].points[-1].value == revenue

    pdf = service.staff_chart_pdf(world.admin, second, Q3)
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    for label in (page.staff_name, "绩效图表",
                  "指标得分率与部门平均对比", "客户跟进质量", "部门平均", "销售额", "成交率",
                  "季度趋势", "2026Q3", "合格"):  # fmt: skip
        assert label in text, label
    fonts = PdfReader(BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
    # the shipped font, embedded as a subset (prefix "AAAAAA+")
    assert any("+WenQuanYiMicroHei" in str(f.get_object()["/BaseFont"]) for f in fonts)
    both = PdfReader(BytesIO(combine([pdf, pdf])))
    assert len(both.pages) == 2


def test_a_person_without_a_finished_appraisal_gets_the_trends_and_a_note(
    world: World,
) -> None:
    pdf = _service(world.database).staff_chart_pdf(world.admin, "E00013", Q3, trend_kpis=("csat",))
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert "本周期没有已定稿的考核结果" in text and "客户满意度" in text
