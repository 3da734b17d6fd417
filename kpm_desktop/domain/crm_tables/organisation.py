"""Departments and staff: the organisation appraisals and KPIs are cut by."""

from __future__ import annotations

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_tables.shared_columns import DEPARTMENT_REF, EMAIL, PHONE
from kpm_desktop.domain.import_columns import Column, Reference, ValueType

DEPARTMENTS = TableDefinition(
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
            label="Department code",
        ),
        Column(
            "name",
            "部门名称",
            "department_name",
            required=True,
            aliases=("name", "部门"),
            max_length=100,
            label="Department name",
        ),
        Column(
            "parent_code",
            "上级部门编号",
            "parent_code",
            reference=Reference("departments", "parent_id"),
            max_length=32,
            label="Parent department",
        ),
        Column(
            "head_no",
            "负责人工号",
            "head_employee_no",
            reference=Reference("staff", "head_id"),
            aliases=("负责人员工编号",),
            max_length=32,
            label="Head",
        ),
    ),
    key=("code",),
)

STAFF = TableDefinition(
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
            label="Employee no.",
        ),
        Column(
            "name",
            "姓名",
            "name",
            required=True,
            aliases=("员工姓名",),
            max_length=100,
            label="Name",
        ),
        Column(
            "department_code",
            "部门编号",
            "department_code",
            required=True,
            reference=DEPARTMENT_REF,
            max_length=32,
            label="Department",
            hint="department code or name",
        ),
        Column("position", "岗位", "position", aliases=("职位",), max_length=100, label="Position"),
        Column(
            "supervisor_no",
            "直接上级工号",
            "supervisor_no",
            reference=Reference("staff", "supervisor_id"),
            aliases=("上级工号", "直接上级"),
            max_length=32,
            label="Supervisor",
        ),
        Column("hire_date", "入职日期", "hire_date", ValueType.DATE, label="Hire date"),
        Column(
            "active",
            "在职",
            "active",
            ValueType.BOOLEAN,
            aliases=("是否在职",),
            default=True,
            label="Active",
        ),
        PHONE,
        EMAIL,
    ),
    key=("employee_no",),
)
