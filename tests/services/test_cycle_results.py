"""`read_cycle_results` against appraisals produced by a full cycle through the services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kpm_desktop.charts.grades import grade_distribution
from kpm_desktop.charts.profile import staff_profile
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.storage.appraisal_results_query import read_cycle_results
from tests.appraisal_steps import finalize, rate_all
from tests.appraisal_world import PERIOD, World
from tests.finished_cycle import appraisal_of, finish_sales

D = Decimal


def _d02_staff(world: World) -> list[str]:
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    return sorted(a.employee_no for a in found if a.department == "销售一部")


def _results(world: World):  # type: ignore[no-untyped-def]
    with world.database.engine.connect() as connection:
        return read_cycle_results(connection, PERIOD)


def test_no_cycle_means_no_results(world: World) -> None:
    with world.database.engine.connect() as connection:
        assert read_cycle_results(connection, "2026Q2") is None


def test_only_finished_appraisals_count_with_rater_weighted_fractions(world: World) -> None:
    crm = appraisal_of(world, "E00013")
    rate_all(world, crm)
    finalize(world, crm)
    world.services.appraisals.acknowledge(world.employee, crm, date(2026, 10, 12))
    first, second, third, *_ = _d02_staff(world)
    finish_sales(world, first, "优", "95", "120000")
    finish_sales(world, second, "中", "70", "50000")
    draft = {"S1": RatingEntry(IndicatorRating(level="良", score=D(80)))}
    world.services.appraisals.save_ratings(
        world.admin, appraisal_of(world, third), RaterRole.SUPERIOR, draft, None
    )

    cycle = _results(world)
    assert cycle is not None and cycle.period == PERIOD
    assert sorted(r.staff_no for r in cycle.results) == sorted(["E00013", first, second])
    crm_result = cycle.result_of("E00013")
    assert crm_result is not None
    assert (crm_result.total, crm_result.grade) == (D("82.68"), "良好")
    assert crm_result.department == "营销管理部" and crm_result.staff_name == "任倩"
    fractions = {i.code: i.fraction for i in crm_result.indicators}
    # Each rater's fraction (earned / effective weight) averaged by rater weight 20/50/30;
    # A1: self 28.50/30, superior 25.50/30, head 33.75/37.50 (A4 N/A re-normalised)
    assert fractions["A1"] == D("0.95") * D("0.2") + D("0.85") * D("0.5") + D("0.9") * D("0.3")
    assert fractions["A2"] == D("0.835") and fractions["A3"] == D("0.83")
    # A4: the head said N/A, so self 1.00 and superior 0.50 over weights 20 + 50
    assert fractions["A4"] == (D("0.2") + D("0.25")) / D("0.7")
    best = cycle.result_of(first)
    assert best is not None and (best.total, best.grade) == (D("97.00"), "优秀")
    assert [(i.code, i.name, i.fraction) for i in best.indicators] == [
        ("S1", "客户跟进质量", D("0.95")), ("S2", "销售额", D(1)),
    ]  # fmt: skip
    low = cycle.result_of(second)
    assert low is not None and (low.total, low.grade) == (D("62.00"), "合格")
    assert [i.fraction for i in low.indicators] == [D("0.7"), D("0.5")]
    # Most appraisals use the sales template: its quotas are the cycle's
    assert [(q.grade, q.max_percent) for q in cycle.quotas] == [("优秀", D(20))]


def test_grade_distribution_and_profile_from_a_real_cycle(world: World) -> None:
    first, second, third, *_ = _d02_staff(world)
    finish_sales(world, first, "优", "95", "120000")
    finish_sales(world, second, "中", "70", "50000")
    finish_sales(world, third, "良", "80", "100000")  # 48 + 40 = 88 良好
    cycle = _results(world)
    assert cycle is not None
    chart = grade_distribution(cycle)
    assert [(b.grade, b.count) for b in chart.bars] == [
        ("优秀", 1), ("良好", 1), ("合格", 1), ("不合格", 0),
    ]  # fmt: skip
    assert chart.bars[0].allowed == 0 and chart.bars[0].over == 1  # 20 % of 3 is 0 people
    assert [m.staff_no for m in chart.bars[0].members] == [first]
    profile = staff_profile(cycle, second)
    assert profile is not None and profile.department == "销售一部"
    axes = [(a.code, a.percent, a.department_percent, a.department_count) for a in profile.axes]
    # department averages: S1 (95 + 70 + 80) / 3, S2 (100 + 50 + 100) / 3
    assert axes == [("S1", D("70.00"), D("81.67"), 3), ("S2", D("50.00"), D("83.33"), 3)]


def test_an_amended_appraisal_leaves_the_results_until_refinalized(world: World) -> None:
    first, *_ = _d02_staff(world)
    appraisal_id = finish_sales(world, first, "优", "95", "120000")
    world.services.appraisals.amend(world.admin, appraisal_id, "S1 分数录入错误")
    cycle = _results(world)
    assert cycle is not None and cycle.results == ()


def test_appraisals_without_a_result_are_counted_beside_the_grades(world: World) -> None:
    first, second, *rest = _d02_staff(world)
    finish_sales(world, first, "优", "95", "120000")
    draft = {"S1": RatingEntry(IndicatorRating(level="良", score=D(80)))}
    world.services.appraisals.save_ratings(
        world.admin, appraisal_of(world, second), RaterRole.SUPERIOR, draft, None
    )
    cycle = _results(world)
    assert cycle is not None and [r.staff_no for r in cycle.results] == [first]
    assert second in cycle.unscored and first not in cycle.unscored
    assert len(cycle.unscored) == 7  # the cycle's 8 appraisals less the finalized one
    chart = grade_distribution(cycle)
    assert (chart.total, chart.unscored) == (1, 7)
    assert sum(bar.count for bar in chart.bars) == 1  # nobody unscored in 不合格
    department = grade_distribution(cycle.of_staff([first, second, *rest]), "销售一部")
    assert department.unscored == 1 + len(rest)
