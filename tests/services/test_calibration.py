"""Calibration: grade distribution against quotas, and closing a cycle over quota."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpm_desktop.domain.appraisal import CycleStatus
from kpm_desktop.domain.errors import ConflictError, PermissionDeniedError
from kpm_desktop.domain.rating import IndicatorRating, QuotaBreach
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from tests.appraisal_world import PERIOD, World

D = Decimal
EXCELLENT = {
    "S1": RatingEntry(IndicatorRating(level="优", score=D(100))),
    "S2": RatingEntry(IndicatorRating(value=D(150000))),
}


GOOD = {  # 48 + 32 = 80.00, 良好
    "S1": RatingEntry(IndicatorRating(level="良", score=D(80))),
    "S2": RatingEntry(IndicatorRating(value=D(80000))),
}


def rate_excellent(world: World, employee_nos: list[str]) -> None:
    appraisals = world.services.appraisals
    for summary in appraisals.list(world.admin, period=PERIOD):
        if summary.employee_no in employee_nos:
            appraisals.save_ratings(
                world.admin, summary.id, RaterRole.SUPERIOR, EXCELLENT, summary.version
            )


def rate_the_rest_of_sales_good(world: World, excellent: list[str]) -> None:
    appraisals = world.services.appraisals
    for summary in appraisals.list(world.admin, period=PERIOD):
        if summary.department == "销售一部" and summary.employee_no not in excellent:
            appraisals.save_ratings(
                world.admin, summary.id, RaterRole.SUPERIOR, GOOD, summary.version
            )


def department_id(world: World, name: str) -> int:
    departments = dict(
        (n, i) for i, n in world.services.calibration.departments(world.admin, PERIOD)
    )
    return departments[name]


def test_the_distribution_is_shown_against_the_quota(world: World):
    rate_excellent(world, ["E00007", "E00012"])
    rate_the_rest_of_sales_good(world, ["E00007", "E00012"])
    view = world.services.calibration.view(world.admin, PERIOD, department_id(world, "销售一部"))
    assert len(view.rows) == 7
    totals = {r.summary.employee_no: (r.total, r.grade) for r in view.rows}
    assert totals["E00007"] == (D("100.00"), "优秀")  # 60 + 40 (150000 / 100000 capped at 1)
    (group,) = view.groups
    assert group.counts["优秀"] == 2 and group.allowed("优秀") == 1  # 20 % of 7 people is 1
    (breach,) = group.breaches
    assert (breach.grade, breach.count, breach.allowed) == ("优秀", 2, 1)
    assert view.over_quota
    assert group.counts["良好"] == 5 and group.unscored == 0


def test_unscored_drafts_are_left_out_of_the_distribution_and_counted(world: World):
    rate_excellent(world, ["E00007"])
    view = world.services.calibration.view(world.admin, PERIOD, department_id(world, "销售一部"))
    results = {r.summary.employee_no: (r.total, r.grade) for r in view.rows}
    assert results.pop("E00007") == (D("100.00"), "优秀")
    assert set(results.values()) == {(None, None)}  # not scored, not 0.00 不合格
    (group,) = view.groups
    assert (group.size, group.unscored, group.counts) == (1, 6, {"优秀": 1})
    assert group.template == "销售代表季度考核(测试) v1"  # no quotes around the name
    assert view.unscored == 6
    assert group.breaches == (QuotaBreach("优秀", 1, 0, D(20)),)  # 20 % of 1 scored is 0


def test_a_partly_rated_draft_is_not_scored(world: World):
    appraisals = world.services.appraisals
    (summary,) = [
        a for a in appraisals.list(world.admin, period=PERIOD) if a.employee_no == "E00007"
    ]
    appraisals.save_ratings(
        world.admin, summary.id, RaterRole.SUPERIOR, {"S2": EXCELLENT["S2"]}, summary.version
    )
    view = world.services.calibration.view(world.admin, PERIOD, department_id(world, "销售一部"))
    (row,) = [r for r in view.rows if r.summary.employee_no == "E00007"]
    assert (row.total, row.grade) == (None, None)
    assert view.groups[0].size == 0


def test_closing_over_quota_is_refused_unless_hr_overrides(world: World):
    rate_excellent(world, ["E00007", "E00012"])
    rate_the_rest_of_sales_good(world, ["E00007", "E00012"])
    cycles = world.services.cycles
    with pytest.raises(ConflictError, match="优秀 given to 2, quota 20% allows 1"):
        cycles.close(world.admin, PERIOD)
    with pytest.raises(PermissionDeniedError):
        cycles.close(world.head, PERIOD, "我说可以")
    closed = cycles.close(world.admin, PERIOD, "两人均获年度销售冠军,经总经理批准")
    assert closed.status is CycleStatus.CLOSED
    assert closed.close_override_reason == "两人均获年度销售冠军,经总经理批准"
    with world.database.engine.connect() as connection:
        after = connection.exec_driver_sql(
            "SELECT after FROM audit_log WHERE entity_type = 'cycle' AND action = 'close'"
        ).scalar_one()
    assert "经总经理批准" in after and "优秀 given to 2" in after


def test_closing_with_appraisals_not_finalized_needs_a_reason(world: World):
    rate_excellent(world, ["E00007"])  # within the quota
    cycles = world.services.cycles
    with pytest.raises(ConflictError) as refused:
        cycles.close(world.admin, PERIOD)
    message = str(refused.value)
    assert "8 appraisals are not finalized (E00002 陆波诗, E00007 " in message
    assert "and 3 more)" in message
    assert "override reason" in message
    closed = cycles.close(world.admin, PERIOD, "两人长期病假，下季度补评")
    assert closed.close_override_reason == "两人长期病假，下季度补评"
    with world.database.engine.connect() as connection:
        after = connection.exec_driver_sql(
            "SELECT after FROM audit_log WHERE entity_type = 'cycle' AND action = 'close'"
        ).scalar_one()
    assert "E00007" in after and "not_finalized" in after


def test_closing_within_quota_with_every_appraisal_finalized_needs_no_reason(world: World):
    rate_excellent(world, ["E00007"])
    with world.database.engine.begin() as connection:  # as if everyone had been finalized
        connection.exec_driver_sql("UPDATE appraisals SET state = 'finalized'")
    closed = world.services.cycles.close(world.admin, PERIOD)
    assert closed.status is CycleStatus.CLOSED and closed.close_override_reason is None


def test_a_supervisor_calibrates_only_their_team(world: World):
    departments = world.services.calibration.departments(world.other_supervisor, PERIOD)
    assert [name for _, name in departments] == ["销售一部"]
