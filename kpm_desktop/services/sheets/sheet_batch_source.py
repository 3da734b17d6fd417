"""Where a cycle export's sheets are read: in the process that renders them.

A batch's keys are appraisal ids (with the chart page printed after the sheet, or None).
`InProcessSheets` reads them through the caller's own service; `WorkerSheets` is pickled
into each worker of the pool, which opens its own database connection once and reads
its sheets there, so a large export does not wait for the parent to read every sheet
one by one before the pool starts.
"""

from __future__ import annotations

from collections.abc import Callable
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
    """Reads each sheet through `read(appraisal_id)` in this process."""

    read: Callable[[int], EvaluationSheet]

    def __call__(self, key: SheetKey) -> SheetJob:
        appraisal_id, chart_page = key
        return self.read(appraisal_id), chart_page


@dataclass(frozen=True)
class WorkerSheets:
    """Reads each sheet in a pool worker, from the database at `url`, as `actor` sees it."""

    url: str
    actor: Actor
    company: str

    def __call__(self, key: SheetKey) -> SheetJob:
        appraisal_id, chart_page = key
        return _worker_service(self.url).sheet(self.actor, appraisal_id, self.company), chart_page


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
