"""Built-in templates scored from CRM figures, linked to KPIs by their keys (docs/kpis.md).

The indicators, targets and weights are listed in docs/builtin-templates.md.

Units are the KPI engine's: rates as fractions (0.30 is 30 %), csat 0-100, minutes,
hours, days and counts as they are.
"""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.rubric import Category, Indicator, RubricTemplate
from kpm_desktop.domain.rubric_methods import (
    KpiBand,
    KpiBandsMethod,
    KpiDirection,
    KpiLinearMethod,
)

D = Decimal
LOWER = KpiDirection.LOWER_IS_BETTER

SALES_TEMPLATE_NAME = "销售人员业绩考核表"
SERVICE_TEMPLATE_NAME = "客户服务人员考核表"


def sales_template() -> RubricTemplate:
    results = (
        Indicator(
            "S1",
            "销售目标达成率",
            D(35),
            KpiLinearMethod("target_attainment", D(1)),
            "季度销售额 / 季度销售目标,达成目标得满分",
            "CRM成交订单",
        ),
        Indicator(
            "S2",
            "成交率",
            D(15),
            KpiLinearMethod("win_rate", D("0.30")),
            "赢单 / (赢单 + 输单),目标30%",
            "CRM商机记录",
        ),
        Indicator(
            "S3",
            "销售周期",
            D(15),
            KpiLinearMethod("sales_cycle_days", D(30), LOWER),
            "赢单从首次接触到成交的平均天数,30天以内得满分",
            "CRM商机记录",
        ),
    )
    development = (
        Indicator(
            "S4",
            "新客户数",
            D(20),
            KpiLinearMethod("new_customers", D(10)),
            "本季度首次成交的客户数,目标10个",
            "CRM客户档案",
        ),
        Indicator(
            "S5",
            "客户跟进记录",
            D(15),
            KpiLinearMethod("follow_ups", D(60)),
            "本季度记录的跟进次数,目标60次",
            "CRM跟进记录",
        ),
    )
    return RubricTemplate(
        name=SALES_TEMPLATE_NAME,
        department="销售部",
        description="销售代表季度考核,全部指标由CRM数据计算。",
        categories=(Category("销售业绩", results), Category("客户开发", development)),
    )


def customer_service_template() -> RubricTemplate:
    csat_bands = KpiBandsMethod(
        "csat",
        D(10),
        (
            KpiBand("非常满意", D(90), None, D(10)),
            KpiBand("满意", D(70), D(90), D(8)),
            KpiBand("一般", D(50), D(70), D(5)),
            KpiBand("不满意", None, D(50), D(0)),
        ),
    )
    speed = (
        Indicator(
            "C1",
            "响应时间",
            D(20),
            KpiLinearMethod("first_response_minutes", D(30), LOWER),
            "工单从创建到首次响应的平均分钟数,30分钟以内得满分",
            "CRM服务工单",
        ),
        Indicator(
            "C2",
            "解决时间",
            D(20),
            KpiLinearMethod("resolution_hours", D(24), LOWER),
            "工单从创建到解决的平均小时数,24小时以内得满分",
            "CRM服务工单",
        ),
        Indicator(
            "C3",
            "首次解决率",
            D(20),
            KpiLinearMethod("fcr_rate", D("0.80")),
            "首次接触即解决的工单占比,目标80%",
            "CRM服务工单",
        ),
    )
    quality = (
        Indicator(
            "C4",
            "客户满意度",
            D(25),
            csat_bands,
            "90-100 非常满意 / 70-89 满意 / 50-69 一般 / 0-49 不满意",
            "客户满意度评价",
        ),
        Indicator(
            "C5",
            "客户投诉率",
            D(15),
            KpiLinearMethod("complaint_rate", D("0.05"), LOWER),
            "投诉工单的客户数占比,5%以内得满分",
            "CRM服务工单",
        ),
    )
    return RubricTemplate(
        name=SERVICE_TEMPLATE_NAME,
        department="客服部",
        description="客服专员季度考核,全部指标由CRM服务数据计算。",
        categories=(Category("服务效率", speed), Category("服务质量", quality)),
    )
