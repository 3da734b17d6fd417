"""The pool of processes a large batch of sheets is rendered in, and its workers' set-up.

A worker is spawned (never forked: the caller may be a Qt application with threads), so
it starts a new interpreter and imports the renderer, the sheet source's modules
(SQLAlchemy for a cycle export's) and parses the font: about half a second. `start_pool`
starts the workers at once and they set themselves up (`_start_worker`) while the caller
goes on: a cycle export starts its pool before it lists the cycle, so the two overlap.

A worker also
- ends with its parent (`worker_lifeline`);
- collects garbage less often: the set-up's objects (modules, the parsed font) are frozen
  out of the collector, and a young collection runs every `YOUNG_COLLECTION` new objects
  instead of 700; the collector took about a fourteenth of a sheet's rendering, about
  half that now (docs/benchmarks.md, Sheets);
- leaves without tearing its interpreter down: when the pool shuts down, every result
  has been sent, and freeing the caches object by object took about 0.3 s, waited for
  by the caller.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from multiprocessing import get_context
from typing import Any

from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.worker_lifeline import watch_parent

YOUNG_COLLECTION = 10_000


def start_pool(workers: int, source: Any) -> ProcessPoolExecutor:
    """A pool of `workers` processes, started now; each is set up for `source` (the
    batch's `SheetSource`, whose modules it imports) before it takes its first chunk."""
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(), source),
    )
    # A spawning pool starts a process on a submit that finds none idle: one each.
    for _ in range(workers):
        executor.submit(_ready)
    return executor


@cache
def process_renderer() -> EvaluationSheetRenderer:
    """One renderer per process: the font is parsed once, not once per chunk."""
    return EvaluationSheetRenderer()


def _start_worker(parent_pid: int, _source: Any) -> None:
    """Pool initializer (the source is unpickled, so its modules imported, to get here)."""
    watch_parent(parent_pid)
    process_renderer()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])
    atexit.register(_leave)


def _leave() -> None:
    """At the worker's exit: logs flushed, no interpreter tear-down."""
    logging.shutdown()
    os._exit(0)


def _ready() -> None:
    """The task that starts a worker."""
