"""Staff facts other features name: labels, the org-chart signatories of a sheet, demo
account holders, how many staff there are. Never commits."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from sqlalchemy import Connection, Select, bindparam, func, select
from sqlalchemy.orm import Session

from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.signatory_chart import (
    Signatories,
    named_ids,
    signatories_by_number,
    signing_heads,
)


def staff_labels(session: Session, ids: Collection[int]) -> dict[int, str]:
    """'E00012 王伟' per staff id; ids that do not exist are left out."""
    if not ids:
        return {}
    rows = session.execute(_labels_query(), {_IDS: sorted(ids)})
    return {row.id: f"{row.employee_no} {row.name}" for row in rows}


def staff_names(session: Session, ids: Collection[int]) -> dict[int, str]:
    """The name per staff id; ids that do not exist are left out."""
    if not ids:
        return {}
    return {row.id: row.name for row in session.execute(_names_query(), {_IDS: sorted(ids)})}


# The statements a cycle export runs for every chunk of sheets, built once per process
# (their ids or numbers bound as one expanding parameter) rather than for every chunk.
_IDS = "ids"


@cache
def _labels_query() -> Select[int, str, str]:
    return select(StaffRecord.id, StaffRecord.employee_no, StaffRecord.name).where(
        StaffRecord.id.in_(bindparam(_IDS, expanding=True))
    )


@cache
def _names_query() -> Select[int, str]:
    return select(StaffRecord.id, StaffRecord.name).where(
        StaffRecord.id.in_(bindparam(_IDS, expanding=True))
    )


@cache
def _signatory_staff_query() -> Select[int, str, str, int | None, int]:
    return select(
        StaffRecord.id,
        StaffRecord.employee_no,
        StaffRecord.position,
        StaffRecord.supervisor_id,
        StaffRecord.department_id,
    ).where(StaffRecord.employee_no.in_(bindparam(_IDS, expanding=True)))


@cache
def _department_chain_query() -> Select[int, int | None, int | None]:
    return select(DepartmentRecord.id, DepartmentRecord.parent_id, DepartmentRecord.head_id)


def count_staff(connection: Connection | Session) -> int:
    return int(connection.scalar(select(func.count()).select_from(StaffRecord)) or 0)


def signatories(session: Session, employee_no: str) -> Signatories | None:
    """Position and signatories as the org chart has them now; None for an unknown number.
    The head of the staff's department signs as 部门负责人; when that head is the staff
    member or their direct superior, the head of the parent department does (nobody signs
    their own sheet as head, nor one person two boxes); blank at the top of the chart."""
    staff = session.scalars(
        select(StaffRecord).where(StaffRecord.employee_no == employee_no)
    ).first()
    if staff is None:
        return None
    superior = session.get(StaffRecord, staff.supervisor_id) if staff.supervisor_id else None
    return Signatories(
        position=staff.position or "",
        superior="" if superior is None else superior.name,
        department_head=_head_above(session, staff, {staff.id, staff.supervisor_id}),
    )


def _head_above(session: Session, staff: StaffRecord, skipped: set[int | None]) -> str:
    department = session.get(DepartmentRecord, staff.department_id)
    seen: set[int] = set()
    while department is not None and department.id not in seen:
        seen.add(department.id)
        if department.head_id is not None and department.head_id not in skipped:
            head = session.get(StaffRecord, department.head_id)
            return "" if head is None else head.name
        if department.parent_id is None:
            return ""
        department = session.get(DepartmentRecord, department.parent_id)
    return ""


def signatories_of(session: Session, employee_nos: Collection[str]) -> dict[str, Signatories]:
    """`signatories` of each employee number on file, in three statements: the staff
    members, every department (a head may be found several levels up) and the names."""
    staff = session.execute(_signatory_staff_query(), {_IDS: sorted(employee_nos)}).all()
    departments = {
        row.id: (row.parent_id, row.head_id) for row in session.execute(_department_chain_query())
    }
    heads = signing_heads(staff, departments)
    names = staff_names(session, named_ids(staff, heads))
    return signatories_by_number(staff, heads, names)


def head_and_first_member(session: Session, department_code: str) -> tuple[str | None, str | None]:
    """Employee numbers of a department's head and of the first active staff member the
    head supervises (by id); None where there is none."""
    head_id = session.scalar(
        select(DepartmentRecord.head_id).where(DepartmentRecord.code == department_code)
    )
    if head_id is None:  # "supervised by NULL" would match every top-level staff member
        return None, None
    head_no = session.scalar(select(StaffRecord.employee_no).where(StaffRecord.id == head_id))
    member_no = session.scalar(
        select(StaffRecord.employee_no)
        .where(StaffRecord.supervisor_id == head_id, StaffRecord.active.is_(True))
        .order_by(StaffRecord.id)
        .limit(1)
    )
    return head_no, member_no
