"""Names of the staff and departments a KPI table shows (small tables, read whole)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord

_staff = table_of(StaffRecord)
_departments = table_of(DepartmentRecord)


@dataclass(frozen=True)
class StaffEntry:
    id: int
    employee_no: str
    name: str
    department_id: int


@dataclass(frozen=True)
class DepartmentEntry:
    id: int
    code: str
    name: str


def staff_entries(connection: Connection) -> list[StaffEntry]:
    rows = connection.execute(
        select(_staff.c.id, _staff.c.employee_no, _staff.c.name, _staff.c.department_id).order_by(
            _staff.c.employee_no
        )
    )
    return [StaffEntry(*row) for row in rows]


def department_entries(connection: Connection) -> list[DepartmentEntry]:
    rows = connection.execute(
        select(_departments.c.id, _departments.c.code, _departments.c.name).order_by(
            _departments.c.code
        )
    )
    return [DepartmentEntry(*row) for row in rows]
