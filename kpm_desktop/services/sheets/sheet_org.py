"""The org-chart facts a printed sheet names: position, direct superior, department head."""

from __future__ import annotations

from collections.abc import Sequence

from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RaterView
from kpm_desktop.services.sheets.sheet_mapping import StaffContext
from kpm_desktop.storage.sessions import Session
from kpm_desktop.storage.staff_queries import signatories, staff_names


def staff_context(
    session: Session, employee_no: str, raters: Sequence[RaterView] = ()
) -> StaffContext:
    """Position and signatories: the person on the appraisal's superior or department head
    sheet (HR may have chosen one), else the org chart's as it is now
    (`storage/staff_queries.py` says who signs as 部门负责人); the head's box never repeats
    the superior. Empty for an employee number no longer on file."""
    found = signatories(session, employee_no)
    if found is None:
        return StaffContext()
    chosen = _rater_names(session, raters)
    superior = chosen.get(RaterRole.SUPERIOR) or found.superior
    head = chosen.get(RaterRole.DEPARTMENT_HEAD) or found.department_head
    return StaffContext(
        position=found.position,
        superior=superior,
        department_head="" if head == superior else head,
    )


def _rater_names(session: Session, raters: Sequence[RaterView]) -> dict[RaterRole, str]:
    signing = [r for r in raters if r.role in (RaterRole.SUPERIOR, RaterRole.DEPARTMENT_HEAD)]
    ids = {r.rater_staff_id for r in signing if r.rater_staff_id is not None}
    names = staff_names(session, ids) if ids else {}
    return {r.role: names.get(r.rater_staff_id or 0, "") for r in signing}
