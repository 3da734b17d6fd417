"""The pool a large batch is rendered in: started before the batch, its workers set up
before their first chunk, and shut down by the batch that used it (or did not need it)."""

import dataclasses
import gc

import pytest

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.reports.batch import BatchOptions, given_sheet, given_sheets, render_entries
from kpm_desktop.reports.sheet_pool import YOUNG_COLLECTION, start_pool
from tests.reports.sample_sheets import supervisor_sheet


def _sheets(count: int) -> list[EvaluationSheet]:
    base = supervisor_sheet()
    return [
        dataclasses.replace(base, appraisal_id=200 + i, employee_no=f"E{i:05d}")
        for i in range(count)
    ]


def test_a_batch_in_a_pool_started_beforehand_gives_the_serial_bytes_and_ends_it() -> None:
    entries = given_sheets(_sheets(3))
    serial = list(render_entries(entries, given_sheet, BatchOptions(workers=1)))
    pool = start_pool(2, given_sheet)
    pooled = list(render_entries(entries, given_sheet, BatchOptions(workers=2, pool=pool)))
    assert pooled == serial
    with pytest.raises(RuntimeError):  # shut down by the batch
        pool.submit(gc.get_threshold)


def test_a_batch_rendered_in_the_caller_shuts_the_pool_started_for_it_down() -> None:
    entries = given_sheets(_sheets(1))
    pool = start_pool(1, given_sheet)
    rendered = list(render_entries(entries, given_sheet, BatchOptions(workers=1, pool=pool)))
    assert [index for index, _ in rendered] == [0]
    with pytest.raises(RuntimeError):
        pool.submit(gc.get_threshold)


def test_a_worker_collects_garbage_less_often_its_set_up_frozen_out() -> None:
    pool = start_pool(1, given_sheet)
    try:
        assert pool.submit(gc.get_threshold).result()[0] == YOUNG_COLLECTION
        assert pool.submit(gc.get_freeze_count).result() > 0
    finally:
        pool.shutdown(wait=True)
