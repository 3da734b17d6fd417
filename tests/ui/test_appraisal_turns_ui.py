"""Whose turn in the GUI: the Next step column, "Waiting for me" as the default view of
supervisors and employees (HR sees all), and the count in the navigation after a submit."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.ui.appraisals.appraisals_page import AppraisalsPage
from tests.appraisal_steps import SELF
from tests.appraisal_world import World


def _page(qtbot, world: World, actor) -> AppraisalsPage:
    page = AppraisalsPage(world.services.appraisals, world.services.cycles, actor)
    qtbot.addWidget(page)
    return page


def _next_steps(page: AppraisalsPage) -> dict[str, str]:
    model = page.model
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Next step"
    return {row.employee_no: model.index(i, column).data() for i, row in enumerate(model.rows)}


def test_waiting_for_me_is_the_default_of_supervisors_and_employees_not_hr(qtbot, world: World):
    employee = _page(qtbot, world, world.employee)
    assert employee.waiting.isChecked() and not employee.cycle.isEnabled()
    assert _next_steps(employee) == {
        "E00013": "Self rating by 任倩; Direct superior rating by 董敏; "
        "Department head rating by 董敏"
    }
    head = _page(qtbot, world, world.head)
    assert head.waiting.isChecked()
    assert "E00013" in _next_steps(head) and head.waiting_count == head.model.rowCount()
    admin = _page(qtbot, world, world.admin)
    assert not admin.waiting.isChecked() and admin.cycle.isEnabled()
    assert admin.model.rowCount() == 8
    admin.waiting.setChecked(True)
    assert admin.model.rowCount() == 0 and admin.navigation_title() == "Appraisals"
    admin.waiting.setChecked(False)
    assert admin.model.rowCount() == 8


def test_the_navigation_count_drops_after_a_submit(qtbot, world: World, settings: QSettings):
    window, _ = build_main_window(world.services, world.employee, settings)
    qtbot.addWidget(window)
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert "Appraisals (1)" in titles
    row = titles.index("Appraisals (1)")
    page = window.page_at(row)
    assert isinstance(page, AppraisalsPage)
    appraisal_id = page.model.rows[0].id
    world.services.appraisals.save_ratings(world.employee, appraisal_id, RaterRole.SELF, SELF, None)
    form = page.open_form(appraisal_id)
    assert form.role is RaterRole.SELF
    with qtbot.waitSignal(page.navigationTitleChanged):
        form.submit()
    assert window.navigation.item(row).text() == "Appraisals"
    assert page.model.rowCount() == 0


def test_the_next_step_and_the_count_read_in_chinese(qtbot, world: World, chinese):
    page = _page(qtbot, world, world.employee)
    column = page.model.columnCount() - 1
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "下一步"
    assert (
        page.model.index(0, column).data()
        == "本人评分：任倩；直接上级评分：董敏；部门负责人评分：董敏"
    )
    assert page.waiting.text() == "待我处理"
    assert page.navigation_title() == "考核 (1)"
