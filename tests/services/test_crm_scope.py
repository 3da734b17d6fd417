"""The CRM tables per role: each reads the rows it reaches and only HR admins change them.

In the demo company E00002 heads 销售一部 (D02, seven staff with E00002) and E00007 is one
of its sales representatives; customers and deals belong to their owner, tickets to the
staff member who handled them, a staff row to that staff member.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Table, select

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.services.crm_tables.table_browser import TableBrowser, build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers, SortKey
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    ServiceTicketRecord,
    StaffRecord,
)
from tests.access_helpers import EMPLOYEE, HR_ADMIN, VIEWER, linked_actor

# table name -> (record table, its column naming the staff member a row belongs to)
OWNERS = {
    "staff": (StaffRecord, "id"),
    "customers": (CustomerRecord, "owner_id"),
    "deals": (DealRecord, "owner_id"),
    "tickets": (ServiceTicketRecord, "staff_id"),
}
TABLES = pytest.mark.parametrize("name", list(OWNERS))


@pytest.fixture
def tables(demo_database: Database) -> CrmTableBrowsers:
    return build_table_browsers(demo_database)


def _staff_ids(database: Database, *, department: str | None = None, no: str | None = None):
    query = select(StaffRecord.id).join(
        DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id
    )
    if department is not None:
        query = query.where(DepartmentRecord.code == department)
    if no is not None:
        query = query.where(StaffRecord.employee_no == no)
    with database.unit_of_work() as uow:
        return set(uow.session.scalars(query))


def _ids_owned_by(database: Database, name: str, owners: set[int] | None) -> set[int]:
    record, owner_key = OWNERS[name]
    table: Table = table_of(record)
    owner: Column[int] = table.c[owner_key]
    query = select(table.c.id) if owners is None else select(table.c.id).where(owner.in_(owners))
    with database.unit_of_work() as uow:
        return set(uow.session.scalars(query))


def _ids_shown(browser: TableBrowser, actor: Actor) -> list[int]:
    total = browser.count(actor)
    rows = browser.page(actor, 0, total + 10).rows
    assert len(rows) == total
    return [int(row[0]) for row in rows]  # type: ignore[call-overload]


def _deal_of_another_team(database: Database, tables: CrmTableBrowsers) -> tuple[int, str]:
    """A deal of E00003 (head of 销售二部): its id and code."""
    deal_id = min(_ids_owned_by(database, "deals", _staff_ids(database, no="E00003")))
    return deal_id, tables.deals.form_values(HR_ADMIN, deal_id)["code"]


def _actors(database: Database) -> dict[str, Actor]:
    return {
        "employee": linked_actor(database, Role.EMPLOYEE, "E00007"),
        "supervisor": linked_actor(database, Role.SUPERVISOR, "E00002"),
        "hr_admin": HR_ADMIN,
        "viewer": VIEWER,
    }


@TABLES
@pytest.mark.parametrize("role", ["employee", "supervisor", "hr_admin", "viewer"])
def test_each_role_reads_the_rows_it_reaches(demo_database, tables, name, role) -> None:
    actor = _actors(demo_database)[role]
    owners = {
        "employee": _staff_ids(demo_database, no="E00007"),
        "supervisor": _staff_ids(demo_database, department="D02"),
        "hr_admin": None,
        "viewer": None,
    }[role]
    expected = _ids_owned_by(demo_database, name, owners)
    browser = getattr(tables, name)
    assert set(_ids_shown(browser, actor)) == expected
    assert browser.can_view(actor)
    if name in ("customers", "deals") and role != "employee":
        assert len(expected) > 100  # the team's and everyone's rows are many


@TABLES
def test_pages_from_either_end_agree_within_a_team(demo_database, tables, name) -> None:
    head = "E00005" if name == "tickets" else "E00002"  # 客服部 handles the tickets
    boss = linked_actor(demo_database, Role.SUPERVISOR, head)
    browser = getattr(tables, name)
    sort = SortKey(browser.columns[1].key, descending=True)
    total = browser.count(boss)
    assert total > 3
    whole = browser.page(boss, 0, total + 10, sort).rows
    tail = browser.page(boss, total - 3, 50, sort, total=total).rows
    assert tail == whole[-3:] and len(whole) == total


def test_search_stays_within_the_reach(demo_database, tables) -> None:
    clerk = linked_actor(demo_database, Role.EMPLOYEE, "E00007")
    _, code = _deal_of_another_team(demo_database, tables)
    assert tables.deals.count(HR_ADMIN, code) == 1
    assert tables.deals.count(clerk, code) == 0
    own = tables.deals.page(clerk, 0, 1).rows[0]
    assert tables.deals.count(clerk, str(own[1])) == 1


def test_filter_values_and_filters_stay_within_the_reach(demo_database, tables) -> None:
    clerk = linked_actor(demo_database, Role.EMPLOYEE, "E00007")
    own_name = tables.staff.page(clerk, 0, 1).rows[0][2]
    assert tables.customers.filter_values(clerk, "owner_no") == [own_name]
    everyone = tables.customers.filter_values(HR_ADMIN, "owner_no")
    other = next(name for name in everyone if name != own_name)
    assert tables.customers.count(HR_ADMIN, filters={"owner_no": other}) > 0
    assert tables.customers.count(clerk, filters={"owner_no": other}) == 0


@pytest.mark.parametrize("reader", ["details", "form_values"])
def test_reading_someone_elses_row_is_refused(demo_database, tables, reader) -> None:
    clerk = linked_actor(demo_database, Role.EMPLOYEE, "E00007")
    outsider_deal, code = _deal_of_another_team(demo_database, tables)
    with pytest.raises(PermissionDeniedError) as refused:
        getattr(tables.deals, reader)(clerk, outsider_deal)
    assert str(refused.value) == (
        f"User employee.E00007 with role employee may not view_crm on deal {code}"
    )
    own_deal = _ids_shown(tables.deals, clerk)[0]
    assert getattr(tables.deals, reader)(clerk, own_deal)


def test_a_customer_without_owner_is_seen_by_those_who_see_everyone(demo_database, tables):
    new_id = tables.customers.add(
        HR_ADMIN, {"code": "C9000001", "name": "无负责人客户", "created_on": "2026-09-01"}
    )
    boss = linked_actor(demo_database, Role.SUPERVISOR, "E00002")
    assert new_id in _ids_shown(tables.customers, VIEWER)
    assert new_id not in _ids_shown(tables.customers, boss)
    with pytest.raises(PermissionDeniedError, match="may not view_crm on customer C9000001"):
        tables.customers.details(boss, new_id)


@pytest.mark.parametrize("role", ["employee", "supervisor", "viewer"])
def test_only_hr_admins_change_crm_rows(demo_database, tables, role) -> None:
    actor = _actors(demo_database)[role]
    deal_id = _ids_shown(tables.deals, _actors(demo_database)["employee"])[0]
    form = tables.deals.form_values(HR_ADMIN, deal_id)
    before = tables.deals.count(HR_ADMIN)
    refused = f"User {actor.username} with role {role} may not edit_crm on"
    with pytest.raises(PermissionDeniedError, match=f"{refused} deal {form['code']}"):
        tables.deals.update(actor, deal_id, {**form, "amount": "1.00"})
    with pytest.raises(PermissionDeniedError, match=f"{refused} deal {form['code']}"):
        tables.deals.delete(actor, deal_id)
    with pytest.raises(PermissionDeniedError, match=f"{refused} a new deal"):
        tables.deals.add(actor, {**form, "code": "D9999999", "amount": "oops"})
    assert tables.deals.form_values(HR_ADMIN, deal_id) == form
    assert tables.deals.count(HR_ADMIN) == before
    assert not tables.deals.can_edit(actor) and tables.deals.can_edit(HR_ADMIN)


def test_an_account_linked_to_nobody_gets_no_crm_tables(tables) -> None:
    for name in OWNERS:
        browser = getattr(tables, name)
        assert not browser.can_view(EMPLOYEE)  # an employee account without a staff link
        assert browser.count(EMPLOYEE) == 0
        assert browser.can_view(VIEWER)
