"""Loads the dashboard's data and prepares its charts off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal

from kpm_desktop.charts.dashboard import dashboard_charts
from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.dashboard_source import DashboardSource


class DashboardWorkerSignals(QObject):
    finished = Signal(int, object)  # request number, DashboardCharts
    failed = Signal(int, str)  # request number, message fit to show


class DashboardWorker(QRunnable):
    def __init__(self, request: int, source: DashboardSource, query: DashboardQuery) -> None:
        super().__init__()
        self.request = request
        self._source = source
        self._query = query
        self.signals = DashboardWorkerSignals()

    def run(self) -> None:
        try:
            charts = dashboard_charts(self._source.load(self._query))
        except KpmUserError as exc:
            self.signals.failed.emit(self.request, str(exc))
            return
        self.signals.finished.emit(self.request, charts)
