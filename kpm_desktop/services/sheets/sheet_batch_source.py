"""Where a cycle export's sheets are read: in the process that renders them.

A batch's keys are appraisal ids (with the chart page printed after the sheet, or None).
`InProcessSheets` reads them through the caller's own service; `WorkerSheets` is pickled
into each worker of the pool, which opens its own database connection once and reads
its sheets there, so a large export does not wait for the parent to read every sheet
one by one before the pool starts. Both read a chunk of the batch at once (`many`, see
`sheet_reading`); one key alone (`__call__`) is read the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet

if TYPE_CHECKING:
    from kpm_desktop.charts.staff_page import StaffChartPage
    from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService

SheetKey = tuple[int, "StaffChartPage | None"]
SheetJob = tuple[EvaluationSheet, "StaffChartPage | None"]


@dataclass(frozen=True)
class InProcessSheets:
    """Reads the sheets through `read(appraisal_ids)` in this process."""

    read: Callable[[Sequence[int]], list[EvaluationSheet]]

    def __call__(self, key: SheetKey) -> SheetJob:
        return self.many([key])[0]

    def many(self, keys: Sequence[SheetKey]) -> list[SheetJob]:
        return _jobs(self.read([appraisal_id for appraisal_id, _ in keys]), keys)


@dataclass(frozen=True)
class WorkerSheets:
    """Reads the sheets in a pool worker, from the database at `url`, as `actor` sees them."""

    url: str
    actor: Actor
    company: str

    def __call__(self, key: SheetKey) -> SheetJob:
        return self.many([key])[0]

    def many(self, keys: Sequence[SheetKey]) -> list[SheetJob]:
        ids = [appraisal_id for appraisal_id, _ in keys]
        return _jobs(_worker_service(self.url).sheets(self.actor, ids, self.company), keys)


def _jobs(sheets: list[EvaluationSheet], keys: Sequence[SheetKey]) -> list[SheetJob]:
    return [(sheet, chart_page) for sheet, (_, chart_page) in zip(sheets, keys, strict=True)]


@cache
def _worker_service(url: str) -> EvaluationSheetService:
    """The worker's sheet service on its own connection, built once per process."""
    from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
    from kpm_desktop.services.audit_trail.audit import AuditTrail
    from kpm_desktop.services.kpis.dashboard_service import DashboardService
    from kpm_desktop.services.kpis.kpi_service import KpiService
    from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService
    from kpm_desktop.storage.database import Database

    database = Database(url)
    audit = AuditTrail(database)
    kpis = KpiService(database, audit=audit)
    return EvaluationSheetService(
        database, AppraisalService(database, audit, kpis), DashboardService(database, kpis)
    )
