"""The org-chart facts a printed sheet names: position, direct superior, department head."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpm_desktop.services.sheet_mapping import StaffContext
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord


def staff_context(session: Session, employee_no: str) -> StaffContext:
    """Position and signatories as the org chart has them now. The head of the staff's
    department signs as 部门负责人; when that head is the staff member, the head of the
    parent department does (nobody signs their own sheet as head)."""
    staff = session.scalars(
        select(StaffRecord).where(StaffRecord.employee_no == employee_no)
    ).first()
    if staff is None:
        return StaffContext()
    superior = session.get(StaffRecord, staff.supervisor_id) if staff.supervisor_id else None
    return StaffContext(
        position=staff.position or "",
        superior="" if superior is None else superior.name,
        department_head=_head_above(session, staff),
    )


def _head_above(session: Session, staff: StaffRecord) -> str:
    department = session.get(DepartmentRecord, staff.department_id)
    seen: set[int] = set()
    while department is not None and department.id not in seen:
        seen.add(department.id)
        if department.head_id is not None and department.head_id != staff.id:
            head = session.get(StaffRecord, department.head_id)
            return "" if head is None else head.name
        if department.parent_id is None:
            return ""
        department = session.get(DepartmentRecord, department.parent_id)
    return ""
