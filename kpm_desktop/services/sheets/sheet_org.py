"""The org-chart facts a printed sheet names: position, direct superior, department head."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import AppraisalForm, RaterView
from kpm_desktop.services.sheets.sheet_mapping import StaffContext
from kpm_desktop.storage.sessions import Session
from kpm_desktop.storage.staff_queries import Signatories, signatories, signatories_of, staff_names

_SIGNING = (RaterRole.SUPERIOR, RaterRole.DEPARTMENT_HEAD)


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
    ids = _signing_ids(raters)
    return _context(found, raters, staff_names(session, ids) if ids else {})


def staff_contexts(session: Session, forms: Sequence[AppraisalForm]) -> list[StaffContext]:
    """`staff_context` of each form's staff member and raters, read at once (four
    statements at most, however many forms)."""
    found = signatories_of(session, {form.summary.employee_no for form in forms})
    ids = {i for form in forms for i in _signing_ids(form.raters)}
    names = staff_names(session, ids) if ids else {}
    return [
        StaffContext()
        if form.summary.employee_no not in found
        else _context(found[form.summary.employee_no], form.raters, names)
        for form in forms
    ]


def _context(
    found: Signatories, raters: Sequence[RaterView], names: Mapping[int, str]
) -> StaffContext:
    chosen = {r.role: names.get(r.rater_staff_id or 0, "") for r in raters if r.role in _SIGNING}
    superior = chosen.get(RaterRole.SUPERIOR) or found.superior
    head = chosen.get(RaterRole.DEPARTMENT_HEAD) or found.department_head
    return StaffContext(
        position=found.position,
        superior=superior,
        department_head="" if head == superior else head,
    )


def _signing_ids(raters: Sequence[RaterView]) -> set[int]:
    return {r.rater_staff_id for r in raters if r.role in _SIGNING and r.rater_staff_id is not None}
