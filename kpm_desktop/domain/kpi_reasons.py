"""Why a KPI has no value (n/a): the reasons the KPI engine gives, and their Chinese text.

The engine's reasons are English: the English UI and the CLI show them as they are, and an
appraisal's KPI snapshot stores them (so their wording is data: keep it). The printed
sheet and the Chinese UI show `reason_zh`.
"""

from __future__ import annotations

NO_TARGET = "no target set"
KPI_IS_NA = "the KPI itself is n/a"
TARGET_OR_ACTUAL_ZERO = "division by zero (target or actual is 0)"
NO_DEAL_WON = "no deal won in the period"
NO_DEAL_CLOSED = "no deal won or lost in the period"
NO_FIRST_CONTACT = "no won deal in the period has a first contact date"
NO_PREVIOUS_REVENUE = "no revenue in the previous period"
NO_CUSTOMER_AT_START = "no customer owned at the start of the period"
NO_CUSTOMER_AT_END = "no customer owned at the end of the period"
NO_CUSTOMER_CREATED = "no customer created in the period"
NO_DEAL_WON_IN_YEAR = "no deal won in the 12 months ending with the period"
NO_CUSTOMER_AT_YEAR_START = "no customer owned at the start of the 12 months"
NO_CHURN_IN_YEAR = "no customer churned in 12 months: lifespan unknown"
NO_RATED_TICKET = "no rated ticket resolved in the period"
NO_TICKET_OPENED = "no ticket opened in the period"
NO_TICKET_RESOLVED = "no ticket resolved in the period"
NO_TICKET_RESPONDED = "no ticket opened in the period has a response"
NO_SPEND_RECORDED = "no spend recorded inside the period"
NO_NEW_CUSTOMER = "no new customer in the period"
NO_MARKETING_SPEND = "no marketing spend in the period"
NO_LEAD = "no lead generated in the period"
SPEND_HAS_NO_OWNER = "spend has no owner: a department or company figure only"
NO_FIGURES_FOR_PERSON = "no figures for this person"
NO_FIGURES = "no figures for the period"

# For an n/a KPI stored without a reason (the engine always gives one; a database edited
# by other means may not).
NO_RECORDS_ZH = "考核期内无相关记录"

REASONS_ZH: dict[str, str] = {
    NO_TARGET: "未设定目标",
    KPI_IS_NA: "指标本身无数据",
    TARGET_OR_ACTUAL_ZERO: "目标值或实际值为 0，无法计算",
    NO_DEAL_WON: "考核期内无赢单订单",
    NO_DEAL_CLOSED: "考核期内无赢单或输单订单",
    NO_FIRST_CONTACT: "考核期内的赢单订单均无首次接触日期",
    NO_PREVIOUS_REVENUE: "上一考核期销售额为 0",
    NO_CUSTOMER_AT_START: "考核期初无负责的客户",
    NO_CUSTOMER_AT_END: "考核期末无负责的客户",
    NO_CUSTOMER_CREATED: "考核期内无新建客户",
    NO_DEAL_WON_IN_YEAR: "截至考核期末的 12 个月内无赢单订单",
    NO_CUSTOMER_AT_YEAR_START: "12 个月期初无负责的客户",
    NO_CHURN_IN_YEAR: "12 个月内无客户流失，无法估算客户生命周期",
    NO_RATED_TICKET: "考核期内解决的工单均无满意度评分",
    NO_TICKET_OPENED: "考核期内无受理的工单",
    NO_TICKET_RESOLVED: "考核期内无解决的工单",
    NO_TICKET_RESPONDED: "考核期内受理的工单均无首次响应",
    NO_SPEND_RECORDED: "考核期内无费用记录",
    NO_NEW_CUSTOMER: "考核期内无新客户",
    NO_MARKETING_SPEND: "考核期内无营销费用",
    NO_LEAD: "考核期内无新增线索",
    SPEND_HAS_NO_OWNER: "费用不归属个人，仅按部门或公司计算",
    NO_FIGURES_FOR_PERSON: "无该员工的数据",
    NO_FIGURES: "该考核期无数据",
}


def reason_zh(reason: str) -> str:
    """The Chinese text of an n/a reason; a reason without one stays as it is (it still
    says more than nothing), an empty one becomes `NO_RECORDS_ZH`."""
    if not reason:
        return NO_RECORDS_ZH
    return REASONS_ZH.get(reason, reason)
