import threading

import pytest
from PySide6.QtCore import QSettings, Qt

from kpm_desktop.domain.kpi import KPI_DEFINITIONS, ScopeLevel
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.common.background_job import Job
from kpm_desktop.ui.kpis.kpi_page import KpiPage
from kpm_desktop.ui.kpis.kpi_table_model import KpiTableModel
from kpm_desktop.ui.main_window import MainWindow
from tests.access_helpers import HR_ADMIN
from tests.services.kpi_fixture import fill_small_crm


@pytest.fixture
def service(database: Database) -> KpiService:
    fill_small_crm(database)
    return KpiService(database, zone=UTC_ZONE)


def _column(model: KpiTableModel, key: str) -> int:
    return 3 + [d.key for d in KPI_DEFINITIONS].index(key)


def test_model_passes_the_model_tester_and_shows_na(service: KpiService, qtmodeltester) -> None:
    model = KpiTableModel()
    model.set_table(service.compute("2026Q3"))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 3 + len(KPI_DEFINITIONS)
    win_rate = _column(model, "win_rate")
    e3 = model.index(2, win_rate)
    assert model.data(e3) == "n/a"
    assert model.data(e3, Qt.ItemDataRole.ForegroundRole) is not None
    tooltip = model.data(model.index(0, win_rate), Qt.ItemDataRole.ToolTipRole)
    assert "won_deals / (won_deals + lost_deals)" in tooltip
    assert "numerator 2.00 / denominator 3.00" in tooltip
    assert "n/a: no deal won or lost" in model.data(e3, Qt.ItemDataRole.ToolTipRole)


def test_the_company_row_is_named_in_the_ui_language(service: KpiService) -> None:
    model = KpiTableModel()
    model.set_table(service.compute("2026Q3", level=ScopeLevel.COMPANY))
    assert model.rowCount() == 1 and model.data(model.index(0, 1)) == "Whole company"


def test_sort_puts_na_last_both_ways(service: KpiService) -> None:
    model = KpiTableModel()
    model.set_table(service.compute("2026Q3"))
    column = _column(model, "win_rate")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["E2", "E1", "E3"]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["E1", "E2", "E3"]


def test_page_computes_in_a_worker_and_filters_by_department(service: KpiService, qtbot) -> None:
    page = KpiPage(service, HR_ADMIN)
    qtbot.addWidget(page)
    page.period.setText("2026Q3")
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.refresh()
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.department.setCurrentIndex(page.department.findData("D1"))
    assert page.model.rowCount() == 2
    page.period.setText("2026Q9")
    with qtbot.waitSignal(page.failed, timeout=10_000) as blocker:
        page.refresh()
    assert "2026Q9" in blocker.args[0]
    page.wait_for_workers()


def test_target_dialog_sets_a_target(service: KpiService, qtbot) -> None:
    page = KpiPage(service, HR_ADMIN)
    qtbot.addWidget(page)
    page.period.setText("2026Q3")
    page.open_targets()
    dialog = page._dialog
    assert dialog is not None
    dialog.owner.setText("E1")
    dialog.kpi.setCurrentIndex(dialog.kpi.findData("revenue"))
    dialog.value.setText("-3")
    dialog.save()
    assert "0 or more" in dialog.error.text()
    dialog.value.setText("1000")
    with qtbot.waitSignal(page.computed, timeout=10_000):
        dialog.save()
    assert service.targets_for(HR_ADMIN, "2026Q3")[0].value == 1000
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == "E1")
    assert page.model.data(page.model.index(row, _column(page.model, "target_attainment"))) == (
        "130.05%"
    )
    page.wait_for_workers()


def test_each_request_is_a_job_of_the_page_and_a_newer_one_discards_it(
    service: KpiService, qtbot
) -> None:
    page = KpiPage(service, HR_ADMIN)
    qtbot.addWidget(page)
    page.period.setText("2026Q3")
    page.refresh()
    assert [job.parent() for job in page.findChildren(Job)] == [page]
    shown: list[int] = []
    page.computed.connect(lambda: shown.append(page.model.rowCount()))
    for _ in range(4):
        page.refresh()
    with qtbot.waitSignal(page.computed, timeout=60_000):
        page.refresh()
    page.wait_for_workers()
    # The four discarded requests ran, showed nothing, and their jobs were deleted.
    qtbot.waitUntil(lambda: not page.findChildren(Job))
    assert shown == [3]


def test_quitting_waits_for_a_computation_under_way(
    database: Database, service: KpiService, qtbot, tmp_path
) -> None:
    """The main window's quit path (`finish_background_work`, before the database closes)
    waits for the KPI page's worker, as it does for the dashboard's."""
    started, release = threading.Event(), threading.Event()
    finished: list[int] = []

    class HeldKpis(KpiService):
        def compute_for(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            started.set()
            release.wait()
            table = super().compute_for(*args, **kwargs)
            finished.append(len(table.rows))
            return table

    page = KpiPage(HeldKpis(database, zone=UTC_ZONE), HR_ADMIN)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow([("KPIs", page)], settings)
    qtbot.addWidget(window)
    page.period.setText("2026Q3")
    page.refresh()
    assert started.wait(60)
    release.set()
    window.finish_background_work()
    assert finished == [3]
