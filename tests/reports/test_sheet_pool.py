"""The pool a large batch is rendered in: its workers are set up before their first chunk
(the font parsed, garbage collected less often), import no database code (the sheets
come read) and give the serial batch's bytes."""

import dataclasses
import gc
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.reports import batch
from kpm_desktop.reports.batch import BatchOptions, given_sheet, given_sheets, render_entries
from kpm_desktop.reports.sheet_pool import YOUNG_COLLECTION, PoolAhead, start_pool
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


def _main_file() -> str | None:
    return getattr(sys.modules["__main__"], "__file__", None)


def test_a_worker_imports_no_database_code() -> None:
    pool = start_pool(1)
    try:
        assert pool.submit(_imported, "kpm_desktop.reports.renderer").result()
        assert not pool.submit(_imported, "sqlalchemy").result()
    finally:
        pool.shutdown(wait=True)


def test_a_worker_imports_nothing_of_the_callers_main_module() -> None:
    main = sys.modules["__main__"]
    before = (main.__spec__, getattr(main, "__file__", None))
    assert before[1] is not None  # pytest's script: a spawned process would run it first
    pool = start_pool(1)
    try:
        assert pool.submit(_main_file).result() is None
    finally:
        pool.shutdown(wait=True)
    assert (main.__spec__, getattr(main, "__file__", None)) == before


def test_every_worker_starts_with_the_pool() -> None:
    pool = start_pool(2)
    try:
        assert len(pool._processes) == 2  # before any chunk is submitted
    finally:
        pool.shutdown(wait=True)


def _assert_shut_down(pool: ProcessPoolExecutor) -> None:
    with pytest.raises(RuntimeError):  # shut down, or broken by its ended workers
        pool.submit(int)


def _refuse_a_new_pool(workers: int) -> None:
    raise AssertionError(f"a new pool of {workers} was started")


def test_a_pool_started_ahead_renders_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = given_sheets(_sheets(3))
    serial = list(render_entries(entries, given_sheet, BatchOptions(workers=1)))
    with PoolAhead(2) as ahead:
        monkeypatch.setattr(batch, "start_pool", _refuse_a_new_pool)
        options = BatchOptions(workers=2, pool_ahead=ahead)
        assert list(render_entries(entries, given_sheet, options)) == serial


def test_a_pool_ahead_serves_a_batch_in_fewer_processes() -> None:
    with PoolAhead(2) as ahead:
        started = ahead._pool
        pool = ahead.take(1)
        try:
            assert pool is started
        finally:
            pool.shutdown(wait=True)


def test_a_pool_ahead_too_small_is_shut_down_for_a_new_one() -> None:
    ahead = PoolAhead(1)
    started = ahead._pool
    assert started is not None
    pool = ahead.take(2)
    try:
        assert pool is not started and len(pool._processes) == 2
        _assert_shut_down(started)
    finally:
        pool.shutdown(wait=True)
        ahead.close()


def test_a_batch_rendered_in_this_process_shuts_the_pool_ahead_down() -> None:
    with PoolAhead(2) as ahead:
        started = ahead._pool
        assert started is not None
        options = BatchOptions(workers=1, pool_ahead=ahead)
        list(render_entries(given_sheets(_sheets(1)), given_sheet, options))
        _assert_shut_down(started)
        assert ahead._pool is None


def test_the_workers_of_a_pool_ahead_not_taken_are_ended_not_waited_for() -> None:
    ahead = PoolAhead(2)
    assert ahead._pool is not None
    workers = list(ahead._pool._processes.values())
    ahead.close()
    deadline = time.monotonic() + 10
    while any(w.exitcode is None for w in workers) and time.monotonic() < deadline:
        time.sleep(0.01)  # the pool's own thread reaps them too: the first sets the code
    assert [w.exitcode for w in workers] == [-signal.SIGTERM] * 2  # not left to finish
