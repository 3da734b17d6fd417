"""Evaluation sheets from the database: one sheet, its PDF (optionally signed, optionally
followed by the staff member's chart page), a whole cycle as a folder of PDFs or one
combined PDF, and the check of a printed sheet.

Every method takes the acting user: a sheet is built from `AppraisalService.scored`,
which refuses an appraisal the user may not view, and a cycle export lists only the
appraisals the user may view.

The reports modules (reportlab, pypdf, pyHanko) are imported when first used: the app
builds this service at start-up, and they would add about a second to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import NotFoundError, ValidationError
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.domain.period import Period
from kpm_desktop.private_files import write_private_bytes
from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.sheets.printed_checks import signed
from kpm_desktop.services.sheets.sheet_batch_source import InProcessSheets
from kpm_desktop.services.sheets.sheet_reader import SheetReader
from kpm_desktop.services.sheets.sheet_reading import read_sheets
from kpm_desktop.services.sheets.sheet_verification import SheetVerifier
from kpm_desktop.services.sheets.sheet_views import (
    DEFAULT_COMPANY,
    STAGE_RENDERING,
    STAGE_SIGNING,
    CancelCheck,
    SheetExport,
    SheetSigning,
    StageProgress,
    VerifyResult,
)
from kpm_desktop.storage.database import Database

if TYPE_CHECKING:
    from kpm_desktop.charts.staff_page import StaffChartPage
    from kpm_desktop.reports.batch import BatchEntry, BatchOptions, BatchResult, SheetSource
    from kpm_desktop.reports.renderer import EvaluationSheetRenderer
    from kpm_desktop.reports.sheet_pool import PoolAhead


class EvaluationSheetService:
    def __init__(
        self, database: Database, appraisals: AppraisalService, charts: DashboardService
    ) -> None:
        """`charts` draws the chart page a sheet may be printed with."""
        self._database = database
        self._appraisals = appraisals
        self._charts = charts
        self._reader = SheetReader(database, appraisals)

    @cached_property
    def _renderer(self) -> EvaluationSheetRenderer:
        from kpm_desktop.reports.renderer import EvaluationSheetRenderer

        return EvaluationSheetRenderer()

    def sheet(
        self, actor: Actor, appraisal_id: int, company: str = DEFAULT_COMPANY
    ) -> EvaluationSheet:
        return self._reader.sheet(actor, appraisal_id, company)

    def sheets(
        self, actor: Actor, appraisal_ids: Sequence[int], company: str = DEFAULT_COMPANY
    ) -> list[EvaluationSheet]:
        """The sheets of these appraisals, as `sheet` gives each, read together
        (`sheet_reading`): how a cycle export reads a chunk of its sheets."""
        return read_sheets(self._database, actor, appraisal_ids, company)

    def pdf(
        self,
        actor: Actor,
        appraisal_id: int,
        landscape: bool = False,
        sign: SheetSigning | None = None,
        company: str = DEFAULT_COMPANY,
        chart_page: bool = False,
    ) -> bytes:
        """The sheet's PDF; `chart_page` adds the staff member's chart page after it (the
        signature, when signed, covers both)."""
        sheet = self.sheet(actor, appraisal_id, company)
        pdf = self._renderer.render(sheet, landscape=landscape)
        if chart_page:
            from kpm_desktop.reports.combine import append_pages

            charts = self._charts.staff_chart_pdf(
                actor, sheet.employee_no, Period.parse(sheet.period)
            )
            pdf = append_pages(pdf, charts)
        return pdf if sign is None else signed(pdf, sign, company)

    def cycle_appraisals(
        self, actor: Actor, period: str, appraisal_ids: Sequence[int] | None = None
    ) -> list[AppraisalSummary]:
        """The current (not superseded) appraisals of the cycle the user may view, or the
        chosen ones among them, in employee number order; without turns and running
        scores (`AppraisalService.plain_list`): a sheet is read with its score later."""
        listed = self._appraisals.plain_list(actor, period)
        if appraisal_ids is None:
            return listed
        wanted = set(appraisal_ids)
        unknown = wanted - {a.id for a in listed}
        if unknown:
            raise NotFoundError(
                "Cycle {period} has no appraisal {appraisal_id} that you may view",
                period=period,
                appraisal_id=min(unknown),
            )
        return [a for a in listed if a.id in wanted]

    def cycle_pdfs(
        self,
        actor: Actor,
        period: str,
        *,
        out_dir: Path | None = None,
        combined_path: Path | None = None,
        appraisal_ids: Sequence[int] | None = None,
        company: str = DEFAULT_COMPANY,
        landscape: bool = False,
        sign: SheetSigning | None = None,
        progress: StageProgress | None = None,
        cancelled: CancelCheck | None = None,
        workers: int | None = None,
        chart_page: bool = False,
        pool_ahead: PoolAhead | None = None,
    ) -> SheetExport:
        """One PDF per appraisal in `out_dir` and/or all of them in `combined_path`;
        `chart_page` puts each staff member's chart page after their sheet. The sheets are
        read here a chunk at a time, rendered by a pool of processes for a large cycle
        (`pool_ahead`'s, when it was started with as many)."""
        from kpm_desktop.reports import batch

        if out_dir is None and combined_path is None:
            raise ValidationError("Say where the sheets go: a folder, a combined file, or both")
        listed = self.cycle_appraisals(actor, period, appraisal_ids)
        if not listed:
            raise NotFoundError("Cycle {period} has no appraisal that you may view", period=period)
        entries = self._batch_entries(actor, listed, chart_page)
        source = InProcessSheets(lambda appraisal_ids: self.sheets(actor, appraisal_ids, company))
        options = batch.BatchOptions(
            landscape=landscape,
            workers=workers,
            progress=None if progress is None else lambda d, t: progress(STAGE_RENDERING, d, t),
            cancelled=cancelled,
            pool_ahead=pool_ahead,
        )
        result, written = self._write_batch(entries, source, options, out_dir, combined_path)
        finished = not result.cancelled
        if sign is not None and finished:
            finished = self._sign_files(written, sign, company, progress, cancelled)
        return SheetExport(tuple(written), len(entries), not finished)

    def _batch_entries(
        self, actor: Actor, listed: Sequence[AppraisalSummary], chart_page: bool
    ) -> list[BatchEntry]:
        from kpm_desktop.reports.batch import BatchEntry, file_name, unique_file_names

        names = unique_file_names(
            [file_name(a.period, a.employee_no, a.staff_name) for a in listed],
            [a.id for a in listed],
        )
        pages = self._chart_pages(actor, listed) if chart_page else [None] * len(listed)
        return [
            BatchEntry((a.id, page), name, f"appraisal {a.id} ({a.employee_no} {a.staff_name})")
            for a, page, name in zip(listed, pages, names, strict=True)
        ]

    @staticmethod
    def _write_batch(
        entries: Sequence[BatchEntry],
        source: SheetSource,
        options: BatchOptions,
        out_dir: Path | None,
        combined_path: Path | None,
    ) -> tuple[BatchResult, list[Path]]:
        from kpm_desktop.reports.batch import write_combined, write_folder

        try:
            if out_dir is None:
                assert combined_path is not None
                result = write_combined(entries, source, combined_path, options)
                return result, list(result.written)
            result = write_folder(entries, source, out_dir, options)
            written = list(result.written)
            if combined_path is not None and not result.cancelled:
                # Imported here: pypdf takes ~0.1 s to import, before the pool could start.
                from kpm_desktop.reports.combine import combine

                write_private_bytes(combined_path, combine(p.read_bytes() for p in written))
                written.append(combined_path)
            return result, written
        except OSError as exc:  # a folder that is a file, a full disk, no permission
            raise ValidationError(
                "{path}: cannot write: {reason}",
                path=exc.filename or out_dir or combined_path,
                reason=exc.strerror,
            ) from exc

    def verify_pdf(self, actor: Actor, pdf: bytes, source: str = "the PDF") -> VerifyResult:
        """Check a printed sheet against the database: its fingerprint, what its pages
        show, the audit chain head it printed and its signatures (sheet_verification)."""
        verifier = SheetVerifier(
            self._database, self._reader.sheet_and_state, lambda: self._renderer
        )
        return verifier.verify(actor, pdf, source)

    def _chart_pages(
        self, actor: Actor, listed: Sequence[AppraisalSummary]
    ) -> list[StaffChartPage | None]:
        """Each appraisal's chart page, in the list's order (a cycle's appraisals share a
        period)."""
        pages: dict[tuple[str, str], StaffChartPage] = {}
        for period in sorted({a.period for a in listed}):
            staff_nos = sorted({a.employee_no for a in listed if a.period == period})
            found = self._charts.staff_chart_pages(actor, Period.parse(period), staff_nos)
            pages.update({(period, no): page for no, page in found.items()})
        return [pages[(a.period, a.employee_no)] for a in listed]

    def _sign_files(
        self,
        paths: Sequence[Path],
        sign: SheetSigning,
        company: str,
        progress: StageProgress | None,
        cancelled: CancelCheck | None,
    ) -> bool:
        """Sign the files in place; False when cancelled part way (the rest stay unsigned)."""
        for done, path in enumerate(paths, start=1):
            if cancelled is not None and cancelled():
                return False
            write_private_bytes(path, signed(path.read_bytes(), sign, company))
            if progress is not None:
                progress(STAGE_SIGNING, done, len(paths))
        return True
