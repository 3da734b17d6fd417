"""Deals (opportunities and orders): the sales KPIs are computed from them."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.crm import DEAL_STAGES, DealStatus
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_rules import EmptyWhen, NeededWhen, NotAfter, NotBefore
from kpm_desktop.domain.crm_tables.shared_columns import CUSTOMER_CODE, OWNER_REF
from kpm_desktop.domain.import_columns import Column, ValueType

_STATUS = {
    "open": DealStatus.OPEN.value,
    "进行中": DealStatus.OPEN.value,
    "跟进中": DealStatus.OPEN.value,
    "won": DealStatus.WON.value,
    "赢单": DealStatus.WON.value,
    "成交": DealStatus.WON.value,
    "lost": DealStatus.LOST.value,
    "输单": DealStatus.LOST.value,
    "丢单": DealStatus.LOST.value,
}
_CLOSED = (DealStatus.WON.value, DealStatus.LOST.value)

DEALS = TableDefinition(
    "deals",
    "商机/订单",
    "deals",
    (
        Column(
            "code",
            "订单编号",
            "deal_code",
            required=True,
            aliases=("商机编号", "code"),
            max_length=32,
            label="Deal no.",
        ),
        CUSTOMER_CODE,
        Column(
            "owner_no",
            "负责人工号",
            "owner_employee_no",
            required=True,
            reference=OWNER_REF,
            aliases=("负责人", "owner_no"),
            max_length=32,
            label="Owner",
        ),
        Column(
            "stage",
            "阶段",
            "stage",
            ValueType.CHOICE,
            required=True,
            aliases=("销售阶段",),
            max_length=20,
            choices={stage: stage for stage in DEAL_STAGES},
            label="Stage",
        ),
        Column(
            "status",
            "状态",
            "status",
            ValueType.CHOICE,
            required=True,
            max_length=8,
            choices=_STATUS,
            label="Status",
        ),
        Column(
            "amount",
            "金额",
            "amount",
            ValueType.AMOUNT,
            required=True,
            minimum=Decimal(0),
            aliases=("订单金额",),
            label="Amount",
        ),
        Column(
            "items",
            "数量",
            "items",
            ValueType.INTEGER,
            minimum=Decimal(0),
            aliases=("件数",),
            default=1,
            label="Items",
        ),
        Column(
            "first_contact_on",
            "首次接触日期",
            "first_contact_on",
            ValueType.DATE,
            label="First contact",
            listed=False,
        ),
        Column(
            "created_on",
            "创建日期",
            "created_on",
            ValueType.DATE,
            required=True,
            label="Created on",
        ),
        Column(
            "closed_on",
            "成交日期",
            "closed_on",
            ValueType.DATE,
            aliases=("关闭日期",),
            label="Closed on",
        ),
    ),
    key=("code",),
    # The sales cycle runs from the first contact over the deal's creation to its close.
    rules=(
        NotAfter("first_contact_on", "created_on"),
        NotBefore("closed_on", "created_on"),
        NeededWhen("closed_on", "status", _CLOSED),
        EmptyWhen("closed_on", "status", (DealStatus.OPEN.value,)),
    ),
)
