"""The guard at the service level: a supervisor is refused another team's staff."""

import pytest
from sqlalchemy import event, select

from kpm_desktop.domain.access import Actor, Permission, Role
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DepartmentRecord, StaffRecord


def _head_and_outsider(database: Database) -> tuple[int, int, int, str]:
    """A sales department head, one of their staff, and someone from another department."""
    with database.unit_of_work() as uow:
        session = uow.session
        head = session.scalar(
            select(DepartmentRecord.head_id).where(DepartmentRecord.code == "D02")
        )
        member = session.scalar(
            select(StaffRecord.id).where(StaffRecord.supervisor_id == head).limit(1)
        )
        outsider = session.execute(
            select(StaffRecord.id, StaffRecord.employee_no)
            .join(DepartmentRecord, StaffRecord.department_id == DepartmentRecord.id)
            .where(DepartmentRecord.code == "D03", StaffRecord.id != DepartmentRecord.head_id)
            .limit(1)
        ).one()
    assert head is not None and member is not None
    return head, member, outsider.id, outsider.employee_no


def test_a_supervisor_is_denied_another_teams_staff(demo_database: Database) -> None:
    head, member, outsider, outsider_no = _head_and_outsider(demo_database)
    boss = Actor(9, "sales1.head", "", Role.SUPERVISOR, head)
    with demo_database.unit_of_work() as uow:
        guard = AccessGuard(uow)
        guard.require(boss, Permission.SCORE_APPRAISAL, staff_id=member)
        with pytest.raises(PermissionDeniedError) as denied:
            guard.require(boss, Permission.SCORE_APPRAISAL, staff_id=outsider)
        reachable = guard.reachable_staff(boss, Permission.VIEW_STAFF)
    message = str(denied.value)
    assert "sales1.head" in message and "score_appraisal" in message and outsider_no in message
    assert reachable is not None and member in reachable and outsider not in reachable


def test_the_org_chart_is_read_once_per_unit_of_work(demo_database: Database) -> None:
    head, member, outsider, _ = _head_and_outsider(demo_database)
    boss = Actor(9, "boss", "", Role.SUPERVISOR, head)
    statements: list[str] = []
    with demo_database.unit_of_work() as uow:
        guard = AccessGuard(uow)

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(demo_database.engine, "before_cursor_execute", count)
        try:
            for _ in range(5):
                guard.allows(boss, Permission.VIEW_APPRAISAL, member)
                guard.allows(boss, Permission.VIEW_APPRAISAL, outsider)
        finally:
            event.remove(demo_database.engine, "before_cursor_execute", count)
    assert len(statements) == 1


def test_roles_without_team_scope_need_no_query(demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        guard = AccessGuard(uow)
        assert guard.allows(Actor(1, "hr", "", Role.HR_ADMIN), Permission.FINALIZE_APPRAISAL, 5)
        assert not guard.allows(Actor(2, "v", "", Role.VIEWER), Permission.SCORE_APPRAISAL, 5)
        assert guard.allows(Actor(3, "e", "", Role.EMPLOYEE, 5), Permission.ACKNOWLEDGE, 5)
        assert guard.reachable_staff(Actor(1, "hr", "", Role.HR_ADMIN), Permission.VIEW_CRM) is None
