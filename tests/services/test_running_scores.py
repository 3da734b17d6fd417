"""The appraisal list's running scores: an appraisal not yet finalized whose score is
complete shows its running total and grade, marked provisional, the same as calibration
shows; one with an unrated indicator stays not scored; the grade filter matches the grade
shown. (Their cost, a constant number of statements, is checked in
test_appraisal_list_filters.py.)"""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import (
    NOT_SCORED_GRADE,
    AppraisalSummary,
    RatingEntry,
)
from tests.appraisal_steps import HEAD, SELF, SUPERIOR, finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World
from tests.peer_cycle import PEER_NO, PEER_PERIOD, peer_cycle, peer_user
from tests.rank_cycle import rank_cycle

D = Decimal
EXCELLENT = {
    "S1": RatingEntry(IndicatorRating(level="优", score=D(100))),
    "S2": RatingEntry(IndicatorRating(value=D(150000))),
}


def _listed(world: World, appraisal_id: int, **filters: object) -> AppraisalSummary | None:
    rows = world.services.appraisals.list(world.admin, period=PERIOD, **filters)
    return next((a for a in rows if a.id == appraisal_id), None)


def _sales_appraisal(world: World, employee_no: str) -> int:
    rows = world.services.appraisals.list(world.admin, period=PERIOD)
    return next(a.id for a in rows if a.employee_no == employee_no)


def test_a_submitted_appraisal_shows_its_running_score_marked_provisional(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    listed = _listed(world, appraisal_id)
    assert listed is not None and listed.state is AppraisalState.SUBMITTED
    assert (listed.total, listed.grade, listed.provisional) == (D("82.68"), "良好", True)


def test_a_finalized_appraisal_shows_its_stored_result_not_provisional(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    listed = _listed(world, appraisal_id)
    assert listed is not None and listed.state is AppraisalState.FINALIZED
    assert (listed.total, listed.grade, listed.provisional) == (D("82.68"), "良好", False)


def test_an_appraisal_with_an_unrated_indicator_is_not_scored(world: World):
    appraisal_id = target_id(world)
    appraisals = world.services.appraisals
    version = appraisals.save_ratings(world.employee, appraisal_id, RaterRole.SELF, SELF, None)
    partial = {code: entry for code, entry in SUPERIOR.items() if code != "A4"}
    appraisals.save_ratings(world.head, appraisal_id, RaterRole.SUPERIOR, partial, version.version)
    listed = _listed(world, appraisal_id)
    assert listed is not None
    assert (listed.total, listed.grade, listed.provisional) == (None, None, False)


def test_a_draft_rated_in_full_but_not_submitted_is_scored_too(world: World):
    appraisal_id = target_id(world)
    appraisals = world.services.appraisals
    version = appraisals.form(world.employee, appraisal_id).summary.version
    for actor, role, entries in (
        (world.employee, RaterRole.SELF, SELF),
        (world.head, RaterRole.SUPERIOR, SUPERIOR),
        (world.head, RaterRole.DEPARTMENT_HEAD, HEAD),
    ):
        version = appraisals.save_ratings(actor, appraisal_id, role, entries, version).version
    listed = _listed(world, appraisal_id)
    assert listed is not None and listed.state is AppraisalState.DRAFT
    assert (listed.total, listed.grade, listed.provisional) == (D("82.68"), "良好", True)


def test_the_grade_filter_matches_a_provisional_grade(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    assert _listed(world, appraisal_id, grade="良好") is not None
    assert _listed(world, appraisal_id, grade="优秀") is None
    assert _listed(world, appraisal_id, grade=NOT_SCORED_GRADE) is None
    unscored = world.services.appraisals.list(world.admin, period=PERIOD, grade=NOT_SCORED_GRADE)
    assert unscored and all(a.total is None and not a.provisional for a in unscored)


def test_the_list_and_calibration_show_the_same_numbers(world: World):
    appraisals = world.services.appraisals
    complete = _sales_appraisal(world, "E00007")
    appraisals.save_ratings(world.admin, complete, RaterRole.SUPERIOR, EXCELLENT, None)
    partial = next(
        a.id
        for a in appraisals.list(world.admin, period=PERIOD)
        if a.department == "销售一部" and a.id != complete
    )
    appraisals.save_ratings(world.admin, partial, RaterRole.SUPERIOR, {"S2": EXCELLENT["S2"]}, None)
    rate_all(world, target_id(world))
    listed = {a.id: (a.total, a.grade) for a in appraisals.list(world.admin, period=PERIOD)}
    calibrated = {}
    calibration = world.services.calibration
    for department_id, _ in calibration.departments(world.admin, PERIOD):
        view = calibration.view(world.admin, PERIOD, department_id)
        calibrated.update({r.summary.id: (r.total, r.grade) for r in view.rows})
    assert listed == calibrated
    assert listed[complete] == (D("100.00"), "优秀")
    assert listed[partial] == (None, None)
    assert listed[target_id(world)] == (D("82.68"), "良好")


def test_a_peer_from_another_team_sees_no_running_score(world: World):
    """With an extra peer sheet the appraisal is scored on its own raters, as calibration
    scores it; the assigned peer, who sees only their own sheet, sees no score."""
    appraisal_id = peer_cycle(world)
    peer = peer_user(world)
    world.services.raters.assign_rater(world.admin, appraisal_id, RaterRole.PEER, PEER_NO)
    appraisals = world.services.appraisals
    version = appraisals.save_ratings(peer, appraisal_id, RaterRole.PEER, SUPERIOR, None).version
    for actor, role, entries in (
        (world.employee, RaterRole.SELF, SELF),
        (world.head, RaterRole.SUPERIOR, SUPERIOR),
        (world.head, RaterRole.DEPARTMENT_HEAD, HEAD),
    ):
        version = appraisals.save_ratings(actor, appraisal_id, role, entries, version).version
    (listed,) = appraisals.list(world.admin, period=PEER_PERIOD)
    calibration = world.services.calibration
    ((department_id, _),) = calibration.departments(world.admin, PEER_PERIOD)
    (row,) = calibration.view(world.admin, PEER_PERIOD, department_id).rows
    assert listed.provisional and (listed.total, listed.grade) == (row.total, row.grade)
    assert listed.total is not None
    (seen_by_peer,) = appraisals.list(peer, period=PEER_PERIOD)
    assert (seen_by_peer.total, seen_by_peer.provisional) == (None, False)


def test_rank_indicators_compare_the_cycles_values_as_the_form_does(world: World):
    """A rank indicator's cohort (every value entered in the cycle on the template) is read
    in bulk for the list; the places match the form's and calibration's."""
    ids = rank_cycle(world)
    appraisals = world.services.appraisals
    listed = {a.id: a.total for a in appraisals.list(world.admin, period="2026Q4")}
    assert [listed[i] for i in ids[:3]] == [D("60.00"), D("100.00"), D("80.00")]
    assert all(listed[i] is None for i in ids[3:])
    assert listed == {i: appraisals.scored(world.admin, i).result[0] for i in ids}
    calibration = world.services.calibration
    ((department_id, _),) = calibration.departments(world.admin, "2026Q4")
    rows = calibration.view(world.admin, "2026Q4", department_id).rows
    assert listed == {r.summary.id: r.total for r in rows}
