"""One appraisal's evaluation sheet read before SQLAlchemy is imported: `kpm pdf
--appraisal` signed in from the environment (docs/architecture.md, "Start-up").

The rows come from the standard library's sqlite3 in one read transaction
(storage/early_sheet_reads.py); everything made of them is the ORM path's own code: the
access rule (`ChartAccess`, `AccessGuard`'s), the form (`appraisal_forms.form_of`), its
live score, the signatories and the sheet (`sheet_mapping`). What the ORM path would
refuse (no such appraisal, not viewable, a template it cannot parse) gives None, and the
command takes that path, which says why. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import replace

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.services.admin.chart_access import ChartAccess
from kpm_desktop.services.appraisals.appraisal_forms import (
    StoredForm,
    form_of,
    parsed_template,
    rates_only,
)
from kpm_desktop.services.appraisals.appraisal_views import ScoredForm
from kpm_desktop.services.sheets.sheet_mapping import (
    StaffContext,
    sheet_of,
    signing_ids,
    staff_context_of,
)
from kpm_desktop.storage.early_sheet_reads import EarlySheetReads


def early_sheet(
    reads: EarlySheetReads, actor: Actor, appraisal_id: int, company: str
) -> EvaluationSheet | None:
    """The sheet `SheetReader.sheet(actor, appraisal_id, company)` gives, with the audit
    chain head of the same read; None where that would refuse."""
    row = reads.appraisal(appraisal_id)
    if row is None:
        return None
    access = ChartAccess(reads.org_chart)
    record = row.record
    raters = reads.raters(appraisal_id)
    if not rates_only(access, actor, record, raters) and not access.allows(
        actor, Permission.VIEW_APPRAISAL, record.staff_id
    ):
        return None
    try:
        template = parsed_template(record.template_id, row.template_body)
    except KpmUserError:
        return None
    stored = StoredForm(
        row,
        raters,
        template,
        reads.ratings(appraisal_id),
        reads.result_lines(appraisal_id),
        reads.snapshots(appraisal_id),
    )
    names = reads.staff_labels({a.rater_staff_id for a in raters if a.rater_staff_id is not None})
    scored = ScoredForm.of(form_of(access, actor, stored, names, reads.rank_values))
    sheet = sheet_of(scored, company, _staff_context(reads, scored))
    return replace(sheet, chain_anchor=ChainAnchor.of_head(*reads.chain_head()))


def _staff_context(reads: EarlySheetReads, scored: ScoredForm) -> StaffContext:
    """`sheet_org.staff_context` of the form."""
    form = scored.form
    found = reads.signatories(form.summary.employee_no)
    if found is None:
        return StaffContext()
    ids = signing_ids(form.raters)
    return staff_context_of(found, form.raters, reads.staff_names(ids) if ids else {})
