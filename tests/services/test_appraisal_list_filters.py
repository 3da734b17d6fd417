"""The appraisal list's filters: grade (the grade shown, final or provisional, or 未评分 for
the appraisals without one), disagreements, and the choices the filters offer; and the
turns and running scores of a whole list read in the same number of statements for 5 as
for 50 appraisals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_turns import with_turns
from kpm_desktop.services.appraisals.appraisal_views import NOT_SCORED_GRADE, Acknowledgement
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.appraisals.running_scores import with_running_scores
from kpm_desktop.storage import appraisal_repository as repo
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World
from tests.statement_log import statements


def _acknowledged(world: World, agrees: bool) -> int:
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    world.services.appraisals.acknowledge(
        world.employee, appraisal_id, date(2026, 10, 12), Acknowledgement(agrees, "评分偏低")
    )
    return appraisal_id


def _ids(world: World, **filters: object) -> set[int]:
    return {a.id for a in world.services.appraisals.list(world.admin, period=PERIOD, **filters)}


def test_a_grade_keeps_the_appraisals_finalized_with_it(world: World):
    appraisal_id = _acknowledged(world, agrees=True)
    assert _ids(world, grade="良好") == {appraisal_id}  # 82.68 良好
    assert _ids(world, grade="优秀") == set()


def test_not_scored_keeps_the_appraisals_without_a_final_grade(world: World):
    everyone = _ids(world)
    appraisal_id = _acknowledged(world, agrees=True)
    unscored = world.services.appraisals.list(world.admin, period=PERIOD, grade=NOT_SCORED_GRADE)
    assert {a.id for a in unscored} == everyone - {appraisal_id}
    assert all(a.total is None and a.grade is None for a in unscored)


def test_disagreements_keep_the_appraisals_acknowledged_with_a_disagreement(world: World):
    assert _ids(world, disagreements=True) == set()
    appraisal_id = _acknowledged(world, agrees=False)
    listed = world.services.appraisals.list(world.admin, period=PERIOD, disagreements=True)
    assert [(a.id, a.disagreed) for a in listed] == [(appraisal_id, True)]


def test_an_agreement_is_not_a_disagreement(world: World):
    _acknowledged(world, agrees=True)
    assert _ids(world, disagreements=True) == set()


def test_filters_combine_with_the_state_and_department(world: World):
    appraisal_id = _acknowledged(world, agrees=False)
    department = next(
        i
        for i, name in world.services.appraisals.list_choices(world.admin, PERIOD).departments
        if name == "营销管理部"
    )
    assert _ids(
        world, grade="良好", disagreements=True, state=AppraisalState.ACKNOWLEDGED,
        department_id=department,
    ) == {appraisal_id}  # fmt: skip
    assert _ids(world, grade="良好", state=AppraisalState.DRAFT) == set()


def test_the_choices_are_the_cycles_departments_and_its_templates_grades(world: World):
    choices = world.services.appraisals.list_choices(world.admin, PERIOD)
    assert [name for _, name in choices.departments] == sorted(["营销管理部", "销售一部"])
    assert choices.grades == ("优秀", "良好", "合格", "不合格")
    assert world.services.appraisals.list_choices(world.admin, "2030Q1").grades == ()


def test_a_supervisor_is_offered_only_the_departments_of_their_team(world: World):
    rows = world.services.appraisals.list(world.other_supervisor, period=PERIOD)
    choices = world.services.appraisals.list_choices(world.other_supervisor, PERIOD)
    assert {name for _, name in choices.departments} == {r.department for r in rows}


def _more_cycles(world: World) -> None:
    """Two more cycles appraising everyone on the supervisor template: 50+ appraisals."""
    for period in ("2026Q4", "2027Q1"):
        world.services.cycles.create_cycle(
            world.admin, period, [TemplateChoice(world.supervisor_template_id)]
        )
        world.services.cycles.bulk_create(world.admin, period)


def _turn_statements(world: World, size: int, actor_of: Callable[[World], Actor]) -> int:
    actor = actor_of(world)
    with world.database.unit_of_work() as uow:
        rows = repo.appraisal_rows(uow.session, current_only=True)[:size]
        assert len(rows) == size
        guard = AccessGuard(uow)
        with statements(world.database) as seen:
            summaries = with_turns(uow, guard, actor, rows)
        assert all(s.turn is not None for s in summaries)
        return len(seen)


def test_the_turns_of_5_and_of_50_appraisals_cost_the_same_statements(world: World):
    rate_all(world, target_id(world))  # one submitted: its reviewers are named too
    _more_cycles(world)
    for actor_of in (lambda w: w.admin, lambda w: w.head, lambda w: w.employee):
        assert _turn_statements(world, 5, actor_of) == _turn_statements(world, 50, actor_of)


def _score_statements(world: World, size: int, scored: int) -> int:
    """The statements the running scores of `size` listed appraisals cost, the appraisal
    `scored` (rated in full) among them."""
    with world.database.unit_of_work() as uow:
        rows = repo.appraisal_rows(uow.session, current_only=True)
        rows = sorted(rows, key=lambda r: r.record.id != scored)[:size]
        assert len(rows) == size
        guard = AccessGuard(uow)
        summaries = with_turns(uow, guard, world.admin, rows)
        with statements(world.database) as seen:
            summaries = with_running_scores(uow, guard, world.admin, rows, summaries)
        assert [s.id for s in summaries if s.provisional] == [scored]
        return len(seen)


def test_the_running_scores_of_5_and_of_50_appraisals_cost_the_same_statements(world: World):
    scored = target_id(world)
    rate_all(world, scored)
    _more_cycles(world)
    assert _score_statements(world, 5, scored) == _score_statements(world, 50, scored)


def test_listing_a_longer_list_costs_no_more_statements(world: World):
    appraisals = world.services.appraisals
    rate_all(world, target_id(world))  # scored: its running score is computed
    with statements(world.database) as short:
        eight = appraisals.list(world.admin, current_only=True)
    _more_cycles(world)
    with statements(world.database) as long:
        current = appraisals.list(world.admin, current_only=True)
    assert (len(eight), len(short)) == (8, len(long))
    assert len(current) >= 50
    assert [a.provisional for a in eight].count(True) == 1
