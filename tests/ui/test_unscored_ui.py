"""An appraisal without a complete score reads "not scored" (未评分) in the form header, the
appraisal list and calibration, never 0 and the lowest grade (issue 18)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.appraisal_models import appraisal_model
from kpm_desktop.ui.appraisals.calibration_page import CalibrationPage
from tests.appraisal_world import PERIOD, World

D = Decimal
EXCELLENT = {
    "S1": RatingEntry(IndicatorRating(level="优", score=D(100))),
    "S2": RatingEntry(IndicatorRating(value=D(150000))),
}


def appraisal_of(world: World, employee_no: str) -> int:
    rows = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    return next(a.id for a in rows if a.employee_no == employee_no)


def column(model, title: str) -> int:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def test_the_header_of_a_fresh_draft_reads_not_scored(qtbot, world: World):
    form = AppraisalFormWidget(
        world.services.appraisals, world.employee, appraisal_of(world, "E00013")
    )
    qtbot.addWidget(form)
    assert form.role is RaterRole.SELF
    assert form.total.text() == "This rater not scored · Total not scored"


def test_a_complete_self_sheet_shows_its_sum_while_the_total_waits(qtbot, world: World):
    form = AppraisalFormWidget(
        world.services.appraisals, world.employee, appraisal_of(world, "E00013")
    )
    qtbot.addWidget(form)
    for row in form.rows:
        assert row.choice is not None and row.spin is not None
        row.choice.setCurrentIndex(1)
    text = form.total.text()
    assert text.startswith("This rater ") and text.endswith("· Total not scored")
    assert "not scored ·" not in text  # the self sheet has its sum


@pytest.mark.usefixtures("chinese")
def test_the_chinese_header_says_weifen_not_zero(qtbot, world: World):
    form = AppraisalFormWidget(
        world.services.appraisals, world.employee, appraisal_of(world, "E00013")
    )
    qtbot.addWidget(form)
    assert form.total.text() == "本考评人 未评分 · 总分 未评分"
    assert "不合格" not in form.total.text()


def test_the_appraisal_list_shows_drafts_as_not_scored(qtbot, world: World):
    model = appraisal_model()
    model.set_rows(world.services.appraisals.list(world.admin, period=PERIOD))
    total, grade = column(model, "Total"), column(model, "Grade")
    shown = {
        (model.index(r, total).data(), model.index(r, grade).data())
        for r in range(model.rowCount())
    }
    assert shown == {("not scored", "not scored")}


@pytest.mark.usefixtures("chinese")
def test_calibration_shows_weipingfen_and_counts_it_beside_the_distribution(qtbot, world: World):
    world.services.appraisals.save_ratings(
        world.admin, appraisal_of(world, "E00007"), RaterRole.SUPERIOR, EXCELLENT, None
    )
    page = CalibrationPage(world.services.calibration, world.services.cycles, world.admin)
    qtbot.addWidget(page)
    page.department.setCurrentIndex(page.department.findText("销售一部"))
    rows = page.rows_model
    results = {
        rows.index(r, 0).data(): (rows.index(r, 4).data(), rows.index(r, 5).data())
        for r in range(rows.rowCount())
    }
    assert results.pop("E00007") == ("100.00", "优秀")
    assert set(results.values()) == {("未评分", "未评分")}
    lines = page.distribution_model
    table = [[lines.index(r, c).data() for c in range(4)] for r in range(lines.rowCount())]
    assert table == [
        ["销售代表季度考核(测试) v1", "优秀", "1", "100%"],
        ["销售代表季度考核(测试) v1", "良好", "0", "0%"],
        ["销售代表季度考核(测试) v1", "合格", "0", "0%"],
        ["销售代表季度考核(测试) v1", "不合格", "0", "0%"],
        ["销售代表季度考核(测试) v1", "未评分", "6", ""],
    ]
    assert "未评分 6 人，不计入等级分布和比例" in page.message.text()
