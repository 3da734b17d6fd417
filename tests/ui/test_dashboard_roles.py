"""The dashboard page offers each role only what it may see, and draws it."""

from __future__ import annotations

from datetime import date

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from tests.appraisal_world import PASSWORD, World
from tests.ui.signal_waits import HANG


def _page(qtbot, world: World, actor: Actor) -> DashboardPage:
    kpis = KpiService(world.database)
    service = DashboardService(world.database, kpis)
    page = DashboardPage(service, actor, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    return page


def _items(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(index) for index in range(combo.count())]


def test_an_employee_gets_their_own_dashboard(qtbot, world: World) -> None:
    page = _page(qtbot, world, world.employee)
    assert _items(page.department) == ["营销管理部"]
    assert _items(page.staff) == ["任倩 (E00013)"]
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.show()
    assert page.charts is not None and page.charts.trend.scope == "任倩"
    comparison = page.charts.comparison  # no colleague's figures
    assert [bar.code for bar in comparison.bars] == ["E00013"] and not comparison.not_available
    page.wait_for_workers()


def test_a_supervisor_picks_among_their_team(qtbot, world: World) -> None:
    page = _page(qtbot, world, world.other_supervisor)
    assert _items(page.department) == ["销售一部"]
    assert _items(page.staff)[0] == "Everyone" and page.staff.count() > 2
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.show()
    assert page.charts is not None and page.charts.trend.scope == "销售一部"
    page.wait_for_workers()


def test_an_account_without_staff_gets_a_note_and_no_load(qtbot, world: World) -> None:
    loner = world.services.auth.create_user(world.admin, "loner", PASSWORD, Role.EMPLOYEE)
    page = _page(qtbot, world, loner)
    assert page.department.count() == 0
    page.show()
    qtbot.waitUntil(lambda: bool(page.views))
    assert "not linked" in page.status.text() and page.charts is None
    page.wait_for_workers()
