"""The dashboard: the period's KPI figures, then KPI trends, team comparison, grades, a staff
profile and service quality.

Each request loads twice in background `Job`s (ui/common/background_job.py), one after the
other: the figures (the scope's KPI values of the period, a few reads), then the charts'
data. The figures show as soon as they are in; pyqtgraph (~0.5 s to import) is imported
once they are painted, and the charts are built then and drawn when their data is in. A
newer request discards the older one's jobs, whose results are never shown.
"""

from __future__ import annotations

import threading
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.dashboard import DEFAULT_TREND_KPIS, DashboardFigures, DashboardQuery
from kpm_desktop.domain.kpi import KPI_DEFINITIONS, format_number
from kpm_desktop.domain.period import Period
from kpm_desktop.ui.common.background_job import Job
from kpm_desktop.ui.common.first_paint import after_next_paint
from kpm_desktop.ui.common.page import Page
from kpm_desktop.ui.common.vocabulary import kpi_name, kpi_reason
from kpm_desktop.ui.kpis.dashboard_figures import FiguresStrip
from kpm_desktop.ui.kpis.dashboard_jobs import load_charts, warm_up
from kpm_desktop.ui.kpis.dashboard_source import DashboardSource

if TYPE_CHECKING:
    from kpm_desktop.charts.dashboard import DashboardCharts
    from kpm_desktop.ui.kpis.chart_list_dialog import ChartListDialog
    from kpm_desktop.ui.kpis.chart_view import ChartView

PERIODS_OFFERED = 12
MOST_TREND_KPIS = 4


class DashboardPage(Page):
    # The KPI figures of the latest request, read from the database, are set on the page
    # (the start-up benchmark's "data visible" is the window's next paint).
    figures_shown = Signal()
    drawn = Signal()  # charts of the latest request are drawn
    # Once, when the first show has settled: its figures painted, it failed, or there is
    # nothing to show (start-up builds the rest of the main window then).
    settled = Signal()
    warmed = Signal(int)  # a background warm-up ended, having computed this many steps
    failed = Signal(str)
    list_opened = Signal(object)  # the ChartListDialog behind a clicked bar

    def __init__(
        self,
        source: DashboardSource,
        actor: Actor,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._actor = actor
        self._choices = source.choices(actor)
        self._figures_job: Job | None = None
        self._figures_at_hand: DashboardFigures | None = None  # `set_first_figures`
        self._load: Job | None = None
        self._undrawn: DashboardCharts | None = None  # in before the charts were built
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Warm-up runs beside loads in its own pool and pauses while one is running.
        self._warm_pool = QThreadPool(self)
        self._warm_pool.setMaxThreadCount(1)
        self._idle = threading.Event()
        self._idle.set()
        self._warm_job: Job | None = None
        self._warming: DashboardQuery | None = None
        self.charts: DashboardCharts | None = None
        self.views: dict[str, ChartView] = {}
        self.dialog: ChartListDialog | None = None
        self._shown = False  # first shown: the charts are built, the data loads
        self._build_filters(today or date.today())
        self.figures = FiguresStrip()
        self._grid = QGridLayout()
        self._grid.setSpacing(8)
        # Holds the charts' place (and the bar at the top) until they are built.
        self._charts_to_come: QLabel | None = QLabel(self.tr("Loading the charts…"))
        self._charts_to_come.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._grid.addWidget(self._charts_to_come, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar)
        layout.addWidget(self.figures)
        layout.addLayout(self._grid, 1)

    def _build_filters(self, today: date) -> None:
        self.period = QComboBox()
        last = Period.quarter_of(today).previous()
        for step in range(PERIODS_OFFERED):
            text = str(last.shifted(-step))
            self.period.addItem(text, text)
        self.department = QComboBox()
        if self._choices.company:
            self.department.addItem(self.tr("Whole company"), None)
        for choice in self._choices.departments:
            self.department.addItem(choice.name, choice.code)
        self.staff = QComboBox()
        self.staff.setMinimumWidth(140)
        self._fill_staff()
        self.kpi_button = QToolButton()
        self.kpi_button.setText(self.tr("Trend KPIs"))
        self.kpi_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kpi_menu = QMenu(self.kpi_button)
        for definition in KPI_DEFINITIONS:
            action = QAction(kpi_name(definition), self.kpi_menu, checkable=True)
            action.setData(definition.key)
            action.setChecked(definition.key in DEFAULT_TREND_KPIS)
            action.toggled.connect(self._kpis_changed)
            self.kpi_menu.addAction(action)
        self.kpi_button.setMenu(self.kpi_menu)
        self.comparison_kpi = QComboBox()
        for definition in KPI_DEFINITIONS:
            self.comparison_kpi.addItem(kpi_name(definition), definition.key)
        self.refresh_button = QPushButton(self.tr("Reload"))
        self.refresh_button.setToolTip(self.tr("Read the CRM data again (after an import)"))
        self.refresh_button.clicked.connect(self.reload)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(100)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Combo boxes as wide as a few characters, not their longest entry: the bar must
        # fit a 1280 px screen beside the navigation. The department box shows its first
        # entry whole ("Whole company" is longer than eight characters).
        for combo in (self.department, self.staff, self.comparison_kpi):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        if self.department.count():
            self.department.setMinimumContentsLength(max(8, len(self.department.itemText(0))))
        self._bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Quarter"), self.period),
            (self.tr("Department"), self.department),
            (self.tr("Staff"), self.staff),
            (None, self.kpi_button),
            (self.tr("Compare"), self.comparison_kpi),
        ):
            if label:
                self._bar.addWidget(QLabel(label))
            self._bar.addWidget(widget)
        self._bar.addWidget(self.refresh_button)
        self._bar.addWidget(self.busy)
        self._bar.addWidget(self.status, 1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.department.currentIndexChanged.connect(self._department_changed)
        self.staff.currentIndexChanged.connect(self.refresh)
        self.comparison_kpi.currentIndexChanged.connect(self.refresh)

    def _fill_staff(self) -> None:
        """ "Everyone" stands for the company or department as a whole: offered only when
        the user reaches all of its people; otherwise the people they reach."""
        self.staff.blockSignals(True)
        self.staff.clear()
        department = self.department.currentData()
        whole = {choice.code: choice.whole for choice in self._choices.departments}
        if department is None or whole[department]:
            self.staff.addItem(self.tr("Everyone"), None)
        if department is not None:
            for staff_no, name in self._source.staff(self._actor, department):
                label = self.tr("{name} ({number})").format(name=name, number=staff_no)
                self.staff.addItem(label, staff_no)
        self.staff.blockSignals(False)

    def _department_changed(self) -> None:
        self._fill_staff()
        self.refresh()

    def _kpis_changed(self) -> None:
        checked = [a for a in self.kpi_menu.actions() if a.isChecked()]
        for action in self.kpi_menu.actions():
            action.setEnabled(action.isChecked() or len(checked) < MOST_TREND_KPIS)
        if checked:
            self.refresh()

    def trend_kpis(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.kpi_menu.actions() if a.isChecked())

    def query(self) -> DashboardQuery:
        return DashboardQuery(
            Period.parse(self.period.currentData()),
            department=self.department.currentData(),
            staff_no=self.staff.currentData(),
            trend_kpis=self.trend_kpis() or DEFAULT_TREND_KPIS,
            comparison_kpi=self.comparison_kpi.currentData(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.views and not self._shown:
            # After this event: the window paints before pyqtgraph loads.
            self._shown = True
            QTimer.singleShot(0, self._first_show)

    def _first_show(self) -> None:
        if self._choices.empty:
            self.status.setText(
                self.tr("Nothing to show: your account is not linked to staff you may see")
            )
            self._build_charts()
        else:
            self.refresh()  # the charts are built once the figures are painted

    def _build_charts(self) -> None:
        if self.views:
            return
        self.settled.emit()
        # pyqtgraph, only now: after the figures are painted, or with nothing to show.
        from kpm_desktop.ui.kpis.chart_view import ChartView

        titles = {
            "trend": self.tr("KPI trend by quarter"),
            "comparison": self.tr("Team comparison"),
            "grades": self.tr("Grade distribution and quotas"),
            "profile": self.tr("Staff profile against the department"),
            "response": self.tr("First response time"),
            "resolution": self.tr("Resolution time"),
            "satisfaction": self.tr("Customer satisfaction"),
        }
        if self._charts_to_come is not None:
            self._grid.removeWidget(self._charts_to_come)
            self._charts_to_come.deleteLater()
            self._charts_to_come = None
        self.views = {name: ChartView(title) for name, title in titles.items()}
        places = {
            "trend": (0, 0, 1, 2), "comparison": (0, 2, 2, 1), "grades": (1, 0, 1, 1),
            "profile": (1, 1, 1, 1), "response": (2, 0, 1, 1), "resolution": (2, 1, 1, 1),
            "satisfaction": (2, 2, 1, 1),
        }  # fmt: skip
        for name, view in self.views.items():
            self._grid.addWidget(view, *places[name])
        self._grid.setRowStretch(0, 5)
        self._grid.setRowStretch(1, 4)
        self._grid.setRowStretch(2, 4)
        for column, stretch in enumerate((4, 4, 3)):
            self._grid.setColumnStretch(column, stretch)
        if self._undrawn is not None:
            charts, self._undrawn = self._undrawn, None
            self._draw(charts)

    def set_first_figures(self, figures: DashboardFigures) -> None:
        """Figures read before the page was shown (start-up reads them ahead): the first
        show sets them at once if it asks for the same query, without a job."""
        self._figures_at_hand = figures

    def refresh(self) -> None:
        """Load the chosen period and filters; the charts redraw when the data is in."""
        if not self._shown or self._choices.empty:  # not shown yet, or nobody to show
            return
        for old in (self._figures_job, self._load):
            if old is not None:
                old.discard()
        self._undrawn = None  # an older request's, never to be drawn
        query = self.query()
        at_hand, self._figures_at_hand = self._figures_at_hand, None
        source, actor = self._source, self._actor
        job = Job(self, lambda _control: load_charts(source, actor, query), name="dashboard")
        job.finished.connect(self._draw)
        job.failed.connect(self._fail)
        self._figures_job, self._load = None, job
        self.busy.show()
        self.status.setText(self.tr("Loading {period}…").format(period=query.period))
        self._idle.clear()
        if at_hand is not None and at_hand.query == query:
            self._show_figures(at_hand)
            # The charts' job once the figures are painted: its imports would hold the GIL
            # that the paint's Python (event filters) wants.
            after_next_paint(self.figures, partial(self._start_current_load, job))
            return
        figures = Job(self, lambda _control: source.figures(actor, query), name="figures")
        figures.finished.connect(self._show_figures)
        figures.failed.connect(self._fail)
        self._figures_job = figures
        figures.start(self._pool)  # one thread: the figures first, then the charts' data
        job.start(self._pool)

    def _start_current_load(self, job: Job) -> None:
        if job is self._load:  # not superseded by a newer request meanwhile
            job.start(self._pool)

    def reload(self) -> None:
        self._source.forget()
        self.refresh()

    def _fail(self, message: str, _error: object) -> None:
        self.busy.hide()
        self._idle.set()
        self.figures.clear()  # labelled with their period, but no longer what was asked
        self.status.setText(message)
        self.failed.emit(message)
        if not self.views:
            self._build_charts()

    def _show_figures(self, figures: DashboardFigures) -> None:
        self.figures.show_figures(figures)
        self.figures_shown.emit()
        if not self.views:
            after_next_paint(self.figures, self._build_charts)

    def _draw(self, charts: DashboardCharts) -> None:
        if not self.views:
            self._undrawn = charts  # drawn when the charts are built
            return
        from kpm_desktop.ui.kpis import chart_drawing as draw

        self.charts = charts
        views = self.views
        draw.draw_trend(views["trend"], charts.trend)
        compared = draw.draw_comparison(views["comparison"], charts.comparison)
        if compared is not None:
            compared.clicked.connect(self._open_comparison)
        graded = None if charts.grades is None else draw.draw_grades(views["grades"], charts.grades)
        if graded is not None:
            graded.clicked.connect(self._open_grade)
        elif charts.grades is None:
            views["grades"].show_no_data(self.tr("No finished appraisals in this period"))
        if charts.profile is not None:
            draw.draw_profile(views["profile"], charts.profile)
        elif self.staff.currentData() is None:
            views["profile"].show_no_data(self.tr("Choose a staff member"))
        else:
            views["profile"].show_no_data(self.tr("No finished appraisal for this person"))
        draw.draw_counts(views["response"], charts.response)
        draw.draw_counts(views["resolution"], charts.resolution, color="#3A9D5D")
        draw.draw_counts(views["satisfaction"], charts.satisfaction, color="#E07B24")
        self.busy.hide()
        self.status.setText(charts.trend.scope or self.tr("Whole company"))
        self._idle.set()
        self.drawn.emit()
        self._warm_up(self.query())

    def _open_comparison(self, index_from_bottom: int) -> None:
        assert self.charts is not None
        chart = self.charts.comparison
        rows: list[list[Any]] = [
            [str(i + 1), bar.code, bar.label, bar.text] for i, bar in enumerate(chart.bars)
        ]
        rows += [
            ["", "", label, self.tr("n/a: {reason}").format(reason=kpi_reason(reason))]
            for label, reason in chart.not_available
        ]
        name = kpi_name(chart.definition)
        headers = ["#", self.tr("Code"), self.tr("Name"), name]
        selected = len(chart.bars) - 1 - index_from_bottom
        self._open_list(name, headers, rows, selected)

    def _open_grade(self, index: int) -> None:
        assert self.charts is not None and self.charts.grades is not None
        bar = self.charts.grades.bars[index]
        rows = [
            [m.staff_no, m.staff_name, m.department, format_number(m.total), m.grade]
            for m in bar.members
        ]
        headers = [self.tr("Employee no."), self.tr("Name"), self.tr("Department"),
                   self.tr("Total"), self.tr("Grade")]  # fmt: skip
        self._open_list(f"{self.charts.grades.period} {bar.grade}", headers, rows, None)

    def _open_list(
        self, title: str, headers: list[str], rows: list[list[Any]], selected: int | None
    ) -> None:
        from kpm_desktop.ui.kpis.chart_list_dialog import ChartListDialog  # on a click

        self.dialog = ChartListDialog(title, headers, rows, self, selected)
        self.dialog.open()
        self.list_opened.emit(self.dialog)

    def _warm_up(self, query: DashboardQuery) -> None:
        """Keep the KPIs of this dashboard's quarters, the one before and every level
        ahead of need; a newer query stops the older warm-up."""
        if self._warming == query:
            return
        if self._warm_job is not None:
            self._warm_job.discard()
        self._warming = query
        source, actor, idle = self._source, self._actor, self._idle
        job = Job(self, partial(warm_up, source, actor, query, idle), name="dashboard warm-up")
        job.finished.connect(self._warmed)
        job.failed.connect(self._warm_failed)
        self._warm_job = job
        job.start(self._warm_pool)

    @property
    def warming(self) -> bool:
        """A background warm-up is running."""
        return self._warming is not None

    def _warm_failed(self, _message: str, _error: object) -> None:
        """A bug in the warm-up (reported by its job): nothing kept, no harm done."""
        self._warmed(0)

    def _warmed(self, steps: int) -> None:
        self._warming = None
        self.warmed.emit(steps)

    def wait_for_workers(self) -> None:
        """Stop any warm-up and wait for every job (tests, closing)."""
        if self._warm_job is not None:
            self._warm_job.cancel()
        self._idle.set()
        self._pool.waitForDone()
        self._warm_pool.waitForDone()
