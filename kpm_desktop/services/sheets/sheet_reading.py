"""The sheets of many appraisals read together: a batch's chunk in one unit of work.

`EvaluationSheetService.sheet` reads one sheet through `AppraisalService.scored` (a unit
of work of its own, the form with the actions the user may take now) and a second unit
of work for the org chart and the audit chain head. A cycle export reads a chunk of
sheets at a time here instead: one unit of work for the chunk (its staff, departments
and templates loaded once), for each appraisal the same access check (`require_view`),
form (`build_form`) and score as `scored`, without the actions (a printed sheet shows
none), and the chain head read once for the chunk. tests/services/test_sheet_reading.py
checks the sheets equal `sheet`'s one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_loading import build_form, require_view_of
from kpm_desktop.services.appraisals.appraisal_views import AppraisalForm, ScoredForm
from kpm_desktop.services.sheets.printed_checks import head_anchor
from kpm_desktop.services.sheets.sheet_mapping import sheet_of
from kpm_desktop.services.sheets.sheet_org import staff_context
from kpm_desktop.storage.database import Database, UnitOfWork


def read_sheets(
    database: Database, actor: Actor, appraisal_ids: Sequence[int], company: str
) -> list[EvaluationSheet]:
    """The sheets as printed now, in the order of `appraisal_ids`; refused as a whole
    (the error names the appraisal) when the user may not view one of them."""
    with database.unit_of_work() as uow:
        guard = AccessGuard(uow)
        head = head_anchor(uow.session)
        sheets = []
        for appraisal_id in appraisal_ids:
            scored = ScoredForm.of(_form(uow, guard, actor, appraisal_id))
            form = scored.form
            staff = staff_context(uow.session, form.summary.employee_no, form.raters)
            sheets.append(replace(sheet_of(scored, company, staff), chain_anchor=head))
        return sheets


def _form(uow: UnitOfWork, guard: AccessGuard, actor: Actor, appraisal_id: int) -> AppraisalForm:
    require_view_of(uow, guard, actor, appraisal_id)
    return build_form(uow, guard, actor, appraisal_id)
