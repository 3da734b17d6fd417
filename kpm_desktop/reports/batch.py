"""Many sheets at once: a folder of PDFs or one combined PDF, with progress and cancel.

A batch is a list of keys and a `SheetSource` that turns a key into its sheet (and the
chart page printed after it, or None). Given sheets are their own keys; a cycle export
passes appraisal ids and a source that reads the sheets from the database
(`services/sheets/sheet_batch_source.py`), a chunk at a time (about 0.4 ms a sheet). The
sheets are always read in this process; a large batch is rendered in a pool of processes
(`sheet_pool`) that only render: this process reads a chunk, hands it over, and reads
the next while the workers render (a few chunks ahead of the files written), so the
workers import no database code and never wait for a read. The output order is always
the order of the keys. Workers end when their parent dies (`worker_lifeline`). Every
file is written whole under a temporary name, 0600, and renamed: for a folder, the
process that rendered a sheet writes its file under a name of this batch
(`private_files.write_partial`; no PDF goes back through a pipe) and this process
renames it in the keys' order as it counts it done, so a cancelled or failed batch
leaves only the files counted, and removes the temporary ones. A sheet that cannot be
read or rendered stops the batch with a `SheetBatchError` naming it, logged.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.private_files import (
    make_private_dir,
    partial_path,
    remove_stale_partials,
    sync_folder,
    write_partial,
    write_private_bytes,
)
from kpm_desktop.reports.sheet_pool import PoolAhead, process_renderer, start_pool

if TYPE_CHECKING:
    from kpm_desktop.charts.staff_page import StaffChartPage

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
# One per sheet, in the same order: the chart page printed after it, or None.
ChartPages = Sequence["StaffChartPage | None"]
SheetJob = tuple[EvaluationSheet, "StaffChartPage | None"]
# Turns a key into its sheet, in the caller's process (a pool's workers only render).
SheetSource = Callable[[Any], SheetJob]
_T = TypeVar("_T")


@runtime_checkable
class ChunkSource(Protocol):
    """A source that also reads a chunk of keys at once (fewer queries than one by one),
    giving their sheets in the keys' order."""

    def __call__(self, key: Any) -> SheetJob: ...

    def many(self, keys: Sequence[Any]) -> Sequence[SheetJob]: ...


# Spawning a worker costs about half a second (imports, font parsing). Two processes
# against one, 2026-12-05 on two idle cores: 50 sheets 1.17 s / 0.91 s, 100 sheets
# 1.56 s / 1.57 s, 200 sheets 2.38 s / 3.28 s; below this many, one process is as fast.
PARALLEL_THRESHOLD = 120
CHUNK_SIZE = 25
TAIL_CHUNK_SIZE = 4
# Chunks handed to the pool per worker before the first of them is done: a worker
# always finds its next chunk queued (reading one takes ~10 ms, rendering it ~0.3 s).
CHUNKS_AHEAD = 2
# A folder export renames each file within seconds of its writing; one of its hidden
# files older than this was left by an export that was killed.
STALE_PARTIAL_SECONDS = 3600
_UNSAFE = re.compile(r"[^\w\-]+")
_log = logging.getLogger(__name__)


class SheetBatchError(Exception):
    """A sheet of a batch could not be read or rendered: the message names it and says
    why, `detail` holds the traceback of where it failed (a worker's, in a pool)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message, detail)
        self.message, self.detail = message, detail

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class BatchOptions:
    landscape: bool = False
    workers: int | None = None  # None: one per CPU when the batch is large enough
    progress: ProgressCallback | None = None
    cancelled: CancelCheck | None = None
    pool_ahead: PoolAhead | None = None  # taken when it has the processes the batch renders in


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    rendered: int
    total: int
    cancelled: bool


@dataclass(frozen=True)
class BatchEntry:
    """A sheet of a batch before it is read: its key, its file's name (unique in the
    batch, see `unique_file_names`) and how an error names it."""

    key: Any
    file_name: str
    label: str


def file_name(period: str, employee_no: str, staff_name: str) -> str:
    """`2026Q3_E00012_张三.pdf`: letters (Chinese included), digits, `-` and `_` only."""
    stem = "_".join(
        _UNSAFE.sub("-", part).strip("-.") or "-" for part in (period, employee_no, staff_name)
    )
    return f"{stem}.pdf"


def sheet_file_name(sheet: EvaluationSheet) -> str:
    return file_name(sheet.period, sheet.employee_no, sheet.staff_name)


def unique_file_names(names: Sequence[str], appraisal_ids: Sequence[int]) -> list[str]:
    """The names, a name used twice with the appraisal id added."""
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
    return [
        name if seen[name] == 1 else f"{name[:-4]}_{appraisal_id}.pdf"
        for name, appraisal_id in zip(names, appraisal_ids, strict=True)
    ]


def given_sheets(
    sheets: Sequence[EvaluationSheet], chart_pages: ChartPages | None = None
) -> list[BatchEntry]:
    """Entries for sheets already read (their source is `given_sheet`)."""
    names = unique_file_names(
        [sheet_file_name(s) for s in sheets], [s.appraisal_id for s in sheets]
    )
    pages = chart_pages or [None] * len(sheets)
    return [
        BatchEntry((sheet, page), name, f"appraisal {sheet.appraisal_id}")
        for sheet, page, name in zip(sheets, pages, names, strict=True)
    ]


def given_sheet(key: SheetJob) -> SheetJob:
    return key


def render_to_folder(
    sheets: Sequence[EvaluationSheet],
    folder: Path,
    options: BatchOptions | None = None,
    chart_pages: ChartPages | None = None,
) -> BatchResult:
    """One PDF per sheet in `folder`; a name used twice gets the appraisal id added."""
    return write_folder(given_sheets(sheets, chart_pages), given_sheet, folder, options)


def render_combined(
    sheets: Sequence[EvaluationSheet],
    path: Path,
    options: BatchOptions | None = None,
    chart_pages: ChartPages | None = None,
) -> BatchResult:
    """All sheets in one PDF; nothing is written when the batch is cancelled."""
    return write_combined(given_sheets(sheets, chart_pages), given_sheet, path, options)


def render_many(
    sheets: Sequence[EvaluationSheet],
    options: BatchOptions,
    chart_pages: ChartPages | None = None,
) -> Iterator[tuple[int, bytes]]:
    """(index, PDF bytes) in sheet order; stops early when `options.cancelled()` says so."""
    return render_entries(given_sheets(sheets, chart_pages), given_sheet, options)


def write_folder(
    entries: Sequence[BatchEntry],
    source: SheetSource,
    folder: Path,
    options: BatchOptions | None = None,
) -> BatchResult:
    """Each entry's PDF in `folder` under its file name: written whole where it is
    rendered, under a name of this batch, and renamed here in entry order. The files are
    not fsynced one by one (that took longer than rendering a sheet), the folder once at
    the end: a folder of sheets can be made again."""
    make_private_dir(folder)
    stale = remove_stale_partials(folder, {e.file_name for e in entries}, STALE_PARTIAL_SECONDS)
    if stale:
        _log.info("removed %d files a killed export left in the folder", stale)
    options = options or BatchOptions()
    token = secrets.token_hex(8)
    work = partial(_write_jobs, landscape=options.landscape, folder=folder, token=token)
    results = _run(entries, source, options, work)
    written: list[Path] = []
    try:
        for index, partial_file in results:
            path = folder / entries[index].file_name
            os.replace(partial_file, path)
            written.append(path)
    finally:
        results.close()  # every process has stopped writing
        for entry in entries[len(written) :]:  # rendered ahead, cancelled or failed
            partial_path(folder / entry.file_name, token).unlink(missing_ok=True)
        sync_folder(folder)
    return BatchResult(tuple(written), len(written), len(entries), len(written) < len(entries))


def write_combined(
    entries: Sequence[BatchEntry],
    source: SheetSource,
    path: Path,
    options: BatchOptions | None = None,
) -> BatchResult:
    """All entries' PDFs in one file; nothing is written when the batch is cancelled."""
    pdfs = [pdf for _, pdf in render_entries(entries, source, options or BatchOptions())]
    if len(pdfs) < len(entries):
        return BatchResult((), len(pdfs), len(entries), True)
    from kpm_desktop.reports.combine import combine

    write_private_bytes(path, combine(pdfs))
    return BatchResult((path,), len(pdfs), len(entries), False)


def render_entries(
    entries: Sequence[BatchEntry], source: SheetSource, options: BatchOptions
) -> Iterator[tuple[int, bytes]]:
    """(index, PDF bytes) in entry order; stops early when `options.cancelled()` says so."""
    return _run(entries, source, options, partial(_render_jobs, landscape=options.landscape))


def _run(
    entries: Sequence[BatchEntry],
    source: SheetSource,
    options: BatchOptions,
    work: Callable[[Sequence[_Job]], list[_T]],
) -> Generator[tuple[int, _T]]:
    """(index, what `work` made of its sheet) in entry order, with progress and cancel."""
    workers = worker_count(len(entries), options.workers)
    if workers == 1:
        if options.pool_ahead is not None:
            options.pool_ahead.close()  # its workers would take the core the batch uses
        chunks = _render_serial(entries, source, work)
    else:
        starter = start_pool if options.pool_ahead is None else options.pool_ahead.take
        chunks = _render_parallel(entries, source, work, workers, starter)
    done = 0
    try:
        for index, pdf in chunks:
            if options.cancelled is not None and options.cancelled():
                return
            yield index, pdf
            done += 1
            if options.progress is not None:
                options.progress(done, len(entries))
    except SheetBatchError as exc:
        _log.error("%s\n%s", exc.message, exc.detail)
        raise
    finally:
        chunks.close()


def worker_count(sheet_count: int, requested: int | None) -> int:
    """How many processes render a batch of this many sheets (1: the caller's own)."""
    if requested is not None:
        return max(1, requested)
    if sheet_count < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, sheet_count // CHUNK_SIZE))


def _render_serial(
    entries: Sequence[BatchEntry], source: SheetSource, work: Callable[[Sequence[_Job]], list[_T]]
) -> Generator[tuple[int, _T]]:
    for start in range(0, len(entries), CHUNK_SIZE):
        jobs = _read_chunk(entries[start : start + CHUNK_SIZE], source)
        for offset, job in enumerate(jobs):
            yield start + offset, work([job])[0]


def _render_parallel(
    entries: Sequence[BatchEntry],
    source: SheetSource,
    work: Callable[[Sequence[_Job]], list[_T]],
    workers: int,
    starter: Callable[[int], ProcessPoolExecutor],
) -> Generator[tuple[int, _T]]:
    """Chunks read here and rendered by a pool of `workers` processes (`starter`: here,
    shut down at the end), at most `CHUNKS_AHEAD` per worker handed over before the
    first of them is done; results in entry order as they come. A chunk that cannot be
    read stops the batch after the chunks before it."""
    executor = starter(workers)
    pending: deque[tuple[int, Future[list[_T]]]] = deque()
    try:
        for start, stop in chunk_bounds(len(entries), workers):
            while len(pending) >= CHUNKS_AHEAD * workers:
                yield from _results(*pending.popleft())
            try:
                jobs = list(_read_chunk(entries[start:stop], source))
            except Exception:
                while pending:
                    yield from _results(*pending.popleft())
                raise
            pending.append((start, executor.submit(work, jobs)))
            while pending and pending[0][1].done():
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _results(start: int, future: Future[list[_T]]) -> Iterator[tuple[int, _T]]:
    for offset, pdf in enumerate(future.result()):
        yield start + offset, pdf


def chunk_bounds(count: int, workers: int) -> list[tuple[int, int]]:
    """(start, stop) of each chunk a pool of `workers` renders: CHUNK_SIZE entries, and
    smaller ones at the end (down to TAIL_CHUNK_SIZE), so the workers finish about
    together instead of one rendering a last whole chunk while the others wait."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < count:
        remaining = count - start
        size = min(CHUNK_SIZE, max(TAIL_CHUNK_SIZE, -(-remaining // (2 * workers))))
        bounds.append((start, min(count, start + size)))
        start += size
    return bounds


@dataclass(frozen=True)
class _Job:
    """A sheet read, ready to render: how an error names it, its file's name, the sheet,
    its chart page."""

    label: str
    file_name: str
    sheet: EvaluationSheet
    chart_page: StaffChartPage | None


def _read_chunk(entries: Sequence[BatchEntry], source: SheetSource) -> Iterator[_Job]:
    """The chunk's sheets, read at once when the source can (`ChunkSource`); else, or
    when reading them at once failed other than for a reason the user's to fix, each
    alone when its turn comes, so that an error names its sheet."""
    if isinstance(source, ChunkSource):
        try:
            jobs = source.many([entry.key for entry in entries])
            return iter(
                [_Job(e.label, e.file_name, *job) for e, job in zip(entries, jobs, strict=True)]
            )
        except KpmUserError:
            raise
        except Exception:
            _log.warning("Reading %d sheets at once failed; reading them one by one",
                         len(entries), exc_info=True)  # fmt: skip
    return (
        _Job(entry.label, entry.file_name, *_named(entry.label, source, entry.key))
        for entry in entries
    )


def _render_jobs(jobs: Sequence[_Job], landscape: bool) -> list[bytes]:
    """The chunk's PDFs: what a pool's worker runs."""
    return [_named(job.label, _render_job, job, landscape) for job in jobs]


def _write_jobs(jobs: Sequence[_Job], landscape: bool, folder: Path, token: str) -> list[Path]:
    """The chunk's PDFs written whole under the batch's temporary names (`write_partial`):
    what a pool's worker runs for a folder. When a sheet fails, the chunk's files written
    before it are removed."""
    written: list[Path] = []
    try:
        for job in jobs:
            pdf = _named(job.label, _render_job, job, landscape)
            written.append(_named(job.label, write_partial, folder / job.file_name, pdf, token))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def _render_job(job: _Job, landscape: bool) -> bytes:
    pdf = process_renderer().render(job.sheet, landscape=landscape)
    return pdf if job.chart_page is None else _with_chart_page(pdf, job.chart_page)


def _named(label: str, make: Callable[..., _T], *args: Any) -> _T:
    """`make(*args)`, an error other than the user's to fix naming the sheet."""
    try:
        return make(*args)
    except KpmUserError:
        raise  # the user's to fix (an appraisal deleted meanwhile): says which itself
    except Exception as exc:
        raise SheetBatchError(
            f"The sheet of {label} could not be made: {type(exc).__name__}: {exc}",
            traceback.format_exc(),
        ) from exc


def _with_chart_page(pdf: bytes, chart_page: StaffChartPage) -> bytes:
    # Imported here: a batch without chart pages (a pool worker's) needs neither module.
    from kpm_desktop.reports.chart_page import render_staff_chart_page
    from kpm_desktop.reports.combine import append_pages

    return append_pages(pdf, render_staff_chart_page(chart_page))
