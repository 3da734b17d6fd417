"""The sheets of many appraisals read together: a batch's chunk in one unit of work.

`EvaluationSheetService.sheet` reads one sheet through `AppraisalService.scored` (a unit
of work of its own, the form with the actions the user may take now) and a second unit
of work for the org chart and the audit chain head: about twenty statements a sheet. A
cycle export reads a chunk of sheets at a time here instead, in one unit of work and a
fixed number of statements however many sheets the chunk holds: the forms with the same
access check per appraisal (`appraisal_chunk_loading.build_forms`), the org chart's
facts of every staff member (`sheet_org.staff_contexts`) and the chain head, each read
once for the chunk; each form scored as `scored` scores it, without the actions (a
printed sheet shows none). tests/services/test_sheet_reading.py checks the sheets equal
`sheet`'s one by one and counts the statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_chunk_loading import build_forms
from kpm_desktop.services.appraisals.appraisal_views import ScoredForm
from kpm_desktop.services.sheets.printed_checks import head_anchor
from kpm_desktop.services.sheets.sheet_mapping import sheet_of
from kpm_desktop.services.sheets.sheet_org import staff_contexts
from kpm_desktop.storage.database import Database


def read_sheets(
    database: Database, actor: Actor, appraisal_ids: Sequence[int], company: str
) -> list[EvaluationSheet]:
    """The sheets as printed now, in the order of `appraisal_ids`; refused as a whole
    (the error names the appraisal) when the user may not view one of them."""
    with database.unit_of_work() as uow:
        forms = build_forms(uow, AccessGuard(uow), actor, appraisal_ids)
        staff = staff_contexts(uow.session, forms)
        head = head_anchor(uow.session)
    return [
        replace(sheet_of(ScoredForm.of(form), company, context), chain_anchor=head)
        for form, context in zip(forms, staff, strict=True)
    ]
