"""The appraisal list shows the running score of an appraisal not yet finalized whose
score is complete, marked provisional (italic, "(provisional)" after the grade, a tooltip);
a finalized one shows its stored result unmarked, an incomplete one "not scored"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kpm_desktop.ui.appraisals.appraisal_models import AppraisalListModel, appraisal_model
from kpm_desktop.ui.appraisals.appraisals_page import AppraisalsPage
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World

TOTAL, GRADE = AppraisalListModel.TOTAL, AppraisalListModel.GRADE


def _model(world: World) -> AppraisalListModel:
    model = appraisal_model()
    model.set_rows(world.services.appraisals.list(world.admin, period=PERIOD))
    return model


def _row(model: AppraisalListModel, appraisal_id: int) -> int:
    return next(r for r in range(model.rowCount()) if model.rows[r].id == appraisal_id)


def test_a_running_score_is_shown_marked_provisional(qtbot, world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    model = _model(world)
    row = _row(model, appraisal_id)
    total, grade = model.index(row, TOTAL), model.index(row, GRADE)
    assert (total.data(), grade.data()) == ("82.68", "良好 (provisional)")
    for index in (total, grade):
        assert index.data(Qt.ItemDataRole.FontRole).italic()
        assert "final only when the appraisal is finalized" in index.data(
            Qt.ItemDataRole.ToolTipRole
        )
    others = [r for r in range(model.rowCount()) if r != row]
    assert {model.index(r, GRADE).data() for r in others} == {"not scored"}
    assert all(model.index(r, TOTAL).data(Qt.ItemDataRole.FontRole) is None for r in others)


def test_a_finalized_result_is_shown_unmarked(qtbot, world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    model = _model(world)
    row = _row(model, appraisal_id)
    assert (model.index(row, TOTAL).data(), model.index(row, GRADE).data()) == ("82.68", "良好")
    assert model.index(row, GRADE).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(row, GRADE).data(Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.usefixtures("chinese")
def test_the_chinese_list_marks_it_zanding_in_a_column_wide_enough(qtbot, world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    page = AppraisalsPage(world.services.appraisals, world.services.cycles, world.admin)
    qtbot.addWidget(page)
    page.cycle.setCurrentIndex(page.cycle.findData(PERIOD))
    row = _row(page.model, appraisal_id)
    grade = page.model.index(row, GRADE)
    assert grade.data() == "良好（暂定）"
    needed = page.view.fontMetrics().horizontalAdvance(grade.data())
    assert page.view.columnWidth(GRADE) > needed


def test_the_list_model_with_running_scores_passes_the_model_tester(qtmodeltester, world: World):
    rate_all(world, target_id(world))
    qtmodeltester.check(_model(world))
