"""Vocabulary of the CRM records appraisals draw on (their columns: docs/formats.md)."""

from enum import StrEnum


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class SpendKind(StrEnum):
    """Marketing spend has no owner; sales expense belongs to a staff member."""

    MARKETING = "marketing"
    SALES_EXPENSE = "sales_expense"


DEAL_STAGES: tuple[str, ...] = ("线索", "需求确认", "方案报价", "商务谈判", "赢单", "输单")
ACTIVITY_KINDS: tuple[str, ...] = ("电话", "拜访", "邮件", "微信", "会议")

# The demo company's marketing sources, each also a spend channel of the same name. Which
# sources count for marketing_roi is data (domain/marketing_sources.py), not this list.
MARKETING_SOURCES: tuple[str, ...] = ("网络推广", "展会", "广告投放", "电话营销")
OTHER_SOURCES: tuple[str, ...] = ("转介绍", "自然到访", "老客户")

# The profile fields a complete customer record has filled (profile_completeness KPI).
REQUIRED_PROFILE_FIELDS: tuple[str, ...] = (
    "contact_name",
    "phone",
    "email",
    "address",
    "industry",
    "region",
)
