"""A batch source that fails on one sheet (module level: pool workers unpickle it)."""

from __future__ import annotations

from kpm_desktop.reports.batch import SheetJob

FAILING_APPRAISAL = 105


def fail_on_one(key: SheetJob) -> SheetJob:
    sheet, _ = key
    if sheet.appraisal_id == FAILING_APPRAISAL:
        raise RuntimeError("the layout overflowed")
    return key
