"""Customers and the follow-ups (activities) logged with them."""

from __future__ import annotations

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_rules import NotBefore
from kpm_desktop.domain.crm_tables.shared_columns import (
    CUSTOMER_CODE,
    EMAIL,
    OWNER_REF,
    PHONE,
    STAFF_REF,
)
from kpm_desktop.domain.import_columns import Column, ValueType

CUSTOMERS = TableDefinition(
    "customers",
    "客户",
    "customers",
    (
        Column(
            "code",
            "客户编号",
            "customer_code",
            required=True,
            aliases=("code", "客户代码"),
            max_length=32,
            label="Customer code",
        ),
        Column(
            "name",
            "客户名称",
            "customer_name",
            required=True,
            aliases=("name", "客户"),
            max_length=200,
            label="Customer name",
        ),
        Column("industry", "行业", "industry", max_length=50, label="Industry"),
        Column("region", "地区", "region", aliases=("区域",), max_length=50, label="Region"),
        Column(
            "owner_no",
            "负责人工号",
            "owner_employee_no",
            reference=OWNER_REF,
            aliases=("负责人", "owner_no"),
            max_length=32,
            label="Owner",
        ),
        Column("source", "客户来源", "source", aliases=("来源",), max_length=50, label="Source"),
        Column(
            "created_on",
            "创建日期",
            "created_on",
            ValueType.DATE,
            required=True,
            aliases=("建档日期",),
            label="Created on",
        ),
        Column(
            "churned_on",
            "流失日期",
            "churned_on",
            ValueType.DATE,
            label="Churned on",
            listed=False,
        ),
        Column(
            "contact_name",
            "联系人",
            "contact_name",
            max_length=100,
            label="Contact",
            listed=False,
        ),
        PHONE,
        EMAIL,
        Column("address", "地址", "address", max_length=200, label="Address", listed=False),
    ),
    key=("code",),
    rules=(NotBefore("churned_on", "created_on"),),
)

ACTIVITIES = TableDefinition(
    "activities",
    "跟进记录",
    "activities",
    (
        CUSTOMER_CODE,
        Column(
            "staff_no",
            "员工编号",
            "employee_no",
            required=True,
            reference=STAFF_REF,
            aliases=("工号", "staff_no"),
            max_length=32,
            label="Staff member",
        ),
        Column(
            "kind",
            "跟进方式",
            "kind",
            required=True,
            aliases=("类型", "方式"),
            max_length=20,
            label="Way of contact",
        ),
        Column(
            "occurred_at",
            "跟进时间",
            "occurred_at",
            ValueType.DATETIME,
            required=True,
            aliases=("时间",),
            label="Time",
        ),
        Column("note", "备注", "note", aliases=("内容",), max_length=2000, label="Note"),
    ),
    # Activities have no code of their own: the same customer, employee, moment and way
    # of contact is the same follow-up.
    key=("occurred_at", "customer_code", "staff_no", "kind"),
)
