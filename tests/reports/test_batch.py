"""Batch rendering: file names, order, progress, cancel, combined output, process pool."""

import dataclasses
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet, content_hash
from kpm_desktop.reports.batch import (
    BatchOptions,
    render_combined,
    render_many,
    render_to_folder,
    sheet_file_name,
)
from kpm_desktop.reports.fingerprint import read_fingerprint
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
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
