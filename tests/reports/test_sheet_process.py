"""One sheet rendered by a second process (`kpm pdf --appraisal`): the bytes this process
would render, and this process's rendering whenever the second one cannot be had."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.reports import font_cache, sheet_process
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.sheet_process import SheetProcess
from tests.reports.sample_sheets import long_sheet, supervisor_sheet


def _rendered_here(sheet: EvaluationSheet, landscape: bool = False) -> bytes:
    return EvaluationSheetRenderer().render(sheet, landscape=landscape)


def _no_rendering_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("rendered in the test's process")

    monkeypatch.setattr(EvaluationSheetRenderer, "render", refuse)


@pytest.mark.parametrize(
    ("sheet", "landscape"),
    [(supervisor_sheet(), False), (long_sheet(12), True)],
    ids=["portrait", "landscape"],
)
def test_the_second_process_renders_the_same_bytes(
    sheet: EvaluationSheet, landscape: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _rendered_here(sheet, landscape)
    _no_rendering_here(monkeypatch)
    with SheetProcess.start() as renderer:
        renderer.send(sheet, landscape)
        assert renderer.pdf() == expected


def test_a_failing_second_process_is_logged_and_the_sheet_rendered_here(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sheet = supervisor_sheet()
    monkeypatch.setattr(
        sheet_process, "_SERVE", "import sys; sys.stderr.write('no reportlab here'); sys.exit(3)"
    )
    with SheetProcess.start() as renderer:
        renderer.send(sheet)
        pdf = renderer.pdf()
    assert pdf == _rendered_here(sheet)
    assert "exit 3" in caplog.text and "no reportlab here" in caplog.text


def test_what_the_second_process_warns_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    sheet = supervisor_sheet()
    (tmp_path / "cache").write_text("a file where the font cache's folder would be")
    monkeypatch.setenv(font_cache.CACHE_ENV_VAR, str(tmp_path / "cache"))
    with SheetProcess.start() as renderer:
        renderer.send(sheet)
        pdf = renderer.pdf()
    assert pdf == _rendered_here(sheet)
    assert "second process" in caplog.text and "font cache" in caplog.text


def test_a_process_that_cannot_start_leaves_the_sheet_to_this_one(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sheet = supervisor_sheet(finalized=False)
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    with SheetProcess.start() as renderer:
        renderer.send(sheet)
        assert renderer.pdf() == _rendered_here(sheet)
    assert "rendering it here" in caplog.text


def test_a_frozen_program_renders_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sheet_process.subprocess, "Popen", None)  # never called
    sheet = supervisor_sheet()
    with SheetProcess.start() as renderer:
        renderer.send(sheet)
        assert renderer.pdf() == _rendered_here(sheet)


def test_withheld_variables_are_not_in_the_second_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KPM_TEST_SECRET", "s3cret")
    monkeypatch.setenv("KPM_TEST_KEPT", "kept")
    monkeypatch.setattr(
        sheet_process,
        "_SERVE",
        "import os, sys; sys.stdout.write(repr([os.environ.get('KPM_TEST_SECRET'), "
        "os.environ.get('KPM_TEST_KEPT')]))",
    )
    with SheetProcess.start(withheld=("KPM_TEST_SECRET",)) as renderer:
        renderer.send(supervisor_sheet())
        assert renderer.pdf() == b"[None, 'kept']"


def test_a_second_sheet_sent_replaces_the_first() -> None:
    """`while_signing_in` runs its work again when the account changed meanwhile."""
    first, second = supervisor_sheet(finalized=False), supervisor_sheet()
    with SheetProcess.start() as renderer:
        renderer.send(first)
        renderer.send(second)
        assert renderer.pdf() == _rendered_here(second)


def test_the_process_ends_with_its_block_when_no_sheet_was_asked_for() -> None:
    with SheetProcess.start() as renderer:
        process = renderer._process
        assert process is not None
        renderer.send(supervisor_sheet())
    assert process.returncode is not None


def test_pdf_needs_a_sheet_sent() -> None:
    with SheetProcess.start() as renderer, pytest.raises(RuntimeError):
        renderer.pdf()
