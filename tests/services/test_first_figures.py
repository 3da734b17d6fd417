"""Start-up's first figures (services/kpis/first_figures.py), read with sqlite3 before
SQLAlchemy is imported, equal what the dashboard service shows, for every reach: the HR
admin, a viewer, supervisors and an employee; and they wait for the service otherwise."""

import threading
from pathlib import Path

import pytest

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.domain.period import Period
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.kpis.dashboard_scope import Reach
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.first_figures import FirstFigures
from kpm_desktop.storage.early_reads import EarlyReads
from tests.appraisal_world import World

pytestmark = pytest.mark.sqlite_only  # the early reads are of SQLite files

Q3 = Period.parse("2026Q3")


def _path(world: World) -> Path:
    assert world.database.file_path is not None
    return world.database.file_path


def _actors(world: World) -> list[Actor]:
    return [world.admin, world.viewer, world.head, world.other_supervisor, world.employee]


def _queries(service: DashboardService, actor: Actor) -> list[DashboardQuery]:
    """The page's first query (the company, else the first department) and each department
    and person the actor may look at."""
    choices = service.choices(actor)
    queries = [DashboardQuery(Q3)] if choices.company else []
    for department in choices.departments:
        if department.whole:
            queries.append(DashboardQuery(Q3, department=department.code))
        for staff_no, _name in service.staff(actor, department.code)[:3]:
            queries.append(DashboardQuery(Q3, staff_no=staff_no))
    return queries


def test_the_first_figures_equal_the_services_for_every_reach(
    empty_cycle_world: World,
) -> None:
    world = empty_cycle_world
    service = world.services.dashboard
    assert FirstFigures.read(_path(world), world.admin).kept_figures(DashboardQuery(Q3)) is None
    for actor in _actors(world):
        first = FirstFigures.read(_path(world), actor)
        assert first.choices(actor) == service.choices(actor)
        for department in service.choices(actor).departments:
            assert first.staff(actor, department.code) == service.staff(actor, department.code)
        queries = _queries(service, actor)
        assert queries, actor
        for query in queries:
            shown = service.figures(actor, query)
            assert first.kept_figures(query) == shown
            assert first.figures(actor, query) == shown


def test_the_early_reach_is_the_access_guards(empty_cycle_world: World) -> None:
    world = empty_cycle_world
    with EarlyReads.of(_path(world)) as reads:
        chart = reads.org_chart()
    with world.database.unit_of_work() as uow:
        guard = AccessGuard(uow)
        for actor in _actors(world):
            reach = Reach.of(actor, chart)
            assert reach.crm == guard.reachable_staff(actor, Permission.VIEW_CRM)
            assert reach.appraisals == guard.reachable_staff(actor, Permission.VIEW_APPRAISAL)
    assert Reach.of(world.other_supervisor, chart).crm  # a team, not everyone, not nobody


def test_a_narrow_reach_is_refused_the_same(empty_cycle_world: World) -> None:
    world = empty_cycle_world
    boss = world.other_supervisor  # head of 销售一部 (D02) only
    first = FirstFigures.read(_path(world), boss)
    assert not first.choices(boss).company
    for query in (DashboardQuery(Q3), DashboardQuery(Q3, department="D01")):
        with pytest.raises(PermissionDeniedError) as by_service:
            world.services.dashboard.figures(boss, query)
        with pytest.raises(PermissionDeniedError) as early:
            first.kept_figures(query)
        assert early.value.params == by_service.value.params


def test_stale_figures_wait_for_the_service(empty_cycle_world: World) -> None:
    world = empty_cycle_world
    service = world.services.dashboard
    query = DashboardQuery(Q3)
    service.figures(world.admin, query)
    world.services.office_zone.set_zone(world.admin, "UTC")  # a KPI source: a new version
    first = FirstFigures.read(_path(world), world.admin)
    assert first.kept_figures(query) is None
    answers: list[object] = []
    waiting = threading.Thread(target=lambda: answers.append(first.figures(world.admin, query)))
    waiting.start()
    first.attach(service)
    waiting.join()
    assert answers == [service.figures(world.admin, query)]


def test_a_failed_sign_in_fails_what_waits(empty_cycle_world: World) -> None:
    world = empty_cycle_world
    first = FirstFigures.read(_path(world), world.admin)
    first.fail(RuntimeError("not signed in"))
    with pytest.raises(RuntimeError, match="not signed in"):
        first.load(world.admin, DashboardQuery(Q3))
    with pytest.raises(RuntimeError, match="not signed in"):
        first.figures(world.admin, DashboardQuery(Q3))  # nothing kept: it would wait
