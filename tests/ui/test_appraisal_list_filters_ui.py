"""The appraisal list's filters in the GUI: grade (未评分 included), disagreements, and all
of them remembered in QSettings for the next page (a temporary settings file, never the
user's); a remembered cycle that is gone falls back to the newest one."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.services.appraisals.appraisal_views import NOT_SCORED_GRADE, Acknowledgement
from kpm_desktop.ui.appraisals.appraisal_models import appraisal_model
from kpm_desktop.ui.appraisals.appraisals_page import FILTERS_GROUP, AppraisalsPage
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import World


@pytest.fixture
def disagreeing(world: World) -> int:
    """E00013's appraisal finalized (82.68 良好) and acknowledged with a disagreement."""
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    world.services.appraisals.acknowledge(
        world.employee, appraisal_id, date(2026, 10, 12), Acknowledgement(False, "评分偏低")
    )
    return appraisal_id


def _page(qtbot, world: World, settings: QSettings | None = None) -> AppraisalsPage:
    page = AppraisalsPage(
        world.services.appraisals, world.services.cycles, world.admin, settings=settings
    )
    qtbot.addWidget(page)
    return page


def _ids(page: AppraisalsPage) -> set[int]:
    return {row.id for row in page.model.rows}


def _choose(combo, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_the_grade_filter_offers_the_templates_grades_and_not_scored(
    qtbot, world: World, disagreeing: int
):
    page = _page(qtbot, world)
    offered = [page.grade.itemData(i) for i in range(page.grade.count())]
    assert offered == [None, "优秀", "良好", "合格", "不合格", NOT_SCORED_GRADE]
    assert page.grade.itemText(page.grade.count() - 1) == "not scored"
    _choose(page.grade, "良好")
    assert _ids(page) == {disagreeing}
    _choose(page.grade, NOT_SCORED_GRADE)
    assert page.model.rowCount() == 7 and disagreeing not in _ids(page)
    _choose(page.grade, "优秀")
    assert page.model.rowCount() == 0 and page.status.text() == "0 appraisals"


def test_the_disagreements_filter_keeps_the_flagged_appraisals(
    qtbot, world: World, disagreeing: int
):
    page = _page(qtbot, world)
    assert page.model.rowCount() == 8
    page.disagreements.setChecked(True)
    assert _ids(page) == {disagreeing}
    assert "⚑" in page.model.index(0, 6).data()
    page.disagreements.setChecked(False)
    assert page.model.rowCount() == 8


def test_the_department_filter_lists_the_cycles_departments(qtbot, world: World):
    page = _page(qtbot, world)
    names = [page.department.itemText(i) for i in range(1, page.department.count())]
    assert names == sorted(["营销管理部", "销售一部"])
    page.department.setCurrentIndex(names.index("销售一部") + 1)
    assert page.model.rowCount() == 7
    assert {row.department for row in page.model.rows} == {"销售一部"}


def test_the_filters_survive_a_new_page_with_the_same_settings(
    qtbot, world: World, settings: QSettings, disagreeing: int
):
    first = _page(qtbot, world, settings)
    _choose(first.grade, "良好")
    _choose(first.state, AppraisalState.ACKNOWLEDGED.value)
    first.disagreements.setChecked(True)
    first.department.setCurrentIndex(first.department.findText("营销管理部"))
    assert _ids(first) == {disagreeing}
    settings.sync()
    second = _page(qtbot, world, settings)
    assert second.grade.currentData() == "良好"
    assert second.state.currentData() == AppraisalState.ACKNOWLEDGED.value
    assert second.department.currentText() == "营销管理部"
    assert second.disagreements.isChecked() and not second.waiting.isChecked()
    assert second.cycle.currentData() == "2026Q3"
    assert _ids(second) == {disagreeing}


def test_an_unchecked_waiting_view_is_remembered_for_a_supervisor(
    qtbot, world: World, settings: QSettings
):
    page = AppraisalsPage(
        world.services.appraisals, world.services.cycles, world.head, settings=settings
    )
    qtbot.addWidget(page)
    assert page.waiting.isChecked()
    page.waiting.setChecked(False)
    again = AppraisalsPage(
        world.services.appraisals, world.services.cycles, world.head, settings=settings
    )
    qtbot.addWidget(again)
    assert not again.waiting.isChecked() and again.cycle.isEnabled()


def test_a_remembered_choice_that_is_gone_falls_back_quietly_and_is_logged(
    qtbot, world: World, settings: QSettings, caplog
):
    settings.setValue(f"{FILTERS_GROUP}/cycle", "2019Q1")  # a cycle deleted since
    settings.setValue(f"{FILTERS_GROUP}/department", "999999")
    settings.setValue(f"{FILTERS_GROUP}/grade", "甲等")
    with caplog.at_level(logging.DEBUG, logger="kpm_desktop.ui.appraisals.appraisals_page"):
        page = _page(qtbot, world, settings)
    assert page.cycle.currentData() == "2026Q3"
    assert page.department.currentIndex() == 0 and page.grade.currentIndex() == 0
    assert page.model.rowCount() == 8
    logged = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)
    assert all(name in logged for name in ("cycle", "department", "grade"))
    assert settings.value(f"{FILTERS_GROUP}/cycle") == "2026Q3"


def test_the_appraisal_model_passes_the_model_tester(qtmodeltester, world: World):
    model = appraisal_model()
    model.set_rows(world.services.appraisals.list(world.admin, period="2026Q3"))
    qtmodeltester.check(model)


def test_the_waiting_view_takes_the_filters_too(qtbot, world: World):
    page = AppraisalsPage(world.services.appraisals, world.services.cycles, world.head)
    qtbot.addWidget(page)
    waiting = page.model.rowCount()
    assert waiting > 0 and page.waiting_count == waiting
    _choose(page.grade, NOT_SCORED_GRADE)
    assert page.model.rowCount() == waiting  # nothing is finalized yet
    page.disagreements.setChecked(True)
    assert page.model.rowCount() == 0 and page.waiting_count == waiting
