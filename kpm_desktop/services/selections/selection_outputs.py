"""A selection's comparison as a printed sheet (PDF), a workbook (XLSX), and the check of a
printed sheet (`kpm verify --pdf`).

Only someone who sees every sheet (HR, or anyone once the selection is closed) gets the
comparison: a member's own sheets alone would print a misleading table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.chain_anchor import find_anchor
from kpm_desktop.domain.errors import NotFoundError, PermissionDeniedError, UserText
from kpm_desktop.domain.office_time import to_office
from kpm_desktop.domain.selection_sheet import SelectionSheet, comparison_sheet, selection_hash
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.selections.selection_service import SelectionService
from kpm_desktop.services.selections.selection_views import SelectionView
from kpm_desktop.services.sheets.printed_checks import (
    check_anchor,
    head_anchor,
    signature_lines,
    signed,
)
from kpm_desktop.services.sheets.sheet_views import SheetSigning
from kpm_desktop.storage.database import Database

if TYPE_CHECKING:
    from kpm_desktop.reports.selection_renderer import SelectionSheetRenderer


@dataclass(frozen=True)
class SelectionVerifyResult:
    """What `kpm verify --pdf` found on a selection's comparison sheet."""

    selection_id: int
    printed_sha256: str
    current_sha256: str | None
    content_ok: bool  # the pages, the chain head and the signatures all hold
    lines: tuple[UserText, ...] = field(default=())

    @property
    def matches(self) -> bool:
        return self.printed_sha256 == self.current_sha256 and self.content_ok

    def message(self) -> str:
        return "\n  ".join(str(line) for line in self.lines)


class SelectionOutputs:
    def __init__(self, database: Database, selections: SelectionService) -> None:
        self._database = database
        self._selections = selections

    @cached_property
    def _renderer(self) -> SelectionSheetRenderer:
        from kpm_desktop.reports.selection_renderer import SelectionSheetRenderer

        return SelectionSheetRenderer()

    def sheet(self, actor: Actor, selection: str, company: str) -> SelectionSheet:
        return self._sheet_of(self._full_view(actor, selection), company)

    def pdf(
        self, actor: Actor, selection: str, company: str, sign: SheetSigning | None = None
    ) -> bytes:
        """The comparison sheet; signed with the certificate when `sign` is given."""
        pdf = self._renderer.render(self.sheet(actor, selection, company))
        return pdf if sign is None else signed(pdf, sign, company)

    def xlsx(self, actor: Actor, selection: str, company: str) -> bytes:
        from kpm_desktop.reports.selection_workbook import selection_workbook

        view = self._full_view(actor, selection)
        return selection_workbook(self._sheet_of(view, company), view.comparison, view.sheets)

    def verify_pdf(
        self, actor: Actor, pdf: bytes, source: str = "the PDF"
    ) -> SelectionVerifyResult | None:
        """None when the file is not a selection's comparison sheet."""
        from kpm_desktop.reports.fingerprint import read_selection_fingerprint
        from kpm_desktop.reports.printed_sheet import read_printed_company

        mark = read_selection_fingerprint(pdf)
        if mark is None:
            return None
        try:
            name = self._selections.name_of(mark.selection_id)
        except NotFoundError:
            text = UserText(
                "no such selection: the database has no selection {id}", id=mark.selection_id
            )
            return SelectionVerifyResult(mark.selection_id, mark.sha256, None, False, (text,))
        sheet = self.sheet(actor, name, read_printed_company(pdf, source))
        current = selection_hash(sheet)
        verdict = (
            UserText("selection {name}: the printed comparison matches the record", name=name)
            if current == mark.sha256
            else UserText(
                "selection {name}: the record changed since printing (printed SHA-256 {printed}, "
                "now {current})",
                name=name,
                printed=mark.sha256[:16],
                current=current[:16],
            )
        )
        lines, ok = self._printed_checks(pdf, sheet)
        return SelectionVerifyResult(mark.selection_id, mark.sha256, current, ok, (verdict, *lines))

    def _printed_checks(self, pdf: bytes, sheet: SelectionSheet) -> tuple[list[UserText], bool]:
        """The pages against the record (with the chain head the footer printed), that
        chain head against the audit trail, and the signatures: the evaluation sheet's
        checks (services/sheets/printed_checks.py)."""
        from kpm_desktop.reports.pdf_pages import DamagedPdf, read_pages

        try:
            pages = read_pages(pdf)
        except DamagedPdf as exc:
            text = UserText("the PDF is damaged, its pages cannot be read ({problem})", problem=exc)
            return [text], False
        anchor = find_anchor(" ".join(pages[0].lines)) if pages else None
        same = pages == read_pages(self._renderer.render(replace(sheet, chain_anchor=anchor)))
        content = (
            UserText("content: the text of every page and its drawing are those of the record")
            if same
            else UserText("content: the pages differ from the comparison the record gives")
        )
        chain, chain_ok = check_anchor(self._database, anchor)
        signatures = signature_lines(pdf)
        lines = [content, UserText("audit chain: {check}", check=chain)]
        lines += [text for text, _ in signatures]
        return lines, same and chain_ok and all(ok for _, ok in signatures)

    def _full_view(self, actor: Actor, selection: str) -> SelectionView:
        view = self._selections.view(actor, selection)
        if not view.sees_all:
            raise PermissionDeniedError(
                "The comparison of selection {name} is shown once it is closed; until then "
                "you see only your own sheets",
                name=view.summary.name,
            )
        return view

    def _sheet_of(self, view: SelectionView, company: str) -> SelectionSheet:
        closed_on = None
        if view.closed_at is not None:
            with self._database.engine.connect() as connection:
                closed_on = to_office(view.closed_at, read_office_zone(connection)).date()
        summary = view.summary
        with self._database.unit_of_work() as uow:
            anchor = head_anchor(uow.session)
        sheet = comparison_sheet(
            summary.id,
            summary.name,
            company,
            summary.template_version,
            summary.state,
            summary.deadline,
            closed_on,
            view.comparison,
        )
        return replace(sheet, chain_anchor=anchor)
