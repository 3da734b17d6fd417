"""Service tickets: the service KPIs are computed from them."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_rules import NotBefore
from kpm_desktop.domain.crm_tables.shared_columns import CUSTOMER_CODE, STAFF_REF
from kpm_desktop.domain.import_columns import Column, ValueType

TICKETS = TableDefinition(
    "tickets",
    "服务工单",
    "service_tickets",
    (
        Column(
            "code",
            "工单编号",
            "ticket_code",
            required=True,
            aliases=("code",),
            max_length=32,
            label="Ticket no.",
        ),
        CUSTOMER_CODE,
        Column(
            "staff_no",
            "处理人工号",
            "staff_no",
            required=True,
            reference=STAFF_REF,
            aliases=("员工编号", "employee_no"),
            max_length=32,
            label="Handled by",
        ),
        Column("subject", "主题", "subject", max_length=200, label="Subject"),
        Column(
            "opened_at",
            "受理时间",
            "opened_at",
            ValueType.DATETIME,
            required=True,
            aliases=("创建时间",),
            label="Opened",
        ),
        Column(
            "first_response_at",
            "首次响应时间",
            "first_response_at",
            ValueType.DATETIME,
            label="First response",
        ),
        Column("resolved_at", "解决时间", "resolved_at", ValueType.DATETIME, label="Resolved"),
        Column(
            "resolved_first_contact",
            "首次解决",
            "resolved_first_contact",
            ValueType.BOOLEAN,
            default=False,
            label="First-contact fix",
            listed=False,
        ),
        Column(
            "repeat_issue",
            "重复问题",
            "repeat_issue",
            ValueType.BOOLEAN,
            default=False,
            label="Repeat issue",
            listed=False,
        ),
        Column(
            "complaint", "投诉", "complaint", ValueType.BOOLEAN, default=False, label="Complaint"
        ),
        Column(
            "satisfaction",
            "满意度",
            "satisfaction",
            ValueType.INTEGER,
            minimum=Decimal(0),
            maximum=Decimal(100),
            label="Satisfaction",
            hint="0-100",
        ),
        Column(
            "rating_10",
            "评分",
            "rating_10",
            ValueType.INTEGER,
            minimum=Decimal(1),
            maximum=Decimal(10),
            aliases=("十分制评分",),
            label="Rating (1-10)",
            hint="1-10",
            listed=False,
        ),
    ),
    key=("code",),
    # Opened, then answered, then resolved.
    rules=(
        NotBefore("first_response_at", "opened_at"),
        NotBefore("resolved_at", "first_response_at"),
        NotBefore("resolved_at", "opened_at"),
    ),
)
