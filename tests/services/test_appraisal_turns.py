"""Whose turn in the appraisal list: the next step and its takers for each state and rater
situation of E00013 任倩's appraisal, and the "waiting for me" view per user."""

from __future__ import annotations

from datetime import date

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary
from tests.appraisal_steps import HEAD, SELF, SUPERIOR, target_id
from tests.appraisal_world import PERIOD, World


def _target(world: World, actor=None) -> AppraisalSummary:
    rows = world.services.appraisals.list(actor or world.admin, period=PERIOD)
    return next(r for r in rows if r.employee_no == "E00013")


def _steps(summary: AppraisalSummary) -> list[str]:
    return [] if summary.turn is None else [str(t) for t in summary.turn.describe()]


def _rate_and_submit(world: World, actor, role: RaterRole, entries) -> None:
    appraisals, appraisal_id = world.services.appraisals, target_id(world)
    appraisals.save_ratings(actor, appraisal_id, role, entries, None)
    appraisals.submit(actor, appraisal_id, role)


def test_a_draft_names_every_rater_whose_sheet_is_open(world: World):
    assert _steps(_target(world)) == [
        "Self rating by 任倩",
        "Direct superior rating by 董敏",
        "Department head rating by 董敏",
    ]
    _rate_and_submit(world, world.employee, RaterRole.SELF, SELF)
    assert _steps(_target(world)) == [
        "Direct superior rating by 董敏",
        "Department head rating by 董敏",
    ]
    _rate_and_submit(world, world.head, RaterRole.SUPERIOR, SUPERIOR)
    assert _steps(_target(world)) == ["Department head rating by 董敏"]


def test_each_later_state_names_its_taker_and_the_end_names_none(world: World):
    appraisals, appraisal_id = world.services.appraisals, target_id(world)
    _rate_and_submit(world, world.employee, RaterRole.SELF, SELF)
    _rate_and_submit(world, world.head, RaterRole.SUPERIOR, SUPERIOR)
    _rate_and_submit(world, world.head, RaterRole.DEPARTMENT_HEAD, HEAD)
    submitted = _target(world)
    assert submitted.state is AppraisalState.SUBMITTED
    # 董敏 is supervisor and department head, but scored the superior sheet: the cycle
    # separates duties, so the review falls to HR.
    assert _steps(submitted) == ["review by HR"]
    appraisals.review(world.admin, appraisal_id)
    assert _steps(_target(world)) == ["finalize by HR"]
    appraisals.finalize(world.admin, appraisal_id)
    assert _steps(_target(world)) == ["acknowledgement by 任倩"]
    appraisals.acknowledge(world.employee, appraisal_id, date(2026, 10, 12))
    assert _target(world).turn is None
    appraisals.amend(world.admin, appraisal_id, "更正评分")
    rows = appraisals.list(world.admin, period=PERIOD)
    superseded = next(r for r in rows if r.id == appraisal_id)
    assert superseded.state is AppraisalState.SUPERSEDED
    assert superseded.turn is None


def test_waiting_for_me_follows_the_turn_and_the_available_actions(world: World):
    appraisals, appraisal_id = world.services.appraisals, target_id(world)

    def waiting(actor) -> list[int]:
        return [r.id for r in appraisals.list(actor, period=PERIOD, waiting_only=True)]

    assert appraisal_id in waiting(world.employee)  # the self-assessment
    assert appraisal_id in waiting(world.head)
    assert appraisal_id not in waiting(world.admin)  # named raters, not HR
    assert waiting(world.viewer) == []
    _rate_and_submit(world, world.employee, RaterRole.SELF, SELF)
    assert waiting(world.employee) == []
    assert appraisals.waiting_count(world.employee) == 0
    before = appraisals.waiting_count(world.head)
    _rate_and_submit(world, world.head, RaterRole.SUPERIOR, SUPERIOR)
    _rate_and_submit(world, world.head, RaterRole.DEPARTMENT_HEAD, HEAD)
    # The review is not 董敏's: he scored the superior sheet and the cycle separates duties.
    assert appraisals.waiting_count(world.head) == before - 1
    assert appraisal_id not in waiting(world.head)
    assert appraisal_id in waiting(world.admin)
    appraisals.review(world.admin, appraisal_id)
    assert appraisal_id in waiting(world.admin)  # now the finalize
    assert Action.FINALIZE in appraisals.available_actions(world.admin, appraisal_id)
    appraisals.finalize(world.admin, appraisal_id)
    assert waiting(world.employee) == [appraisal_id]
    assert appraisals.waiting_count(world.employee) == 1
