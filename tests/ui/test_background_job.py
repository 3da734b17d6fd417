"""Background jobs: results, progress, user errors, bugs and cancellation all come back on
the UI thread to a receiver that owns the job; a deleted owner hears nothing."""

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.reports.batch import BatchOptions, render_combined, render_to_folder
from kpm_desktop.ui.common import background_job
from kpm_desktop.ui.common.background_job import Job, JobControl, bug_message, start_job
from kpm_desktop.ui.common.crash_dialog import CrashHandler
from tests.reports.sample_sheets import supervisor_sheet

HANG = 60_000  # ms: every wait ends on a signal; this only marks a hang


def _recorder(seen: list[tuple[str, object, bool]], kind: str):
    ui_thread = QThread.currentThread()
    return lambda *args: seen.append((kind, args, QThread.currentThread() is ui_thread))


def test_result_and_user_error_arrive_on_the_ui_thread(qtbot) -> None:
    owner = QObject()
    seen: list[tuple[str, object, bool]] = []

    refused = ValidationError("工号 E001 重复")

    def refuse(_control: JobControl) -> None:
        raise refused

    for work in (lambda _control: 42, refuse):
        job = Job(owner, work, name="test")
        job.finished.connect(_recorder(seen, "finished"))
        job.failed.connect(_recorder(seen, "failed"))
        job.ended.connect(_recorder(seen, "ended"))
        with qtbot.waitSignal(job.ended, timeout=HANG):
            job.start()
    assert seen == [
        ("finished", (42,), True),
        ("ended", (), True),
        ("failed", ("工号 E001 重复", refused), True),
        ("ended", (), True),
    ]


def test_a_bug_is_logged_and_reported_on_the_ui_thread(qtbot, crash_hook) -> None:
    owner = QObject()

    def broken(_control: JobControl) -> None:
        raise ZeroDivisionError("a bug")

    job = Job(owner, broken, name="test")
    failed: list[tuple[str, BaseException]] = []
    job.failed.connect(lambda message, error: failed.append((message, error)))
    with qtbot.waitSignal(job.ended, timeout=HANG):
        job.start()
    [(message, error)] = failed
    assert message == bug_message() and isinstance(error, ZeroDivisionError)
    assert [(str(bug), on_ui_thread) for bug, on_ui_thread in crash_hook.bugs] == [("a bug", True)]
    assert crash_hook.logged_bugs() == ["a bug"]


@pytest.mark.qt_no_exception_capture
def test_a_bug_builds_the_crash_dialog_on_the_ui_thread(qtbot, monkeypatch, tmp_path) -> None:
    """The real crash handler: its dialog and report, built where Qt allows widgets."""
    monkeypatch.setenv("KPM_LOG_DIR", str(tmp_path))
    handler = CrashHandler()
    monkeypatch.setattr(sys, "excepthook", handler)
    owner = QObject()

    def broken(_control: JobControl) -> None:
        raise RuntimeError("a bug in a job")

    job = Job(owner, broken, name="test")
    with qtbot.waitSignal(job.ended, timeout=HANG):
        job.start()
    dialog = handler.last_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.thread() is QThread.currentThread()
    assert "RuntimeError: a bug in a job" in dialog.details
    assert dialog.report is not None and "a bug in a job" in dialog.report.read_text("utf-8")


def test_progress_and_cooperative_cancel(qtbot) -> None:
    owner = QObject()
    steps: list[tuple[int, int, str]] = []
    saw_cancel: list[bool] = []
    started = threading.Event()

    def count(control: JobControl) -> None:
        control.progress(1, 3, "one")
        started.set()
        while not control.cancelled():
            QThread.msleep(5)
        saw_cancel.append(True)
        control.check()

    job = Job(owner, count, name="test")
    job.progressed.connect(lambda done, total, text: steps.append((done, total, text)))
    job.finished.connect(lambda _result: steps.append((-1, -1, "finished")))
    with qtbot.waitSignals([job.cancelled, job.ended], timeout=HANG):
        job.start()
        started.wait()
        job.cancel()
    assert steps == [(1, 3, "one")] and saw_cancel == [True]


def test_a_discarded_job_delivers_nothing(qtbot) -> None:
    owner = QObject()
    heard: list[object] = []
    release = threading.Event()
    job = Job(owner, lambda _control: release.wait(), name="test")
    for signal in (job.finished, job.failed, job.cancelled, job.ended):
        signal.connect(heard.append)
    job.start()
    job.discard()
    release.set()
    with qtbot.waitSignal(job.destroyed, timeout=HANG):
        QThreadPool.globalInstance().waitForDone()
    assert heard == [] and not job.running


def test_an_owner_deleted_while_its_job_runs_hears_nothing(qtbot, crash_hook) -> None:
    """The job's worker goes on and ends against no receiver: no crash, no call, and the
    next job (another owner, as in the next test) runs normally."""
    owner = QWidget()
    heard: list[object] = []
    release = threading.Event()

    def held(_control: JobControl) -> None:
        release.wait()
        raise RuntimeError("a bug after the owner went")

    start_job(owner, held, name="test", finished=heard.append, failed=heard.append,
              ended=lambda: heard.append("ended"))  # fmt: skip
    with qtbot.waitSignal(owner.destroyed, timeout=HANG):
        owner.deleteLater()
    release.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(0)  # deliver whatever was queued: to no one
    assert heard == [] and crash_hook.bugs == []
    assert crash_hook.logged_bugs() == ["a bug after the owner went"]
    next_owner = QObject()
    results: list[int] = []
    job = start_job(next_owner, lambda _control: 7, name="test", finished=results.append,
                    failed=results.append)  # fmt: skip
    with qtbot.waitSignal(job.ended, timeout=HANG):
        pass
    assert results == [7]


class _Dialog(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def show_result(self, result: object) -> None:
        self.results.append(result)


def test_an_owner_only_its_job_refers_to_deleted_with_the_end_queued(qtbot) -> None:
    """The case that crashed PySide: a top-level dialog nothing else holds, deleted while
    its job's outcome waits in the queue. Its methods are held weakly: no crash."""
    dialog = _Dialog()
    job = start_job(dialog, lambda _control: 1, name="test", finished=dialog.show_result,
                    failed=dialog.show_result)  # fmt: skip
    QThreadPool.globalInstance().waitForDone()  # the outcome is queued, not delivered
    dialog.deleteLater()
    del dialog
    with qtbot.waitSignal(job.destroyed, timeout=HANG):
        pass
    qtbot.wait(0)
    assert not isValid(job)


def test_the_relay_is_destroyed_on_the_ui_thread_however_late_the_pool_lets_go(
    qtbot, monkeypatch
) -> None:
    """A QObject destroyed on a pool thread while the UI thread handles its queued
    signals crashed the tests now and then: the pool thread here keeps its references a
    while after the outcome is delivered, and every relay still dies on the UI thread."""
    finish = background_job._Runnable.run

    def run_then_linger(runnable: QRunnable) -> None:
        finish(runnable)
        time.sleep(0.02)

    monkeypatch.setattr(background_job._Runnable, "run", run_then_linger)
    threads: list[bool] = []
    owner = QObject()
    for _ in range(3):
        job = Job(owner, lambda _control: 1, name="test").start()
        relays = QCoreApplication.instance().findChildren(background_job._Relay)
        for relay in relays:
            relay.destroyed.connect(
                lambda *_: threads.append(threading.current_thread() is threading.main_thread()),
                Qt.ConnectionType.DirectConnection,
            )
        with qtbot.waitSignal(job.ended, timeout=HANG):
            pass
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not QCoreApplication.instance().findChildren(background_job._Relay))
    assert threads and all(threads)


def _render_job(owner: QObject, target: Path, sheets: int, *, combined: bool) -> Job:
    def render(control: JobControl) -> object:
        options = BatchOptions(progress=control.progress, cancelled=control.cancelled)
        batch = render_combined if combined else render_to_folder
        return batch([supervisor_sheet()] * sheets, target, options)

    return Job(owner, render, name="batch render")


def test_a_batch_render_job_reports_progress_and_its_result(qtbot, tmp_path: Path) -> None:
    owner = QObject()
    job = _render_job(owner, tmp_path / "all.pdf", 3, combined=True)
    seen: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total, _text: seen.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=HANG) as finished:
        job.start()
    result = finished.args[0]
    assert not result.cancelled and result.rendered == 3
    assert seen[-1] == (3, 3) and (tmp_path / "all.pdf").exists()


def test_a_batch_render_job_cancelled_stops_early(qtbot, tmp_path: Path) -> None:
    owner = QObject()
    job = _render_job(owner, tmp_path / "out", 20, combined=False)
    job.progressed.connect(lambda done, _total, _text: job.cancel() if done == 2 else None)
    with qtbot.waitSignal(job.finished, timeout=HANG) as finished:
        job.start()
    assert finished.args[0].cancelled and finished.args[0].rendered < 20
