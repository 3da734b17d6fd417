"""Targets and marketing spend: what KPIs are measured against and what they cost."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.crm import SpendKind
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_rules import EmptyWhen, ExactlyOne, NeededWhen
from kpm_desktop.domain.crm_tables.shared_columns import DEPARTMENT_REF, STAFF_REF
from kpm_desktop.domain.import_columns import Column, ValueType

_STAFF_NO = Column(
    "staff_no",
    "员工编号",
    "employee_no",
    reference=STAFF_REF,
    aliases=("工号", "staff_no"),
    max_length=32,
    label="Staff member",
)

TARGETS = TableDefinition(
    "targets",
    "目标",
    "targets",
    (
        _STAFF_NO,
        Column(
            "department_code",
            "部门编号",
            "department_code",
            reference=DEPARTMENT_REF,
            max_length=32,
            label="Department",
        ),
        Column(
            "period",
            "期间",
            "period",
            ValueType.PERIOD,
            required=True,
            aliases=("考核期间",),
            max_length=10,
            label="Period",
        ),
        Column(
            "kpi",
            "指标",
            "kpi",
            required=True,
            aliases=("指标代码", "kpi_key"),
            max_length=50,
            label="KPI",
        ),
        Column(
            "value",
            "目标值",
            "target_value",
            ValueType.QUANTITY,
            required=True,
            minimum=Decimal(0),
            aliases=("value", "目标"),
            label="Target value",
        ),
    ),
    key=("period", "kpi", "staff_no", "department_code"),
    rules=(ExactlyOne("staff_no", "department_code"),),
)

_SPEND_KIND = {
    "marketing": SpendKind.MARKETING.value,
    "市场费用": SpendKind.MARKETING.value,
    "营销费用": SpendKind.MARKETING.value,
    "市场": SpendKind.MARKETING.value,
    "sales_expense": SpendKind.SALES_EXPENSE.value,
    "销售费用": SpendKind.SALES_EXPENSE.value,
}

SPEND = TableDefinition(
    "spend",
    "营销费用",
    "marketing_spend",
    (
        Column(
            "period",
            "期间",
            "period",
            ValueType.PERIOD,
            required=True,
            max_length=10,
            label="Period",
        ),
        Column(
            "kind",
            "费用类型",
            "kind",
            ValueType.CHOICE,
            choices=_SPEND_KIND,
            default=SpendKind.MARKETING.value,
            aliases=("类型",),
            max_length=16,
            label="Kind",
        ),
        Column("channel", "渠道", "channel", max_length=50, default="", label="Channel"),
        _STAFF_NO,
        Column(
            "amount",
            "金额",
            "amount",
            ValueType.AMOUNT,
            required=True,
            minimum=Decimal(0),
            aliases=("费用",),
            label="Amount",
        ),
        Column(
            "leads",
            "线索数",
            "leads",
            ValueType.INTEGER,
            minimum=Decimal(0),
            default=0,
            aliases=("线索",),
            label="Leads",
        ),
    ),
    key=("period", "kind", "channel", "staff_no"),
    # Marketing spend has no owner; a sales expense belongs to a staff member.
    rules=(
        NeededWhen("staff_no", "kind", (SpendKind.SALES_EXPENSE.value,)),
        EmptyWhen("staff_no", "kind", (SpendKind.MARKETING.value,)),
    ),
)
