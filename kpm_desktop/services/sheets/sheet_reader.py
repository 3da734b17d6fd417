"""One appraisal's evaluation sheet as it prints now, read from the database.

Apart from `sheet_service` so that printing one sheet (`kpm pdf --appraisal`) loads the
reading alone: not the batch, verification and chart code the service also holds. The
sheet is built from `AppraisalService.scored`, which refuses an appraisal the user may not
view.
"""

from __future__ import annotations

from dataclasses import replace

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
from kpm_desktop.services.sheets.printed_checks import head_anchor
from kpm_desktop.services.sheets.sheet_mapping import sheet_of
from kpm_desktop.services.sheets.sheet_org import staff_context
from kpm_desktop.services.sheets.sheet_views import DEFAULT_COMPANY
from kpm_desktop.storage.database import Database


class SheetReader:
    def __init__(self, database: Database, appraisals: AppraisalService) -> None:
        self._database = database
        self._appraisals = appraisals

    def sheet(
        self, actor: Actor, appraisal_id: int, company: str = DEFAULT_COMPANY
    ) -> EvaluationSheet:
        return self.sheet_and_state(actor, appraisal_id, company)[0]

    def sheet_and_state(
        self, actor: Actor, appraisal_id: int, company: str
    ) -> tuple[EvaluationSheet, AppraisalState]:
        """The sheet as printed now: with the audit chain head in its footer."""
        scored = self._appraisals.scored(actor, appraisal_id)
        summary = scored.form.summary
        with self._database.unit_of_work() as uow:
            staff = staff_context(uow.session, summary.employee_no, scored.form.raters)
            head = head_anchor(uow.session)
        sheet = replace(sheet_of(scored, company, staff), chain_anchor=head)
        return sheet, summary.state

    def at_current_head(self, sheet: EvaluationSheet) -> EvaluationSheet:
        """`sheet`, or a copy naming the chain head as it is now when entries were added
        since it was read (a sign-in that rehashed the password seals the account)."""
        with self._database.unit_of_work() as uow:
            head = head_anchor(uow.session)
        return sheet.naming_head(head)
