"""The dashboard's grade distribution, staff profile and grade-bar list over appraisals
finished through the services."""

from __future__ import annotations

from datetime import date

from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from tests.appraisal_world import PERIOD, World
from tests.finished_cycle import finish_sales
from tests.ui.signal_waits import HANG


def test_grades_profile_and_grade_list_with_a_finished_cycle(
    world: World, qtbot, qtmodeltester
) -> None:
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    first, second, third = sorted(a.employee_no for a in found if a.department == "销售一部")[:3]
    finish_sales(world, first, "优", "95", "120000")  # 97 优秀
    finish_sales(world, second, "中", "70", "50000")  # 62 合格
    finish_sales(world, third, "优", "92", "100000")  # 95.2 优秀
    database = world.database
    kpis = KpiService(database)
    service = DashboardService(database, kpis)
    page = DashboardPage(service, world.admin, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.show()
    grades = page.charts.grades  # type: ignore[union-attr]
    assert grades is not None and grades.total == 3
    assert [(b.grade, b.count, b.allowed) for b in grades.bars] == [
        ("优秀", 2, 0), ("良好", 0, None), ("合格", 1, None), ("不合格", 0, None),
    ]  # fmt: skip
    assert "1 over quota" not in page.views["grades"].note.text()
    assert "2 over quota" in page.views["grades"].note.text()
    assert grades.unscored == 5  # the cycle's other 5 drafts: in no bar, counted beside
    assert page.views["grades"].note.text().endswith(", 5 not scored")
    picker = page.views["grades"].pickers[0]
    assert picker.tip_at(0, 1).startswith("优秀: 2 (66.67%)")
    with qtbot.waitSignal(page.list_opened) as opened:
        picker.clicked.emit(picker.index_at(0, 1))
    dialog = opened.args[0]
    qtmodeltester.check(dialog.model)
    listed = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
    assert listed == [first, third]  # highest total first
    assert dialog.model.index(0, 3).data() == "97.00"
    dialog.close()

    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.department.setCurrentIndex(page.department.findData("D02"))
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.staff.setCurrentIndex(page.staff.findData(second))
    profile = page.charts.profile  # type: ignore[union-attr]
    assert profile is not None and profile.staff_no == second
    assert [(a.name, str(a.percent), str(a.department_percent)) for a in profile.axes] == [
        ("客户跟进质量", "70.00", "85.67"), ("销售额", "50.00", "83.33"),
    ]  # fmt: skip
    assert "62.00 合格" in page.views["profile"].note.text()
    page.wait_for_workers()
