"""The pool a large batch is rendered in: its workers are set up before their first chunk
(the font parsed, garbage collected less often), import no database code (the sheets
come read) and give the serial batch's bytes."""

import dataclasses
import gc
import sys

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


def test_workers_collecting_less_often_give_the_serial_bytes() -> None:
    entries = given_sheets(_sheets(3))
    serial = list(render_entries(entries, given_sheet, BatchOptions(workers=1)))
    pooled = list(render_entries(entries, given_sheet, BatchOptions(workers=2)))
    assert pooled == serial


def test_a_worker_is_set_up_before_its_first_chunk() -> None:
    pool = start_pool(1)
    try:
        assert pool.submit(gc.get_threshold).result()[0] == YOUNG_COLLECTION
        assert pool.submit(gc.get_freeze_count).result() > 0
    finally:
        pool.shutdown(wait=True)
    assert gc.get_threshold()[0] != YOUNG_COLLECTION  # the caller's own is left alone


def _imported(module: str) -> bool:
    return module in sys.modules


def test_a_worker_imports_no_database_code() -> None:
    pool = start_pool(1)
    try:
        assert pool.submit(_imported, "kpm_desktop.reports.renderer").result()
        assert not pool.submit(_imported, "sqlalchemy").result()
    finally:
        pool.shutdown(wait=True)


def test_every_worker_starts_with_the_pool() -> None:
    pool = start_pool(2)
    try:
        assert len(pool._processes) == 2  # before any chunk is submitted
    finally:
        pool.shutdown(wait=True)
