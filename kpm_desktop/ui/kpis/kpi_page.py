"""The KPI page: staff x KPIs for a chosen period, computed in a worker thread.

It shows the staff whose CRM records the signed-in user reaches: an employee their own row,
a supervisor their team's and their own, HR and viewers everyone.

Notes about the figures (customer sources marketing ROI leaves out) show under the table;
HR admins open the Marketing sources dialog from here.

Each request is a `Job` (ui/common/background_job.py) owned by the page; a newer request discards
the older one, whose table is never shown. Quitting waits for a computation under way
(`Page.wait_for_workers`) before the database closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.kpi_table import KpiTable
from kpm_desktop.domain.period import Period
from kpm_desktop.ui.common.background_job import Job
from kpm_desktop.ui.common.page import Page
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.kpis.kpi_source import KpiSource
from kpm_desktop.ui.kpis.kpi_table_model import KpiTableModel
from kpm_desktop.ui.kpis.kpi_targets_dialog import KpiTargetDialog
from kpm_desktop.ui.kpis.marketing_sources_dialog import MarketingSourcesDialog


class KpiPage(Page):
    computed = Signal()  # a table arrived and is shown
    failed = Signal(str)

    def __init__(self, service: KpiSource, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor = service, actor
        self._job: Job | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.period = QLineEdit(str(Period.quarter_of(date.today()).previous()))
        self.period.setMaximumWidth(110)
        self.period.returnPressed.connect(self.refresh)
        self.department = QComboBox()
        self.department.addItem(self.tr("All departments"), None)
        for code, name in service.departments_for(actor):
            self.department.addItem(name, code)
        self.department.currentIndexChanged.connect(self.refresh)
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.clicked.connect(self.refresh)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.targets_button = QPushButton(self.tr("Targets…"))
        self.targets_button.clicked.connect(self.open_targets)
        self.targets_button.setVisible(service.can_manage_targets(actor))
        self.sources_button = QPushButton(self.tr("Marketing sources…"))
        self.sources_button.clicked.connect(self.open_marketing_sources)
        self.sources_button.setVisible(service.marketing_sources.can_manage(actor))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.status = QLabel()
        self.model = KpiTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Department")))
        bar.addWidget(self.department)
        for widget in (
            self.compute_button,
            self.cancel_button,
            self.busy,
            self.targets_button,
            self.sources_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # What the values do not show, e.g. customer sources marketing ROI leaves out.
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.hide()
        layout.addWidget(self.notes)
        self._dialog: KpiTargetDialog | None = None
        self._sources_dialog: MarketingSourcesDialog | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._job is None:
            self.refresh()

    def refresh(self) -> None:
        """Start computing the chosen period; an older request still running is discarded."""
        self._discard()
        period, department = self.period.text(), self.department.currentData()
        service, actor = self._service, self._actor
        job = Job(
            self,
            lambda _control: service.compute_for(actor, period, department=department),
            name="kpi table",
        )
        job.finished.connect(self._show)
        job.failed.connect(self._fail)
        self._job = job
        self._set_busy(True)
        self.status.setText(self.tr("Computing {period}…").format(period=period))
        job.start(self._pool)

    def cancel(self) -> None:
        self._discard()
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled"))

    def _discard(self) -> None:
        if self._job is not None:
            self._job.discard()

    def open_targets(self) -> None:
        self._dialog = KpiTargetDialog(self._service, self._actor, self.period.text(), self)
        self._dialog.saved.connect(lambda _target: self.refresh())
        self._dialog.open()

    def open_marketing_sources(self) -> None:
        self._sources_dialog = MarketingSourcesDialog(
            self._service, self._actor, self.period.text(), self
        )
        self._sources_dialog.saved.connect(lambda _count: self.refresh())
        self._sources_dialog.open()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _show(self, table: KpiTable) -> None:
        self._set_busy(False)
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        self.notes.setText("\n".join(user_message(note.text) for note in table.notes))
        self.notes.setVisible(bool(table.notes))
        self.status.setText(
            self.tr("{period}: {count} staff").format(period=table.period, count=len(table.rows))
        )
        self.computed.emit()

    def _fail(self, message: str, _error: object) -> None:
        self._set_busy(False)
        self.status.setText(message)
        self.failed.emit(message)

    def wait_for_workers(self) -> None:
        """Wait for a computation under way (tests, quitting)."""
        self._pool.waitForDone()


def kpi_pages(service: KpiSource, actor: Actor) -> list[tuple[str, QWidget]]:
    """The page of `kpi_page_factories`, built now."""
    return [(title, build()) for title, build in kpi_page_factories(service, actor)]


def kpi_page_factories(service: KpiSource, actor: Actor) -> list[tuple[str, Callable[[], KpiPage]]]:
    """The KPI page's title and what builds it, for a user whose role reads some staff
    member's KPIs."""
    if not service.can_view(actor):
        return []
    return [(QCoreApplication.translate("Navigation", "KPIs"), partial(KpiPage, service, actor))]
