import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from kpm_desktop.domain.kpi import format_number, kpi_definition
from kpm_desktop.services.kpis import ticket_time_cache
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from tests.access_helpers import HR_ADMIN
from tests.ui.signal_waits import HANG


@pytest.fixture
def page(demo_database: Database, qtbot) -> DashboardPage:
    kpis = KpiService(demo_database)
    service = DashboardService(demo_database, kpis)
    page = DashboardPage(service, HR_ADMIN, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.show()
    yield page
    page.wait_for_workers()


def _trend_values(page: DashboardPage) -> list[list[float]]:
    assert page.charts is not None
    return [[p.value for p in s.points] for s in page.charts.trend.series]


def test_dashboard_builds_with_demo_data_and_redraws_on_a_period_change(
    page: DashboardPage, qtbot
) -> None:
    assert page.period.currentData() == "2026Q3"
    charts = page.charts
    assert charts is not None
    assert charts.trend.periods[-1] == "2026Q3" and len(charts.trend.periods) == 8
    assert [s.key for s in charts.trend.series] == ["revenue", "win_rate"]
    assert len(charts.comparison.bars) + len(charts.comparison.not_available) == 6
    plotted = page.views["trend"].canvas.ci.getItem(0, 0).listDataItems()[0].getData()[1]
    assert plotted[-1] == pytest.approx(float(charts.trend.series[0].points[-1].value))
    before = _trend_values(page)

    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.period.setCurrentIndex(page.period.findData("2026Q2"))
    assert page.charts is not None and page.charts.trend.periods[-1] == "2026Q2"
    after = _trend_values(page)
    assert after != before and after[0][1:] == before[0][:-1]  # shifted by one quarter
    plotted = page.views["trend"].canvas.ci.getItem(0, 0).listDataItems()[0].getData()[1]
    assert plotted[-1] == pytest.approx(float(after[0][-1]))
    assert page.views["grades"].note.text()  # says there are no appraisals yet


def test_department_and_staff_filters_and_bar_click_list(
    page: DashboardPage, qtbot, qtmodeltester
) -> None:
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.department.setCurrentIndex(page.department.findData("D05"))
    assert page.charts is not None
    assert page.charts.trend.scope == "客服部"
    assert page.charts.response.total > 0
    assert page.staff.count() > 1
    comparison = page.charts.comparison
    picker = page.views["comparison"].pickers[0]
    # The top bar (best) sits at y = count - 1.
    top = len(comparison.bars) - 1
    assert picker.tip_at(float(comparison.bars[0].value) / 2, top).startswith("1. ")
    with qtbot.waitSignal(page.list_opened) as opened:
        picker.clicked.emit(picker.index_at(float(comparison.bars[0].value) / 2, top))
    dialog = opened.args[0]
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == len(comparison.bars) + len(comparison.not_available)
    assert dialog.view.currentIndex().row() == 0
    dialog.close()
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.staff.setCurrentIndex(1)
    assert page.charts.trend.scope == page.staff.currentText().split(" (")[0]
    assert "staff member" not in page.views["profile"].note.text()


def test_figures_show_before_the_charts_then_the_charts_draw(
    demo_database: Database, qtbot
) -> None:
    service = DashboardService(demo_database, KpiService(demo_database))
    page = DashboardPage(service, HR_ADMIN, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.figures_shown, timeout=HANG):
        page.show()
    assert page.views == {} and page.charts is None  # the chart library loads after
    expected = service.figures(HR_ADMIN, page.query())
    texts = page.figures.texts()
    assert texts[0] == "2026Q3 · Whole company" and len(texts) == 4
    revenue = format_number(expected.values[0].value, kpi_definition("revenue").unit)
    assert texts[1] == f"Revenue {revenue}"
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        pass
    assert page.views and page.charts is not None
    assert page.charts.trend.series[0].points[-1].value == expected.values[0].value
    page.wait_for_workers()


def test_export_png_and_svg(page: DashboardPage, tmp_path: Path) -> None:
    for name, view in page.views.items():
        view.export_png(tmp_path / f"{name}.png")
        view.export_svg(tmp_path / f"{name}.svg")
        assert (tmp_path / f"{name}.png").stat().st_size > 1000
        svg = (tmp_path / f"{name}.svg").read_text(encoding="utf-8")
        assert "<svg" in svg
    assert "Revenue" in (tmp_path / "trend.svg").read_text(encoding="utf-8")  # the English UI


def test_the_page_module_loads_neither_pyqtgraph_nor_the_charts_data() -> None:
    """Start-up imports the page beside the password check; the charts' modules load with
    the charts, after the figures are painted."""
    code = (
        "import sys, kpm_desktop.ui.kpis.dashboard_page\n"
        "print([m for m in ('pyqtgraph', 'kpm_desktop.charts.dashboard',"
        " 'kpm_desktop.domain.appraisal_results', 'kpm_desktop.ui.kpis.chart_list_dialog')"
        " if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


_FIGURES_THEN_CHARTS = """
import sys
from datetime import date

from PySide6.QtWidgets import QApplication

from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from tests.access_helpers import HR_ADMIN

app = QApplication([])
database = open_database(sys.argv[1]).database
service = DashboardService(database, KpiService(database))
page = DashboardPage(service, HR_ADMIN, today=date(2026, 10, 8))
seen = []
page.figures_shown.connect(lambda: seen.append("pyqtgraph" in sys.modules))
page.drawn.connect(lambda: (seen.append("pyqtgraph" in sys.modules), app.quit()))
page.show()
app.exec()
page.wait_for_workers()
database.dispose()
print(seen)
"""


@pytest.mark.sqlite_only
def test_the_figures_show_before_the_chart_library_is_imported(demo_database: Database) -> None:
    path = demo_database.engine.url.database
    out = subprocess.run(
        [sys.executable, "-c", _FIGURES_THEN_CHARTS, str(path)],
        capture_output=True, text=True, check=True, timeout=HANG / 1000,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert out.stdout.strip().splitlines()[-1] == "[False, True]"


class _Loading(threading.local):
    active = False


def test_background_warm_up_makes_a_period_change_compute_nothing(
    demo_database: Database, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loads (their own pool's thread) compute nothing once the warm-up (another pool's
    thread, which goes on for the new period meanwhile) has run: no KPI and no ticket
    time count is made while a load runs.

    A flag local to the loading thread tells what a load computed, whatever thread the
    pools use (a pool thread that idles for 30 s ends, and a new one may get its id)."""
    loading = _Loading()
    during_loads: list[str] = []

    class CountingKpis(KpiService):
        def compute(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if loading.active:
                during_loads.append("kpis")
            return super().compute(*args, **kwargs)

    class FlaggingLoads(DashboardService):
        def load(self, actor, query):  # type: ignore[no-untyped-def]
            loading.active = True
            try:
                return super().load(actor, query)
            finally:
                loading.active = False

    for key, query in list(ticket_time_cache._QUERIES.items()):

        def counting(*args, query=query):  # type: ignore[no-untyped-def]
            if loading.active:
                during_loads.append("ticket times")
            return query(*args)

        monkeypatch.setitem(ticket_time_cache._QUERIES, key, counting)
    kpis = CountingKpis(demo_database)
    service = FlaggingLoads(demo_database, kpis)
    page = DashboardPage(service, HR_ADMIN, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    # The first warm-up ends with `warmed`; what it kept is then read back, not assumed.
    with qtbot.waitSignal(page.warmed, timeout=HANG) as warmed:
        page.show()
    assert warmed.args[0] > 0 and not page.warming
    assert service.warm_up_plan(HR_ADMIN, page.query()) == []
    assert "kpis" in during_loads and "ticket times" in during_loads  # the cold first draw
    during_loads.clear()
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.period.setCurrentIndex(page.period.findData("2026Q2"))
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.department.setCurrentIndex(page.department.findData("D05"))
    assert during_loads == []
    page.wait_for_workers()


def test_value_axes_print_grouped_numbers_without_exponents_or_minus_zero(qtbot) -> None:
    from kpm_desktop.ui.kpis.chart_view import ValueAxis

    axis = ValueAxis("left")
    assert axis.tickStrings([0.0, 2e6, 4e6], 1.0, 2e6) == ["0", "2,000,000", "4,000,000"]
    assert axis.tickStrings([-1e-17, 0.1, 0.25], 1.0, 0.05) == ["0.00", "0.10", "0.25"]
