"""`kpm verify --pdf`: is a printed sheet still what the record says?

Four checks, each reported on its own line:
- the fingerprint: the SHA-256 the sheet printed against the one of the sheet the
  database gives now (did the record change since printing?);
- the content: the sheet rendered again from the database for the appraisal, revision
  and company the PDF names, compared page by page with what the PDF shows (was the PDF
  edited?); the renderer is deterministic, so an untouched PDF shows exactly that;
- the audit chain head printed in the footer: does the chain still hold that hash at that
  sequence (was the chain rewritten since printing?);
- the signatures, when the PDF is signed (see `reports.signature_validation`).

Each revision of an appraisal is its own row (an amendment adds a row and marks the old
one superseded), so the revision a sheet names can always be re-derived; a superseded
revision is compared as it printed (final, without the DRAFT mark) and reported as
superseded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.chain_anchor import ChainAnchor, find_anchor
from kpm_desktop.domain.errors import NotFoundError, UserText
from kpm_desktop.domain.evaluation_sheet import (
    HASH_FORMATS,
    LEGACY_HASH_FORMAT,
    EvaluationSheet,
    Signatory,
    SignatoryRole,
    content_hash,
)
from kpm_desktop.services.sheets.printed_checks import check_anchor, signature_lines
from kpm_desktop.services.sheets.sheet_views import VerifyResult, VerifyStatus
from kpm_desktop.storage.database import Database

if TYPE_CHECKING:
    from kpm_desktop.reports.pdf_pages import PageContent
    from kpm_desktop.reports.renderer import EvaluationSheetRenderer
    from kpm_desktop.reports.sheet_comparison import SheetComparison

IN_PROGRESS = frozenset({AppraisalState.DRAFT, AppraisalState.SUBMITTED, AppraisalState.REVIEWED})
_NOT_READ = (UserText("not checked: the pages cannot be read"), True)


class _ContentCheck(NamedTuple):
    text: UserText
    ok: bool
    anchor: ChainAnchor | None  # the chain head the footer printed
    readable: bool = True


# (actor, appraisal id, company) -> the sheet the database gives now, and the state.
SheetSource = Callable[[Actor, int, str], tuple[EvaluationSheet, AppraisalState]]


class SheetVerifier:
    def __init__(
        self,
        database: Database,
        sheets: SheetSource,
        renderer: Callable[[], EvaluationSheetRenderer],
    ) -> None:
        self._database = database
        self._sheets = sheets
        self._renderer = renderer

    def verify(self, actor: Actor, pdf: bytes, source: str = "the PDF") -> VerifyResult:
        from kpm_desktop.reports.printed_sheet import read_printed_sheet

        printed = read_printed_sheet(pdf, source)
        mark = printed.fingerprint
        try:
            sheet, state = self._sheets(actor, mark.appraisal_id, printed.company)
        except NotFoundError:
            return VerifyResult(
                VerifyStatus.NO_SUCH_APPRAISAL, mark.appraisal_id, mark.revision, mark.sha256
            )
        # A superseded revision printed while it was final, or while it was a draft.
        candidates = [replace(sheet, finalized=True), sheet] if _superseded(state) else [sheet]
        # A sheet printed by an earlier version carries the hash of an earlier format.
        printed_as, printed_format = next(
            (
                (candidate, f)
                for candidate in candidates
                for f in HASH_FORMATS
                if content_hash(candidate, f) == mark.sha256
            ),
            (candidates[0], None),
        )
        content = self._content(pdf, printed_as, printed_format)
        chain = check_anchor(self._database, content.anchor) if content.readable else _NOT_READ
        signatures = signature_lines(pdf)
        hash_ok = printed_format is not None and not _superseded(state)
        ok = hash_ok and content.ok and chain[1] and all(ok for _, ok in signatures)
        return VerifyResult(
            VerifyStatus.MATCHES if ok else VerifyStatus.DIFFERS,
            mark.appraisal_id, mark.revision, mark.sha256, content_hash(sheet), state.value,
            draft=state in IN_PROGRESS, hash_format=printed_format,
            record_changed=printed_format is None,
            content=content.text, content_ok=content.ok,
            chain=chain[0], chain_ok=chain[1],
            signatures=tuple(text for text, _ in signatures),
            signatures_ok=all(ok for _, ok in signatures),
        )  # fmt: skip

    def _content(
        self, pdf: bytes, sheet: EvaluationSheet, printed_format: str | None
    ) -> _ContentCheck:
        from kpm_desktop.reports.pdf_pages import DamagedPdf, read_pages

        try:
            pages = read_pages(pdf)
        except DamagedPdf as exc:
            text = UserText("the PDF is damaged, its pages cannot be read ({problem})", problem=exc)
            return _ContentCheck(text, False, None, readable=False)
        anchor = find_anchor(" ".join(pages[0].lines)) if pages else None
        if printed_format == LEGACY_HASH_FORMAT:
            note = UserText(
                "not compared: printed by an earlier version, in a layout not re-derived"
            )
            return _ContentCheck(note, True, anchor)
        footer = " ".join(pages[0].lines) if pages else ""
        printed = replace(sheet, chain_anchor=anchor, state=_printed_state(footer, sheet))
        comparison = self._closest(pages, printed)
        if comparison.difference is not None:
            return _ContentCheck(comparison.difference.message(), False, anchor)
        if comparison.chart_pages:
            text = UserText(
                "the text of every page and its drawing are those of the record; its chart "
                "page's title, total and grade too (the charts are not checked)"
            )
        else:
            text = UserText("the text of every page and its drawing are those of the record")
        return _ContentCheck(text, True, anchor)

    def _closest(self, pages: list[PageContent], sheet: EvaluationSheet) -> SheetComparison:
        """The comparison with the rendering the PDF is closest to: the sheet as the record
        gives it, or as it printed before it was acknowledged (signing dates are added to
        the record after printing)."""
        from kpm_desktop.reports.pdf_pages import read_pages
        from kpm_desktop.reports.sheet_comparison import compare_sheet

        landscape = bool(pages) and pages[0].width > pages[0].height
        best: SheetComparison | None = None
        for variant in _signing_variants(sheet):
            # Sheets printed before the template's cells became forms draw the same pages
            # with other content streams: compared with that rendering too.
            for forms in (True, False):
                rendered = self._renderer().render(
                    variant, landscape=landscape, template_forms=forms
                )
                found = compare_sheet(pages, read_pages(rendered), variant)
                if found.difference is None:
                    return found
                if best is None or found.line_index > best.line_index:
                    best = found
        assert best is not None
        return best


# The states a sheet may have been printed in, by the state it is in now: the footer names
# the state at print time, which moves on (a final sheet gets acknowledged, a revision
# superseded, a draft sent back), so it is read from the PDF, like the chain head.
_FINAL_BEFORE = {
    AppraisalState.FINALIZED: {AppraisalState.FINALIZED},
    AppraisalState.ACKNOWLEDGED: {AppraisalState.FINALIZED, AppraisalState.ACKNOWLEDGED},
}


def _printed_state(footer: str, sheet: EvaluationSheet) -> AppraisalState | None:
    """The state the footer printed when the record could have been in it then; otherwise
    the state now (the comparison then names the footer as the difference)."""
    from kpm_desktop.reports.page_decor import footer_state

    printed, now = footer_state(footer), sheet.state
    if printed is None or now is None:  # the draft / final wording of earlier sheets
        return None
    if sheet.finalized:
        possible = _FINAL_BEFORE.get(now, {AppraisalState.FINALIZED, AppraisalState.ACKNOWLEDGED})
    else:
        possible = set(IN_PROGRESS) | {now}
    return printed if printed in possible else now


def _superseded(state: AppraisalState) -> bool:
    return state is AppraisalState.SUPERSEDED


def _signing_variants(sheet: EvaluationSheet) -> Iterator[EvaluationSheet]:
    for variant in (sheet, _superior_as_head(sheet)):
        if variant is None:
            continue
        yield variant
        unsigned = tuple(Signatory(s.role, s.name) for s in variant.signatories)
        if variant.acknowledged_on is not None or unsigned != variant.signatories:
            yield replace(variant, acknowledged_on=None, acknowledgement="", signatories=unsigned)


def _superior_as_head(sheet: EvaluationSheet) -> EvaluationSheet | None:
    """The sheet as printed before the 部门负责人 box skipped the direct superior (who then
    filled both boxes); None when that gives the same sheet."""
    superior = sheet.signatory(SignatoryRole.DIRECT_SUPERIOR)
    head = sheet.signatory(SignatoryRole.DEPARTMENT_HEAD)
    if superior is None or (head is not None and head.name == superior.name):
        return None
    others = tuple(s for s in sheet.signatories if s.role is not SignatoryRole.DEPARTMENT_HEAD)
    as_head = Signatory(SignatoryRole.DEPARTMENT_HEAD, superior.name)
    return replace(sheet, signatories=(*others, as_head))
