"""Every kind of record a file can import: its table, columns, business key and row rules.

docs/formats.md ("Import files") documents the same columns for users.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from kpm_desktop.domain.crm import DealStatus, SpendKind
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.import_columns import Column, Parsed, Reference, ValueType

RowRule = Callable[[Mapping[str, Parsed]], list[tuple[str, UserText]]]
ZERO = Decimal(0)


@dataclass(frozen=True)
class ImportKind:
    name: str
    title: str
    table: str
    columns: tuple[Column, ...]
    # Fields whose values identify a record; a re-import updates the record they name.
    # The first is never empty: storage looks existing records up by it.
    key: tuple[str, ...]
    rule: RowRule | None = None

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.field == name)


def _no_rule(_row: Mapping[str, Parsed]) -> list[tuple[str, UserText]]:
    return []


def _one_target_owner(row: Mapping[str, Parsed]) -> list[tuple[str, UserText]]:
    if bool(row.get("staff_no")) == bool(row.get("department_code")):
        return [
            ("staff_no", UserText("give either an employee no. or a department code, not both"))
        ]
    return []


def _spend_owner(row: Mapping[str, Parsed]) -> list[tuple[str, UserText]]:
    if row.get("kind") == SpendKind.SALES_EXPENSE and not row.get("staff_no"):
        return [("staff_no", UserText("a sales expense needs the employee no. it belongs to"))]
    if row.get("kind") == SpendKind.MARKETING and row.get("staff_no"):
        return [("staff_no", UserText("marketing spend has no employee; leave it empty"))]
    return []


def _resolved_after_opened(row: Mapping[str, Parsed]) -> list[tuple[str, UserText]]:
    problems = []
    opened = row.get("opened_at")
    for name in ("first_response_at", "resolved_at"):
        later = row.get(name)
        if later is not None and opened is not None and later < opened:  # type: ignore[operator]
            problems.append((name, UserText("earlier than the opening time")))
    return problems


STAFF_REF = Reference("staff", "staff_id")
OWNER_REF = Reference("staff", "owner_id")
CUSTOMER_REF = Reference("customers", "customer_id")

DEPARTMENTS = ImportKind(
    "departments",
    "部门",
    "departments",
    (
        Column(
            "code",
            "部门编号",
            "department_code",
            required=True,
            aliases=("code", "部门代码"),
            max_length=32,
        ),
        Column(
            "name",
            "部门名称",
            "department_name",
            required=True,
            aliases=("name", "部门"),
            max_length=100,
        ),
        Column(
            "parent_code",
            "上级部门编号",
            "parent_code",
            reference=Reference("departments", "parent_id"),
            max_length=32,
        ),
        Column(
            "head_no",
            "负责人工号",
            "head_employee_no",
            reference=Reference("staff", "head_id"),
            aliases=("负责人员工编号",),
            max_length=32,
        ),
    ),
    key=("code",),
)

STAFF = ImportKind(
    "staff",
    "员工",
    "staff",
    (
        Column(
            "employee_no",
            "员工编号",
            "employee_no",
            required=True,
            aliases=("工号",),
            max_length=32,
        ),
        Column("name", "姓名", "name", required=True, aliases=("员工姓名",), max_length=100),
        Column(
            "department_code",
            "部门编号",
            "department_code",
            required=True,
            reference=Reference("departments", "department_id"),
            max_length=32,
        ),
        Column("position", "岗位", "position", aliases=("职位",), max_length=100),
        Column(
            "supervisor_no",
            "直接上级工号",
            "supervisor_no",
            reference=Reference("staff", "supervisor_id"),
            aliases=("上级工号", "直接上级"),
            max_length=32,
        ),
        Column("hire_date", "入职日期", "hire_date", ValueType.DATE),
        Column("active", "在职", "active", ValueType.BOOLEAN, aliases=("是否在职",), default=True),
        Column("phone", "电话", "phone", aliases=("手机", "联系电话"), max_length=32),
        Column("email", "邮箱", "email", aliases=("电子邮箱",), max_length=120),
    ),
    key=("employee_no",),
)

CUSTOMERS = ImportKind(
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
        ),
        Column(
            "name",
            "客户名称",
            "customer_name",
            required=True,
            aliases=("name", "客户"),
            max_length=200,
        ),
        Column("industry", "行业", "industry", max_length=50),
        Column("region", "地区", "region", aliases=("区域",), max_length=50),
        Column(
            "owner_no",
            "负责人工号",
            "owner_employee_no",
            reference=OWNER_REF,
            aliases=("负责人", "owner_no"),
            max_length=32,
        ),
        Column("source", "客户来源", "source", aliases=("来源",), max_length=50),
        Column(
            "created_on",
            "创建日期",
            "created_on",
            ValueType.DATE,
            required=True,
            aliases=("建档日期",),
        ),
        Column("churned_on", "流失日期", "churned_on", ValueType.DATE),
        Column("contact_name", "联系人", "contact_name", max_length=100),
        Column("phone", "电话", "phone", aliases=("联系电话", "手机"), max_length=32),
        Column("email", "邮箱", "email", aliases=("电子邮箱",), max_length=120),
        Column("address", "地址", "address", max_length=200),
    ),
    key=("code",),
)

_DEAL_STATUS = {
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

DEALS = ImportKind(
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
        ),
        Column(
            "customer_code",
            "客户编号",
            "customer_code",
            required=True,
            reference=CUSTOMER_REF,
            max_length=32,
        ),
        Column(
            "owner_no",
            "负责人工号",
            "owner_employee_no",
            required=True,
            reference=OWNER_REF,
            aliases=("负责人", "owner_no"),
            max_length=32,
        ),
        Column("stage", "阶段", "stage", required=True, aliases=("销售阶段",), max_length=20),
        Column("status", "状态", "status", ValueType.CHOICE, required=True, choices=_DEAL_STATUS),
        Column(
            "amount",
            "金额",
            "amount",
            ValueType.AMOUNT,
            required=True,
            minimum=ZERO,
            aliases=("订单金额",),
        ),
        Column(
            "items", "数量", "items", ValueType.INTEGER, minimum=ZERO, aliases=("件数",), default=1
        ),
        Column("first_contact_on", "首次接触日期", "first_contact_on", ValueType.DATE),
        Column("created_on", "创建日期", "created_on", ValueType.DATE, required=True),
        Column("closed_on", "成交日期", "closed_on", ValueType.DATE, aliases=("关闭日期",)),
    ),
    key=("code",),
)

ACTIVITIES = ImportKind(
    "activities",
    "跟进记录",
    "activities",
    (
        Column(
            "customer_code",
            "客户编号",
            "customer_code",
            required=True,
            reference=CUSTOMER_REF,
            max_length=32,
        ),
        Column(
            "staff_no",
            "员工编号",
            "employee_no",
            required=True,
            reference=STAFF_REF,
            aliases=("工号", "staff_no"),
            max_length=32,
        ),
        Column("kind", "跟进方式", "kind", required=True, aliases=("类型", "方式"), max_length=20),
        Column(
            "occurred_at",
            "跟进时间",
            "occurred_at",
            ValueType.DATETIME,
            required=True,
            aliases=("时间",),
        ),
        Column("note", "备注", "note", aliases=("内容",), max_length=2000),
    ),
    # Activities have no code of their own: the same customer, employee, moment and way
    # of contact is the same follow-up.
    key=("occurred_at", "customer_code", "staff_no", "kind"),
)

TICKETS = ImportKind(
    "tickets",
    "服务工单",
    "service_tickets",
    (
        Column("code", "工单编号", "ticket_code", required=True, aliases=("code",), max_length=32),
        Column(
            "customer_code",
            "客户编号",
            "customer_code",
            required=True,
            reference=CUSTOMER_REF,
            max_length=32,
        ),
        Column(
            "staff_no",
            "处理人工号",
            "staff_no",
            required=True,
            reference=STAFF_REF,
            aliases=("员工编号", "employee_no"),
            max_length=32,
        ),
        Column("subject", "主题", "subject", max_length=200),
        Column(
            "opened_at",
            "受理时间",
            "opened_at",
            ValueType.DATETIME,
            required=True,
            aliases=("创建时间",),
        ),
        Column("first_response_at", "首次响应时间", "first_response_at", ValueType.DATETIME),
        Column("resolved_at", "解决时间", "resolved_at", ValueType.DATETIME),
        Column(
            "resolved_first_contact",
            "首次解决",
            "resolved_first_contact",
            ValueType.BOOLEAN,
            default=False,
        ),
        Column("repeat_issue", "重复问题", "repeat_issue", ValueType.BOOLEAN, default=False),
        Column("complaint", "投诉", "complaint", ValueType.BOOLEAN, default=False),
        Column(
            "satisfaction",
            "满意度",
            "satisfaction",
            ValueType.INTEGER,
            minimum=ZERO,
            maximum=Decimal(100),
        ),
        Column(
            "rating_10",
            "评分",
            "rating_10",
            ValueType.INTEGER,
            minimum=Decimal(1),
            maximum=Decimal(10),
            aliases=("十分制评分",),
        ),
    ),
    key=("code",),
    rule=_resolved_after_opened,
)

TARGETS = ImportKind(
    "targets",
    "目标",
    "targets",
    (
        Column(
            "staff_no",
            "员工编号",
            "employee_no",
            reference=STAFF_REF,
            aliases=("工号", "staff_no"),
            max_length=32,
        ),
        Column(
            "department_code",
            "部门编号",
            "department_code",
            reference=Reference("departments", "department_id"),
            max_length=32,
        ),
        Column("period", "期间", "period", ValueType.PERIOD, required=True, aliases=("考核期间",)),
        Column("kpi", "指标", "kpi", required=True, aliases=("指标代码", "kpi_key"), max_length=50),
        Column(
            "value",
            "目标值",
            "target_value",
            ValueType.QUANTITY,
            required=True,
            minimum=ZERO,
            aliases=("value", "目标"),
        ),
    ),
    key=("period", "kpi", "staff_no", "department_code"),
    rule=_one_target_owner,
)

_SPEND_KIND = {
    "marketing": SpendKind.MARKETING.value,
    "市场费用": SpendKind.MARKETING.value,
    "营销费用": SpendKind.MARKETING.value,
    "市场": SpendKind.MARKETING.value,
    "sales_expense": SpendKind.SALES_EXPENSE.value,
    "销售费用": SpendKind.SALES_EXPENSE.value,
}

SPEND = ImportKind(
    "spend",
    "营销费用",
    "marketing_spend",
    (
        Column("period", "期间", "period", ValueType.PERIOD, required=True),
        Column(
            "kind",
            "费用类型",
            "kind",
            ValueType.CHOICE,
            choices=_SPEND_KIND,
            default=SpendKind.MARKETING.value,
            aliases=("类型",),
        ),
        Column("channel", "渠道", "channel", max_length=50, default=""),
        Column(
            "staff_no",
            "员工编号",
            "employee_no",
            reference=STAFF_REF,
            aliases=("工号", "staff_no"),
            max_length=32,
        ),
        Column(
            "amount",
            "金额",
            "amount",
            ValueType.AMOUNT,
            required=True,
            minimum=ZERO,
            aliases=("费用",),
        ),
        Column(
            "leads",
            "线索数",
            "leads",
            ValueType.INTEGER,
            minimum=ZERO,
            default=0,
            aliases=("线索",),
        ),
    ),
    key=("period", "kind", "channel", "staff_no"),
    rule=_spend_owner,
)

IMPORT_KINDS: dict[str, ImportKind] = {
    kind.name: kind
    for kind in (DEPARTMENTS, STAFF, CUSTOMERS, DEALS, ACTIVITIES, TICKETS, TARGETS, SPEND)
}


def rule_of(kind: ImportKind) -> RowRule:
    return kind.rule or _no_rule
