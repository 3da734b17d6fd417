"""Batch rendering: file names, order, progress, cancel, combined output, process pool."""

import dataclasses
import os
import time
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from kpm_desktop.charts.staff_page import StaffChartPage, staff_chart_page
from kpm_desktop.charts.trend import kpi_trend, trend_periods
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet, content_hash
from kpm_desktop.domain.period import Period
from kpm_desktop.reports import batch
from kpm_desktop.reports.batch import (
    CHUNK_SIZE,
    TAIL_CHUNK_SIZE,
    BatchOptions,
    SheetBatchError,
    chunk_bounds,
    given_sheets,
    render_combined,
    render_many,
    render_to_folder,
    sheet_file_name,
    write_folder,
)
from kpm_desktop.reports.fingerprint import read_fingerprint
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.charts.results_factory import small_cycle
from tests.reports.failing_source import FAILING_APPRAISAL, fail_on_one
from tests.reports.pdf_text import page_texts
from tests.reports.sample_sheets import supervisor_sheet


def _sheets(count: int) -> list[EvaluationSheet]:
    base = supervisor_sheet()
    return [
        dataclasses.replace(
            base, appraisal_id=100 + i, employee_no=f"E{i:05d}", staff_name=f"员工{i}"
        )
        for i in range(count)
    ]


def test_file_names_are_safe() -> None:
    sheet = dataclasses.replace(supervisor_sheet(), staff_name="张 三/../李", employee_no="E 1")
    assert sheet_file_name(supervisor_sheet()) == "2026Q3_E00012_张三.pdf"
    assert sheet_file_name(sheet) == "2026Q3_E-1_张-三-李.pdf"


def test_folder_output_in_order_with_progress(tmp_path: Path) -> None:
    sheets = _sheets(4)
    sheets.append(dataclasses.replace(sheets[0], appraisal_id=999))  # same person twice
    progress: list[tuple[int, int]] = []
    result = render_to_folder(
        sheets, tmp_path / "out", BatchOptions(progress=lambda d, t: progress.append((d, t)))
    )
    assert not result.cancelled and result.rendered == 5
    assert [p.name for p in result.written] == [
        "2026Q3_E00000_员工0_100.pdf",
        "2026Q3_E00001_员工1.pdf",
        "2026Q3_E00002_员工2.pdf",
        "2026Q3_E00003_员工3.pdf",
        "2026Q3_E00000_员工0_999.pdf",
    ]
    assert progress == [(i, 5) for i in range(1, 6)]
    for path, sheet in zip(result.written, sheets, strict=True):
        assert read_fingerprint(path.read_bytes()).sha256 == content_hash(sheet)


def test_cancel_stops_the_batch(tmp_path: Path) -> None:
    done: list[int] = []
    options = BatchOptions(progress=lambda d, _t: done.append(d), cancelled=lambda: len(done) >= 2)
    result = render_to_folder(_sheets(6), tmp_path, options)
    assert result.cancelled and result.rendered == 2 and len(list(tmp_path.iterdir())) == 2
    combined = render_combined(
        _sheets(6), tmp_path / "all.pdf", BatchOptions(cancelled=lambda: True)
    )
    assert combined.cancelled and not (tmp_path / "all.pdf").exists()


def test_combined_pdf_keeps_order_and_pages(tmp_path: Path) -> None:
    sheets = _sheets(3)
    pages_each = len(PdfReader(BytesIO(EvaluationSheetRenderer().render(sheets[0]))).pages)
    result = render_combined(sheets, tmp_path / "cycle.pdf")
    texts = page_texts(result.written[0].read_bytes())
    assert len(texts) == 3 * pages_each
    for number, sheet in enumerate(sheets):
        assert sheet.employee_no in texts[number * pages_each]


def test_process_pool_gives_the_same_bytes_in_order() -> None:
    sheets = _sheets(30)
    serial = list(render_many(sheets, BatchOptions(workers=1)))
    parallel = list(render_many(sheets, BatchOptions(workers=2)))
    assert [i for i, _ in parallel] == list(range(30))
    assert parallel == serial


@pytest.mark.parametrize("count", [1, 4, 9, 30, 121, 963])
@pytest.mark.parametrize("workers", [1, 2, 8])
def test_chunks_cover_the_batch_in_order_and_shrink_at_its_end(count: int, workers: int) -> None:
    bounds = chunk_bounds(count, workers)
    assert [start for start, _ in bounds] == [0] + [stop for _, stop in bounds[:-1]]
    assert bounds[-1][1] == count
    sizes = [stop - start for start, stop in bounds]
    assert all(0 < size <= CHUNK_SIZE for size in sizes)
    assert sizes == sorted(sizes, reverse=True)  # whole chunks first, the smaller ones last
    if count >= 4 * workers * CHUNK_SIZE:
        assert sizes[0] == CHUNK_SIZE and sizes[-1] <= TAIL_CHUNK_SIZE


def _chart_page(sheet: EvaluationSheet) -> StaffChartPage:
    periods = trend_periods(Period.parse(sheet.period), 4)
    trend = kpi_trend(sheet.staff_name, periods, {}, ("revenue",))
    return staff_chart_page(sheet.employee_no, sheet.staff_name, "销售一部", small_cycle(), trend)


def test_chart_pages_follow_their_sheets_serial_and_in_the_process_pool() -> None:
    sheets = _sheets(30)
    pages = [_chart_page(sheet) if i % 2 else None for i, sheet in enumerate(sheets)]
    plain = [len(PdfReader(BytesIO(pdf)).pages) for _, pdf in render_many(sheets, BatchOptions())]
    serial = list(render_many(sheets, BatchOptions(workers=1), pages))
    parallel = list(render_many(sheets, BatchOptions(workers=2), pages))
    assert [i for i, _ in parallel] == list(range(30))
    for (index, pdf), (_, same) in zip(serial, parallel, strict=True):
        texts = page_texts(pdf)
        assert len(texts) == plain[index] + (index % 2)
        assert ("绩效图表" in texts[-1]) == bool(index % 2)
        assert page_texts(same) == texts
    # The sheet keeps its fingerprint in front of the chart page.
    assert read_fingerprint(serial[1][1]).sha256 == content_hash(sheets[1])


@pytest.mark.parametrize("workers", [1, 2], ids=["serial", "pool"])
def test_a_failing_sheet_is_named_and_logged(
    workers: int, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    entries = given_sheets(_sheets(30))
    with pytest.raises(SheetBatchError) as raised:
        write_folder(entries, fail_on_one, tmp_path, BatchOptions(workers=workers))
    message = f"The sheet of appraisal {FAILING_APPRAISAL} could not be made"
    assert message in str(raised.value) and "the layout overflowed" in str(raised.value)
    assert message in caplog.text and "fail_on_one" in caplog.text  # the worker's traceback
    # sheets before it may have been written (in a pool: not those of its chunk), whole;
    # nothing half-written is left
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [e.file_name for e in entries[: len(written)]] and len(written) <= 5
    assert all(PdfReader(path).pages for path in tmp_path.iterdir())


def test_a_cancelled_pool_batch_leaves_only_whole_files(tmp_path: Path) -> None:
    done: list[int] = []
    options = BatchOptions(
        workers=2, progress=lambda d, _t: done.append(d), cancelled=lambda: len(done) >= 7
    )
    result = render_to_folder(_sheets(60), tmp_path, options)
    assert result.cancelled and result.rendered == 7
    files = sorted(tmp_path.iterdir())
    assert files == sorted(result.written)
    assert all(len(PdfReader(BytesIO(path.read_bytes())).pages) == 2 for path in files)


def test_a_sheet_whose_file_cannot_be_written_is_named_and_nothing_partial_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = given_sheets(_sheets(5))
    write_partial = batch.write_partial

    def full_disk_on_the_fourth(path: Path, data: bytes, token: str) -> Path:
        if path.name == entries[3].file_name:
            write_partial(path, data[:100], token)  # cut short: the disk filled
            raise OSError(28, "No space left on device")
        return write_partial(path, data, token)

    monkeypatch.setattr(batch, "write_partial", full_disk_on_the_fourth)
    with pytest.raises(SheetBatchError) as raised:
        write_folder(entries, batch.given_sheet, tmp_path, BatchOptions(workers=1))
    assert "The sheet of appraisal 103 could not be made: OSError" in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(e.file_name for e in entries[:3])


def test_a_cancelled_pool_batch_removes_the_files_rendered_ahead(tmp_path: Path) -> None:
    done: list[int] = []
    options = BatchOptions(
        workers=2, progress=lambda d, _t: done.append(d), cancelled=lambda: len(done) >= 1
    )
    result = render_to_folder(_sheets(200), tmp_path, options)
    # the pool rendered chunks ahead of the one sheet counted: only that one is left
    assert result.cancelled and [p.name for p in tmp_path.iterdir()] == [result.written[0].name]


def test_a_folder_export_removes_what_a_killed_export_left_of_its_files(tmp_path: Path) -> None:
    entries = given_sheets(_sheets(2))
    name = entries[0].file_name
    stale = tmp_path / f".{name}.0123456789abcdef.partial"
    fresh = tmp_path / f".{name}.fedcba9876543210.partial"  # another export's, running
    other = tmp_path / ".someone-else.pdf.0123456789abcdef.partial"  # not this batch's name
    for path in (stale, fresh, other):
        path.write_bytes(b"%PDF-1.4 cut short")
    an_hour_ago = time.time() - batch.STALE_PARTIAL_SECONDS - 1
    for path in (stale, other):
        os.utime(path, (an_hour_ago, an_hour_ago))
    result = write_folder(entries, batch.given_sheet, tmp_path, BatchOptions(workers=1))
    assert not stale.exists()
    assert fresh.exists() and other.exists()
    assert sorted(p.name for p in result.written) == sorted(e.file_name for e in entries)
