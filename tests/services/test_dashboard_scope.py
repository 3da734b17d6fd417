"""What the dashboard service returns to each role, and the grade distribution under the
department and staff filters, over appraisals finished through the services."""

from __future__ import annotations

import pytest

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.period import Period
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PASSWORD, PERIOD, World
from tests.finished_cycle import finish_sales

Q3 = Period.parse(PERIOD)


@pytest.fixture
def service(world: World) -> DashboardService:
    kpis = KpiService(world.database)
    return DashboardService(world.database, kpis)


def _d02(service: DashboardService, world: World) -> list[str]:
    return [no for no, _name in service.staff(world.admin, "D02")]


def _employee(world: World, staff_no: str) -> Actor:
    return world.services.auth.create_user(
        world.admin, f"user.{staff_no}", PASSWORD, Role.EMPLOYEE, staff_no=staff_no
    )


def test_hr_admin_and_viewer_see_the_whole_company(world: World, service: DashboardService):
    for actor in (world.admin, world.viewer):
        choices = service.choices(actor)
        assert choices.company and len(choices.departments) == 6
        assert all(d.whole for d in choices.departments)
        data = service.load(actor, DashboardQuery(Q3))
        assert data.scope_name == "" and len(data.comparison) == 6
        assert len(service.staff(actor, "D05")) > 1


def test_a_supervisor_sees_their_team_only(world: World, service: DashboardService):
    boss = world.other_supervisor  # E00002, head of 销售一部 (D02)
    choices = service.choices(boss)
    assert not choices.company
    assert [(d.code, d.whole) for d in choices.departments] == [("D02", True)]
    assert [no for no, _ in service.staff(boss, "D02")] == _d02(service, world)
    team = service.load(boss, DashboardQuery(Q3, department="D02"))
    assert team.scope_name == "销售一部" and team.comparison_level is ScopeLevel.STAFF
    assert sorted(row.code for row in team.comparison) == _d02(service, world)
    member = _d02(service, world)[3]
    assert service.load(boss, DashboardQuery(Q3, staff_no=member)).scope_name != "销售一部"
    for query in (
        DashboardQuery(Q3),
        DashboardQuery(Q3, department="D03"),
        DashboardQuery(Q3, staff_no="E00013"),
    ):
        with pytest.raises(PermissionDeniedError):
            service.load(boss, query)
    assert service.staff(boss, "D03") == []
    plan = service.warm_up_plan(boss, DashboardQuery(Q3, department="D02"))
    assert {step.level for step in plan} == {ScopeLevel.DEPARTMENT, ScopeLevel.STAFF}


def test_an_employee_sees_only_themself(world: World, service: DashboardService):
    clerk = world.employee  # E00013 任倩, 营销管理部 (D01)
    choices = service.choices(clerk)
    assert not choices.company
    assert [(d.code, d.whole) for d in choices.departments] == [("D01", False)]
    assert service.staff(clerk, "D01") == [("E00013", "任倩")]
    data = service.load(clerk, DashboardQuery(Q3, department="D01", staff_no="E00013"))
    assert data.scope_name == "任倩"
    own = service.figures(clerk, DashboardQuery(Q3, department="D01", staff_no="E00013"))
    assert own.scope_name == "任倩" and own.values == tuple(data.trend[Q3].values())
    assert [row.code for row in data.comparison] == ["E00013"]  # no colleague's figures
    for query in (
        DashboardQuery(Q3),
        DashboardQuery(Q3, department="D01"),
        DashboardQuery(Q3, staff_no="E00001"),
    ):
        with pytest.raises(PermissionDeniedError, match="may not view_crm"):
            service.load(clerk, query)
        with pytest.raises(PermissionDeniedError, match="may not view_crm"):
            service.figures(clerk, query)
    with pytest.raises(PermissionDeniedError):
        service.staff_chart_page(clerk, "E00001", Q3)
    assert service.staff_chart_page(clerk, "E00013", Q3).staff_name == "任倩"
    plan = service.warm_up_plan(clerk, DashboardQuery(Q3, staff_no="E00013"))
    assert {step.level for step in plan} == {ScopeLevel.STAFF}


def test_an_account_without_staff_sees_nothing(world: World, service: DashboardService):
    loner = world.services.auth.create_user(world.admin, "loner", PASSWORD, Role.EMPLOYEE)
    assert service.choices(loner).empty
    with pytest.raises(PermissionDeniedError):
        service.load(loner, DashboardQuery(Q3))


def test_grades_follow_the_department_and_staff_filters(world: World, service: DashboardService):
    rate_all(world, target_id(world))
    finalize(world, target_id(world))  # E00013, 营销管理部
    first, second = _d02(service, world)[1:3]
    finish_sales(world, first, "优", "95", "120000")  # 97 优秀
    finish_sales(world, second, "中", "70", "50000")  # 62 合格
    admin = world.admin

    def graded(query: DashboardQuery, actor: Actor = admin) -> tuple[str, list[str]]:
        data = service.load(actor, query)
        assert data.grades is not None
        return data.grade_group, [r.staff_no for r in data.grades.results]

    assert graded(DashboardQuery(Q3)) == ("", sorted(["E00013", first, second]))
    assert graded(DashboardQuery(Q3, department="D02")) == ("销售一部", [first, second])
    assert graded(DashboardQuery(Q3, department="D01")) == ("营销管理部", ["E00013"])
    # A person's grades are those of the group their quota is counted in: their department.
    assert graded(DashboardQuery(Q3, staff_no=second)) == ("销售一部", [first, second])
    assert graded(DashboardQuery(Q3, department="D03")) == ("销售二部", [])

    own = _employee(world, second)
    assert graded(DashboardQuery(Q3, department="D02", staff_no=second), own) == (
        "销售一部",
        [second],  # not the colleague's grade
    )
    profile = service.load(own, DashboardQuery(Q3, department="D02", staff_no=second)).profile
    assert profile is not None and profile.person.staff_no == second
    # The department average is over both finished appraisals, as on the printed chart page.
    assert profile.department_averages["S1"].count == 2
    page = service.staff_chart_page(own, second, Q3)
    assert page.profile is not None
    assert page.profile.axes[0].department_count == 2
