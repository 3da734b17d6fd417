"""One appraisal's evaluation sheet read before SQLAlchemy is imported: `kpm pdf
--appraisal` signed in from the environment (docs/architecture.md, "Start-up").

The rows come from the standard library's sqlite3 in one read transaction
(storage/early_sheet_reads.py); everything made of them is the ORM path's own code: the
access rule (`ChartAccess`, `AccessGuard`'s), the form (`appraisal_forms.form_of`), its
live score, the signatories and the sheet (`sheet_mapping`). What the ORM path would
refuse (no such appraisal, not viewable, a template it cannot parse) gives None, and the
command takes that path, which says why. `read_early_print` reads the claim of the
account signing in and its sheet in one read transaction. Nothing here writes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.private_files import exposed_files
from kpm_desktop.services.admin.chart_access import ChartAccess
from kpm_desktop.services.admin.early_sign_in import EarlyClaim, claim_in
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
from kpm_desktop.storage.early_reads import EarlyReadError, EarlyReads
from kpm_desktop.storage.early_sheet_reads import EarlySheetReads

log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class EarlyPrint:
    """A sheet read for an account that claims to sign in: nothing of it may show before
    the claim's sign-in is recorded (`early_sign_in.record_early_sign_in`)."""

    claim: EarlyClaim
    sheet: EvaluationSheet


def read_early_print(
    path: Path, username: str, appraisal_id: int, company: str
) -> EarlyPrint | None:
    """The claim of `username` and, for it, the appraisal's sheet, in one read transaction
    of the SQLite file at `path`; None whenever the usual path might do or say anything
    else: no claim (early_sign_in.claim_in), a file other users may read (the usual path
    warns), one that opening through the ORM would change (`EarlyReads.opens_as_is`),
    another schema revision, a locked file, any read error, or no sheet to print for the
    claim (`early_sheet`)."""
    if exposed_files(path):
        return None
    try:
        with EarlyReads.of(path) as reads:
            claim = claim_in(reads, username) if reads.opens_as_is() else None
            if claim is None:
                return None
            sheet = early_sheet(EarlySheetReads(reads), claim.actor, appraisal_id, company)
    except EarlyReadError as exc:
        log.debug("No early sheet: %s", exc)
        return None
    except Exception:  # the usual path reads it again, and meets it there
        log.exception("The early read of appraisal %s failed", appraisal_id)
        return None
    return None if sheet is None else EarlyPrint(claim, sheet)
