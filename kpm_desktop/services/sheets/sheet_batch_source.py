"""Where a cycle export's sheets are read: in the process that renders them.

A batch's keys are appraisal ids (with the chart page printed after the sheet, or None).
`InProcessSheets` reads them through the caller's own service; `WorkerSheets` is pickled
into each worker of the pool, which opens its own database connection once and reads
its sheets there (`sheet_reading`, without building the application's services), so a
large export does not wait for the parent to read every sheet before the pool starts.
Both read a chunk of the batch at once (`many`); one key alone (`__call__`) is read the
same way.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.services.sheets.sheet_reading import read_sheets
from kpm_desktop.storage.database import Database

if TYPE_CHECKING:
    from kpm_desktop.charts.staff_page import StaffChartPage

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
        sheets = read_sheets(_worker_database(self.url), self.actor, ids, self.company)
        return _jobs(sheets, keys)


def _jobs(sheets: list[EvaluationSheet], keys: Sequence[SheetKey]) -> list[SheetJob]:
    return [(sheet, chart_page) for sheet, (_, chart_page) in zip(sheets, keys, strict=True)]


@cache
def _worker_database(url: str) -> Database:
    """The worker's connection to the database, opened once per process and closed
    properly at its exit (a pool's worker leaves without tearing its interpreter down)."""
    database = Database(url)
    atexit.register(database.dispose)
    return database
