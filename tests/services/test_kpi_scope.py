"""KPIs per role (`KpiService.compute_for`): an employee their own row, a supervisor their
team's, HR and viewers everyone's; the figures are those `compute` gives everyone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kpm_desktop.domain.access import Role
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DepartmentRecord, StaffRecord
from tests.access_helpers import EMPLOYEE, HR_ADMIN, VIEWER, linked_actor

Q3 = "2026Q3"
KEYS = "revenue,win_rate,csat"


@pytest.fixture
def kpis(demo_database: Database) -> KpiService:
    return KpiService(demo_database)


def _department_staff(database: Database, code: str) -> list[str]:
    query = (
        select(StaffRecord.employee_no)
        .join(DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id)
        .where(DepartmentRecord.code == code)
        .order_by(StaffRecord.employee_no)
    )
    with database.unit_of_work() as uow:
        return list(uow.session.scalars(query))


def test_an_employee_sees_only_their_own_kpis(demo_database, kpis) -> None:
    clerk = linked_actor(demo_database, Role.EMPLOYEE, "E00007")
    [row] = kpis.compute_for(clerk, Q3, keys=KEYS).rows
    assert row.code == "E00007"
    assert row.values == kpis.compute(Q3, staff_nos=["E00007"], keys=KEYS).rows[0].values
    assert kpis.compute_for(clerk, Q3, keys=KEYS, staff_nos=["E00007"]).rows == (row,)
    with pytest.raises(PermissionDeniedError, match="may not view_crm on staff E00012"):
        kpis.compute_for(clerk, Q3, keys=KEYS, staff_nos=["E00012"])
    assert kpis.compute_for(clerk, Q3, keys=KEYS, level=ScopeLevel.DEPARTMENT).rows == ()
    with pytest.raises(PermissionDeniedError, match="may not view_crm on the company's KPIs"):
        kpis.compute_for(clerk, Q3, keys=KEYS, level=ScopeLevel.COMPANY)


def test_a_supervisor_sees_their_team_and_their_whole_department(demo_database, kpis) -> None:
    boss = linked_actor(demo_database, Role.SUPERVISOR, "E00002")  # heads 销售一部 (D02)
    team = _department_staff(demo_database, "D02")
    table = kpis.compute_for(boss, Q3, keys=KEYS)
    assert [row.code for row in table.rows] == team and "E00002" in team
    everyone = {row.code: row.values for row in kpis.compute(Q3, keys=KEYS).rows}
    assert all(row.values == everyone[row.code] for row in table.rows)
    assert kpis.compute_for(boss, Q3, keys=KEYS, department="D03").rows == ()
    with pytest.raises(PermissionDeniedError, match="may not view_crm on staff E00003"):
        kpis.compute_for(boss, Q3, keys=KEYS, staff_nos=["E00007", "E00003"])
    departments = kpis.compute_for(boss, Q3, keys=KEYS, level=ScopeLevel.DEPARTMENT).rows
    assert [row.code for row in departments] == ["D02"]
    with pytest.raises(PermissionDeniedError, match="company"):
        kpis.compute_for(boss, Q3, keys=KEYS, level=ScopeLevel.COMPANY)


def test_whoever_leads_the_whole_company_sees_it_all(demo_database, kpis) -> None:
    chief = linked_actor(demo_database, Role.SUPERVISOR, "E00001")  # every head reports to E00001
    for level in ScopeLevel:
        assert kpis.compute_for(chief, Q3, keys=KEYS, level=level) == kpis.compute(
            Q3, keys=KEYS, level=level
        )


@pytest.mark.parametrize("actor", [HR_ADMIN, VIEWER], ids=lambda a: a.role.value)
def test_hr_admins_and_viewers_see_everyone(kpis, actor) -> None:
    for level in ScopeLevel:
        assert kpis.compute_for(actor, Q3, keys=KEYS, level=level, compare=True) == (
            kpis.compute(Q3, keys=KEYS, level=level, compare=True)
        )
    assert len(kpis.compute_for(actor, Q3, keys=KEYS).rows) == 30
    assert kpis.can_view(actor)


def test_an_account_linked_to_nobody_sees_no_kpis(kpis) -> None:
    assert not kpis.can_view(EMPLOYEE)
    assert kpis.compute_for(EMPLOYEE, Q3, keys=KEYS).rows == ()


def test_the_department_choice_lists_the_departments_a_user_reaches(demo_database, kpis) -> None:
    every = kpis.departments()
    assert kpis.departments_for(HR_ADMIN) == every and len(every) > 2
    clerk = linked_actor(demo_database, Role.EMPLOYEE, "E00007")
    boss = linked_actor(demo_database, Role.SUPERVISOR, "E00002")  # heads 销售一部 (D02)
    assert [code for code, _ in kpis.departments_for(clerk)] == ["D02"]
    assert [code for code, _ in kpis.departments_for(boss)] == ["D02"]
