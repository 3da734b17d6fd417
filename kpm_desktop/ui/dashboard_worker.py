"""Loads the dashboard's data and prepares its charts off the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Signal

from kpm_desktop.charts.dashboard import dashboard_charts
from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.background_job import bug_message
from kpm_desktop.ui.dashboard_source import DashboardSource
from kpm_desktop.ui.user_messages import user_message


class DashboardWorkerSignals(QObject):
    finished = Signal(int, object)  # request number, DashboardCharts
    failed = Signal(int, str)  # request number, message fit to show
    crashed = Signal(object)  # a bug's exception, for the crash handler on the UI thread


class DashboardWorker(QRunnable):
    def __init__(
        self,
        request: int,
        source: DashboardSource,
        actor: Actor,
        query: DashboardQuery,
        signals: DashboardWorkerSignals,
    ) -> None:
        """`signals` belongs to the page: the pool deletes the runnable when `run` ends,
        and signals owned by it could go with it before their queued delivery."""
        super().__init__()
        self.request = request
        self._source = source
        self._actor = actor
        self._query = query
        self.signals = signals

    def run(self) -> None:
        try:
            charts = dashboard_charts(self._source.load(self._actor, self._query))
        except KpmUserError as exc:
            self.signals.failed.emit(self.request, user_message(exc))
            return
        except Exception as exc:
            self.signals.crashed.emit(exc)
            self.signals.failed.emit(self.request, bug_message())
            return
        self.signals.finished.emit(self.request, charts)


class WarmUpSignals(QObject):
    finished = Signal(int, int)  # warm-up number, steps computed


class DashboardWarmUp(QRunnable):
    """Computes and keeps what the dashboard and its neighbouring period will read, one
    step at a time; it waits while `idle` is clear (a load is running, which gets the
    machine first) and ends early when `stop` is set."""

    def __init__(
        self,
        number: int,
        source: DashboardSource,
        actor: Actor,
        query: DashboardQuery,
        idle: threading.Event,
        stop: threading.Event,
        signals: WarmUpSignals,
    ) -> None:
        super().__init__()
        self.number = number
        self._source = source
        self._actor = actor
        self._query = query
        self._idle = idle
        self._stop = stop
        self.signals = signals

    def run(self) -> None:
        done = 0
        for step in self._source.warm_up_plan(self._actor, self._query):
            self._idle.wait()
            if self._stop.is_set():
                break
            self._source.warm_up(step)
            done += 1
        self.signals.finished.emit(self.number, done)
