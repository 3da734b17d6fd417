"""The pool of processes a large batch of sheets is rendered in, and its workers' set-up.

A worker is spawned (never forked: the caller may be a Qt application with threads): a
new interpreter that imports the renderer, then parses the font (`_start_worker`). It
only renders: the sheets come read (`batch`), so it imports no database code. Besides,
a worker
- ends with its parent (`worker_lifeline`);
- collects garbage less often: what its set-up made (modules, the parsed font) is frozen
  out of the collector, and a young collection runs every `YOUNG_COLLECTION` new objects
  instead of 700: the collector took about a fourteenth of a sheet's rendering, most of
  it going over objects that live as long as the process (docs/benchmarks.md,
  evaluation sheets, third round);
- leaves without tearing its interpreter down: when the pool shuts down every result
  has been sent, and freeing the caches object by object took 0.3-0.5 s, waited for by
  the caller at the end of every batch;
- imports nothing of the caller's main module, which a spawned process otherwise runs
  first (as `__mp_main__`) in case a task was defined there: every task and initializer
  here is a function of this package, and the main module was `kpm_desktop.app` (~40 ms
  a worker) or pytest under the tests and benchmarks (~0.1 s).
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import cache
from multiprocessing import get_context
from typing import TYPE_CHECKING

from kpm_desktop.reports.worker_lifeline import watch_parent

if TYPE_CHECKING:
    from kpm_desktop.reports.renderer import EvaluationSheetRenderer

YOUNG_COLLECTION = 10_000


def start_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes set up to render sheets, all of them starting now.

    A spawning pool starts a process when a task is submitted and no worker is idle,
    so the second worker would start only once the caller had read the second chunk:
    a task that does nothing per worker starts them all at once instead."""
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    with _main_module_left_out():  # the workers are spawned by these submits
        for _ in range(workers):
            pool.submit(_ready)
    return pool


@contextmanager
def _main_module_left_out() -> Iterator[None]:
    """While processes are spawned, the main module looks like one run with `python -c`,
    which multiprocessing does not have a new process import (`spawn.get_preparation_data`
    reads its `__spec__` and `__file__` then)."""
    namespace = sys.modules["__main__"].__dict__
    saved: dict[str, object] = {
        name: namespace[name] for name in ("__spec__", "__file__") if name in namespace
    }
    namespace["__spec__"] = None
    namespace.pop("__file__", None)
    try:
        yield
    finally:
        namespace.update(saved)


class PoolAhead:
    """A pool started before its batch knows how many sheets it holds, so that its
    workers load the renderer while the caller still loads its own code, signs in and
    lists the sheets (`kpm pdf --cycle`). The batch `take`s it when it renders in no
    more processes than it has; otherwise, or when the batch never comes, it is shut down. Nothing
    is sent to its workers before the batch takes it."""

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = start_pool(workers)

    def take(self, workers: int) -> ProcessPoolExecutor:
        """The pool started ahead when it has at least `workers` processes (the caller
        shuts it down; a worker more only idles), else a new one."""
        if workers <= self._workers and self._pool is not None:
            pool, self._pool = self._pool, None
            return pool
        self.close()
        return start_pool(workers)

    def close(self) -> None:
        """Shut the pool down unless it was taken. Its workers had no sheet: they are
        ended at once, not waited for (a worker still loading the renderer would hold
        the command's exit ~0.3 s)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        workers = list(pool._processes.values())  # Python 3.11 gives no public handle
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.terminate()

    def __enter__(self) -> PoolAhead:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _ready() -> None:
    """The task that starts a worker."""


@cache
def process_renderer() -> EvaluationSheetRenderer:
    """One renderer per process: the font is parsed once, not once per chunk; it prints
    batches, so it records a layout's first sheet for the next. Imported here: a caller
    that only starts the pool loads no reportlab."""
    from kpm_desktop.reports.renderer import EvaluationSheetRenderer

    return EvaluationSheetRenderer(many_sheets=True)


def _start_worker(parent_pid: int) -> None:
    """Pool initializer."""
    watch_parent(parent_pid)
    process_renderer()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])
    atexit.register(_leave)


def _leave() -> None:
    """At the worker's exit: its log flushed, no interpreter tear-down."""
    logging.shutdown()
    os._exit(0)
