"""Computes a KPI table off the UI thread (its own connection, as SQLite wants)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.kpi_table import KpiTable
from kpm_desktop.ui.background_job import bug_message
from kpm_desktop.ui.user_messages import user_message


class KpiWorkerSignals(QObject):
    finished = Signal(int, object)  # request number, KpiTable
    failed = Signal(int, str)  # request number, message fit to show
    crashed = Signal(object)  # a bug's exception, for the crash handler on the UI thread


class KpiWorker(QRunnable):
    def __init__(
        self, request: int, compute: Callable[[], KpiTable], signals: KpiWorkerSignals
    ) -> None:
        """`signals` belongs to the page: the pool deletes the runnable when `run` ends,
        and signals owned by it could go with it before their queued delivery."""
        super().__init__()
        self.request = request
        self._compute = compute
        self.signals = signals

    def run(self) -> None:
        try:
            table = self._compute()
        except KpmUserError as exc:
            self.signals.failed.emit(self.request, user_message(exc))
            return
        except Exception as exc:
            self.signals.crashed.emit(exc)
            self.signals.failed.emit(self.request, bug_message())
            return
        self.signals.finished.emit(self.request, table)
