"""The org-chart facts a printed sheet names: position, direct superior, department head."""

from __future__ import annotations

from collections.abc import Sequence

from kpm_desktop.services.appraisals.appraisal_views import AppraisalForm, RaterView
from kpm_desktop.services.sheets.sheet_mapping import StaffContext, signing_ids, staff_context_of
from kpm_desktop.storage.sessions import Session
from kpm_desktop.storage.staff_queries import signatories, signatories_of, staff_names


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
    ids = signing_ids(raters)
    return staff_context_of(found, raters, staff_names(session, ids) if ids else {})


def staff_contexts(session: Session, forms: Sequence[AppraisalForm]) -> list[StaffContext]:
    """`staff_context` of each form's staff member and raters, read at once (four
    statements at most, however many forms)."""
    found = signatories_of(session, {form.summary.employee_no for form in forms})
    ids = {i for form in forms for i in signing_ids(form.raters)}
    names = staff_names(session, ids) if ids else {}
    return [
        StaffContext()
        if form.summary.employee_no not in found
        else staff_context_of(found[form.summary.employee_no], form.raters, names)
        for form in forms
    ]
