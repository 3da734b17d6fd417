"""Batch PDF rendering off the UI thread, with progress and cancel signals."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.reports.batch import BatchOptions, render_combined, render_to_folder
from kpm_desktop.ui.user_messages import user_message


class BatchRenderWorker(QObject):
    """Renders sheets to a folder (one PDF each) or, with `combined`, to one PDF file.

    Move it to a QThread (see `start_in_thread`) and call `run`; `cancel` is safe from the
    UI thread. Emits `progress(done, total)`, then `finished(result)` or `failed(message)`.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        sheets: Sequence[EvaluationSheet],
        target: Path,
        *,
        combined: bool = False,
        landscape: bool = False,
        workers: int | None = None,
    ) -> None:
        super().__init__()
        self._sheets = list(sheets)
        self._target = target
        self._combined = combined
        self._landscape = landscape
        self._workers = workers
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        options = BatchOptions(
            landscape=self._landscape,
            workers=self._workers,
            progress=self.progress.emit,
            cancelled=self._cancel.is_set,
        )
        render = render_combined if self._combined else render_to_folder
        try:
            result = render(self._sheets, self._target, options)
        except (KpmUserError, OSError) as exc:
            self.failed.emit(user_message(exc))
            return
        self.finished.emit(result)


def start_in_thread(worker: BatchRenderWorker) -> QThread:
    """Run `worker` in a new thread that quits and cleans up when the worker is done."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    return thread
