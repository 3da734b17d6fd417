"""The org-chart facts a printed sheet names: position, direct superior, department head."""

from __future__ import annotations

from kpm_desktop.services.sheets.sheet_mapping import StaffContext
from kpm_desktop.storage.sessions import Session
from kpm_desktop.storage.staff_queries import signatories


def staff_context(session: Session, employee_no: str) -> StaffContext:
    """Position and signatories as the org chart has them now (`storage/staff_queries.py`
    says who signs as 部门负责人); empty for an employee number no longer on file."""
    found = signatories(session, employee_no)
    if found is None:
        return StaffContext()
    return StaffContext(
        position=found.position,
        superior=found.superior,
        department_head=found.department_head,
    )
