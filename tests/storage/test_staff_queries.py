"""Staff facts read for other features: labels, a sheet's signatories (one or many at once),
demo account holders."""

from __future__ import annotations

from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.sessions import Session
from kpm_desktop.storage.staff_queries import (
    Signatories,
    count_staff,
    head_and_first_member,
    signatories,
    signatories_of,
    staff_labels,
)


def _department(
    session: Session, code: str, parent: DepartmentRecord | None = None
) -> DepartmentRecord:
    department = DepartmentRecord(code=code, name=f"部门{code}", parent_id=parent and parent.id)
    session.add(department)
    session.flush()
    return department


def _staff(
    session: Session,
    number: str,
    name: str,
    department: DepartmentRecord,
    supervisor: StaffRecord | None = None,
    *,
    active: bool = True,
) -> StaffRecord:
    staff = StaffRecord(
        employee_no=number,
        name=name,
        department_id=department.id,
        position="销售代表",
        supervisor_id=supervisor and supervisor.id,
        active=active,
    )
    session.add(staff)
    session.flush()
    return staff


def _org(session: Session) -> dict[str, StaffRecord]:
    """D01 (head 董敏) above D02 (head 王伟); 王伟 supervises 李娜 (inactive) and 张强."""
    top = _department(session, "D01")
    sales = _department(session, "D02", top)
    boss = _staff(session, "E001", "董敏", top)
    head = _staff(session, "E002", "王伟", sales, boss)
    left = _staff(session, "E003", "李娜", sales, head, active=False)
    member = _staff(session, "E004", "张强", sales, head)
    top.head_id, sales.head_id = boss.id, head.id
    session.flush()
    return {"boss": boss, "head": head, "left": left, "member": member}


def test_the_department_head_signs_unless_staff_or_superior_then_the_parents_does(
    database: Database,
) -> None:
    """One person never fills two boxes: 王伟 is 张强's superior and D02's head, so D01's
    head signs as 部门负责人; above 王伟 only his own superior 董敏 heads: blank."""
    with database.unit_of_work() as uow:
        _org(uow.session)
        assert signatories(uow.session, "E004") == Signatories("销售代表", "王伟", "董敏")
        assert signatories(uow.session, "E002") == Signatories("销售代表", "董敏", "")
        assert signatories(uow.session, "E001") == Signatories("销售代表", "", "")
        assert signatories(uow.session, "E999") is None


def test_a_loop_of_parent_departments_without_heads_ends_with_no_head(database: Database) -> None:
    with database.unit_of_work() as uow:
        first = _department(uow.session, "D01")
        second = _department(uow.session, "D02", first)
        first.parent_id = second.id
        uow.session.flush()
        _staff(uow.session, "E001", "董敏", first)
        assert signatories(uow.session, "E001") == Signatories("销售代表", "", "")


def test_signatories_read_at_once_are_each_read_alone(database: Database) -> None:
    numbers = ["E001", "E002", "E003", "E004", "E999"]
    with database.unit_of_work() as uow:
        _org(uow.session)
        loop = _department(uow.session, "D03")
        inner = _department(uow.session, "D04", loop)
        loop.parent_id = inner.id
        uow.session.flush()
        _staff(uow.session, "E005", "孙丽", inner)  # a loop of departments without heads
        together = signatories_of(uow.session, [*numbers, "E005"])
        alone = {n: signatories(uow.session, n) for n in [*numbers, "E005"]}
    assert together == {n: found for n, found in alone.items() if found is not None}
    assert "E999" not in together and together["E004"] == Signatories("销售代表", "王伟", "董敏")


def test_labels_counts_and_the_demo_account_holders(database: Database) -> None:
    with database.unit_of_work() as uow:
        staff = _org(uow.session)
        ids = {staff["boss"].id, staff["member"].id, 10_000}
        assert staff_labels(uow.session, ids) == {
            staff["boss"].id: "E001 董敏",
            staff["member"].id: "E004 张强",
        }
        assert staff_labels(uow.session, set()) == {}
        assert count_staff(uow.session) == 4
        # the first active member the head supervises: 李娜 has left
        assert head_and_first_member(uow.session, "D02") == ("E002", "E004")
        assert head_and_first_member(uow.session, "D09") == (None, None)
