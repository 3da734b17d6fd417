"""Background work in the GUI: one `Job` runs a plain function off the UI thread and
reports back on the UI thread (docs/architecture.md, "Background work").

The work is called with a `JobControl`: it reports progress and asks whether the user
cancelled. Its outcome arrives through the `Job`'s signals, which belong to the receiver:
the `Job` lives on the UI thread as a child of its owner (a page or a dialog), so a deleted
owner deletes it and hears nothing. The worker thread never touches the `Job`; it emits on
a relay, a child of the application that the UI never deletes, so nothing the UI deletes
can be under an emission. The worker hands the relay back with `deleteLater` after its
last emission: a QObject is destroyed on its own (the UI) thread, never on a pool thread
dropping the last reference to it.

Outcomes, each followed by `ended` (the moment to enable buttons and hide a busy bar):
- `finished(result)`: the work returned;
- `failed(message, error)`: a `KpmUserError` (its message, translated), or a bug: any other
  exception is logged with its traceback and handed to the crash dialog on the UI thread,
  and `failed` carries `bug_message()`;
- `cancelled()`: the work raised `JobCancelled` (`JobControl.check`).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.common.user_messages import user_message

_log = logging.getLogger(__name__)


class JobCancelled(Exception):
    """Raised inside the work (by `JobControl.check`) to stop it; the job ends `cancelled`."""


class _Relay(QObject):
    """Emitted on from the worker thread; queued to the `Job` on the UI thread. A child of
    the application until the worker, done, deletes it later on the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    refused = Signal(object)  # a KpmUserError
    crashed = Signal(object)  # any other exception
    stopped = Signal()


class JobControl:
    """What the work holds on its thread: progress reports and the cancel flag."""

    def __init__(self, relay: _Relay, cancel: threading.Event) -> None:
        self._relay = relay
        self._cancel = cancel

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        """The user asked to stop (a method, to pass as a service's `cancelled` callback)."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here if the user asked to: raises `JobCancelled`."""
        if self._cancel.is_set():
            raise JobCancelled


Work = Callable[[JobControl], Any]


class _Runnable(QRunnable):
    def __init__(self, name: str, work: Work, control: JobControl, relay: _Relay) -> None:
        super().__init__()
        self._name = name
        self._work = work
        self._control = control
        self._relay = relay

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._work(self._control)
        except JobCancelled:
            _log.info("background job %s cancelled", self._name)
            relay.stopped.emit()
        except KpmUserError as exc:
            _log.warning("background job %s refused (%s): %s", self._name, type(exc).__name__,
                         exc.template)  # fmt: skip
            relay.refused.emit(exc)
        except Exception as exc:
            _log.exception("background job %s failed with a bug", self._name)
            relay.crashed.emit(exc)
        else:
            relay.succeeded.emit(result)
        finally:
            relay.deleteLater()


class Job(QObject):
    """One run of `work(control)` for `owner`; connect its signals, then `start()` it.

    Neither the work nor a slot may hold the owner strongly: connect the signals to the
    owner's methods (PySide holds those weakly), not to lambdas that capture it, and let
    the work capture what it needs (a service, an actor), not the owner. When an owner
    with no other Python reference is deleted, the last reference going with its child
    job destroys the owner a second time, and PySide crashes (seen in the tests)."""

    progressed = Signal(int, int, str)  # done, total, text
    finished = Signal(object)  # the work's result
    failed = Signal(str, object)  # message fit to show, the exception
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    def __init__(self, owner: QObject, work: Work, *, name: str) -> None:
        super().__init__(owner)
        self.name = name
        self._work: Work | None = work
        self._cancel = threading.Event()
        self._discarded = False
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Job:
        """Run in `pool` (the application's pool by default); outcomes are queued to this
        object's thread, so everything connected before control returns to the event loop
        hears them."""
        work, self._work = self._work, None
        assert work is not None, "a job runs once"
        relay = _Relay(QCoreApplication.instance())
        relay.progressed.connect(self._progressed)
        relay.succeeded.connect(self._succeeded)
        relay.refused.connect(self._refused)
        relay.crashed.connect(self._crashed)
        relay.stopped.connect(self._stopped)
        self.running = True
        runnable = _Runnable(self.name, work, JobControl(relay, self._cancel), relay)
        (pool or QThreadPool.globalInstance()).start(runnable)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it ends as the work decides (`cancelled`, or `finished`
        with a result that says so). Plain Python: safe on a job Qt already deleted."""
        self._cancel.set()

    def discard(self) -> None:
        """Cancel and deliver nothing more (a newer request supersedes this one); a bug
        in it still reaches the crash dialog."""
        self._discarded = True
        self._cancel.set()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if not self._discarded:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end(self.finished, result)

    @Slot(object)
    def _refused(self, error: KpmUserError) -> None:
        self._end(self.failed, user_message(error), error)

    @Slot(object)
    def _crashed(self, error: BaseException) -> None:
        report_bug(error)
        self._end(self.failed, bug_message(), error)

    @Slot()
    def _stopped(self) -> None:
        self._end(self.cancelled)

    def _end(self, outcome: Any, *args: object) -> None:
        self.running = False
        if not self._discarded:
            outcome.emit(*args)
            self.ended.emit()
        self.deleteLater()


def report_bug(error: BaseException) -> None:
    """Hand a bug to the crash handler (the crash dialog); call it on the UI thread."""
    sys.excepthook(type(error), error, error.__traceback__)


def bug_message() -> str:
    """What a page shows in place of a result its job could not produce because of a bug."""
    return QCoreApplication.translate(
        "BackgroundJob", "This failed because of a bug; a crash report was written."
    )


def start_job(
    owner: QObject,
    work: Work,
    *,
    name: str,
    finished: Callable[[Any], None],
    failed: Callable[[str], None],
    ended: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """A `Job` with its outcome connected to the owner's methods, started: for work without
    progress or cancel. `failed` gets the message only."""
    job = Job(owner, work, name=name)
    job.finished.connect(finished)
    job.failed.connect(failed)  # PySide passes a slot only the arguments it takes
    if ended is not None:
        job.ended.connect(ended)
    return job.start(pool)
