"""Run one function off the UI thread and hear back through Qt signals."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.user_messages import user_message

_log = logging.getLogger(__name__)


class JobSignals(QObject):
    succeeded = Signal(object)  # the function's result
    failed = Signal(str)  # a user error's message
    crashed = Signal(object)  # any other exception: a bug


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: JobSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except KpmUserError as exc:
            _log.warning("background job refused (%s): %s", type(exc).__name__, exc.template)
            self._signals.failed.emit(user_message(exc))
        except Exception as exc:
            self._signals.crashed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


def report_bug(error: BaseException) -> None:
    """Hand a worker's bug to the crash handler; connect it to a signal owned by a widget,
    so it runs on the UI thread, where the crash dialog can be built."""
    sys.excepthook(type(error), error, error.__traceback__)


def bug_message() -> str:
    """What a page shows in place of a result its worker could not produce because of a bug."""
    return QCoreApplication.translate(
        "BackgroundJob", "This failed because of a bug; a crash report was written."
    )


def start_job(
    work: Callable[[], Any],
    parent: QObject,
    *,
    succeeded: Callable[[Any], None],
    failed: Callable[[str], None],
    crashed: Callable[[], None] | None = None,
) -> None:
    """Run `work` in the global thread pool; the callbacks run on `parent`'s thread.

    Everything is connected before the job starts: a fast job cannot finish unheard.
    """
    signals = JobSignals(parent)
    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    signals.crashed.connect(report_bug)
    if crashed is not None:
        signals.crashed.connect(lambda _error: crashed())
    for signal in (signals.succeeded, signals.failed, signals.crashed):
        signal.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, signals))
