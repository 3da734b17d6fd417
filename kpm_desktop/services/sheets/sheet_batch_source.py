"""Where a cycle export's sheets come from: this process's database, a chunk at a time.

A batch's keys are appraisal ids (with the chart page printed after the sheet, or None).
`InProcessSheets` reads them through the caller's own service, a chunk of the batch at
once (`many`, `sheet_reading`: a fixed number of statements a chunk, ~0.4 ms a sheet);
one key alone (`__call__`) is read the same way. A large export renders in a pool of
processes, but reads here (`reports/batch.py`): the workers import no database code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet

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
        sheets = self.read([appraisal_id for appraisal_id, _ in keys])
        return [(sheet, chart_page) for sheet, (_, chart_page) in zip(sheets, keys, strict=True)]
