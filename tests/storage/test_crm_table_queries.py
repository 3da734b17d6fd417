"""The lookups behind the CRM table forms: references by business key, uniqueness, the
reference chain, and a refused commit."""

from __future__ import annotations

from datetime import date

import pytest

from kpm_desktop.domain.crm_tables import CUSTOMERS, DEALS, STAFF, TICKETS
from kpm_desktop.storage.crm_search_schema import SEARCHED_COLUMNS, search_table
from kpm_desktop.storage.crm_table_queries import (
    RefusedByDatabase,
    commit_or_refuse,
    reference_id,
    reference_key,
)
from kpm_desktop.storage.crm_table_search import like_pattern
from kpm_desktop.storage.crm_table_sources import (
    CustomerQueries,
    DealQueries,
    StaffQueries,
    TicketQueries,
)
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord, DepartmentRecord, StaffRecord


def test_like_patterns_take_the_users_wildcards_literally() -> None:
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"


def test_references_resolve_by_business_key_and_a_department_also_by_name(
    database: Database,
) -> None:
    with database.unit_of_work() as uow:
        department = DepartmentRecord(code="D01", name="销售一部")
        uow.session.add(department)
        uow.session.flush()
        assert reference_id(uow.session, "departments", "D01") == department.id
        assert reference_id(uow.session, "departments", "销售一部") == department.id
        assert reference_id(uow.session, "departments", "D09") is None
        assert reference_key(uow.session, "departments", department.id) == "D01"
        assert reference_key(uow.session, "departments", department.id + 1) is None


def test_uniqueness_and_the_supervisor_chain(database: Database) -> None:
    queries = StaffQueries(STAFF)
    with database.unit_of_work() as uow:
        department = DepartmentRecord(code="D01", name="销售一部")
        uow.session.add(department)
        uow.session.flush()
        boss = queries.add(
            uow.session, {"employee_no": "E001", "name": "董敏", "department_id": department.id}
        )
        uow.session.flush()
        member = queries.add(
            uow.session,
            {
                "employee_no": "E002",
                "name": "王伟",
                "department_id": department.id,
                "supervisor_id": boss.id,
            },
        )
        uow.session.flush()
        assert queries.other_with(uow.session, "employee_no", "E001", None) == boss.id
        assert queries.other_with(uow.session, "employee_no", "E001", boss.id) is None
        assert queries.key_and_parent(uow.session, member.id, "supervisor_id") == ("E002", boss.id)
        assert queries.key_and_parent(uow.session, boss.id, "supervisor_id") == ("E001", None)
        assert queries.title_of(uow.session, member.id) == "E002 王伟"
        assert queries.dependent_counts(uow.session, boss.id)["supervised"] == 1


def test_a_commit_a_constraint_refuses_says_why(database: Database) -> None:
    with database.unit_of_work() as uow:
        department = DepartmentRecord(code="D01", name="销售一部")
        uow.session.add(department)
        uow.session.flush()
        uow.session.add_all(
            StaffRecord(employee_no="E001", name=name, department_id=department.id)
            for name in ("董敏", "王伟")
        )
        with pytest.raises(RefusedByDatabase) as refused:
            commit_or_refuse(uow.session)
        assert refused.value.reason


def _small_company(session) -> tuple[int, int]:
    """Two departments, three staff, three customers in two regions; ids of 董敏 and 王伟."""
    first, second = (
        DepartmentRecord(code="D01", name="销售一部"),
        DepartmentRecord(code="D02", name="客服部"),
    )
    session.add_all([first, second])
    session.flush()
    boss = StaffRecord(employee_no="E001", name="董敏", department_id=first.id)
    session.add(boss)
    session.flush()
    clerk = StaffRecord(
        employee_no="E002", name="王伟", department_id=first.id, supervisor_id=boss.id
    )
    session.add_all([clerk, StaffRecord(employee_no="E003", name="李娜", department_id=second.id)])
    session.flush()
    customers = [
        ("C001", "上海云帆科技", "华东", "展会", boss.id),
        ("C002", "杭州西湖贸易", "华东", "转介绍", clerk.id),
        ("C003", "广州南方物流", "华南", "展会", clerk.id),
    ]
    session.add_all(
        CustomerRecord(
            code=code,
            name=name,
            region=region,
            source=source,
            owner_id=owner,
            created_on=date(2026, 1, 5),
        )
        for code, name, region, source, owner in customers
    )
    session.flush()
    return boss.id, clerk.id


def _codes(queries, session, search="", filters=None, reach=None) -> list[str]:
    rows = queries.page(
        session,
        offset=0,
        limit=50,
        sort=None,
        search=search,
        reach=reach,
        total=None,
        filters=filters,
    )
    assert queries.count(session, search, reach, filters) == len(rows)
    return [row[1] for row in rows]


def test_search_reads_joined_department_supervisor_and_owner_names(database: Database) -> None:
    staff, customers = StaffQueries(STAFF), CustomerQueries(CUSTOMERS)
    with database.unit_of_work() as uow:
        _small_company(uow.session)
        assert _codes(staff, uow.session, "销售一部") == ["E001", "E002"]
        assert _codes(staff, uow.session, "董敏") == ["E001", "E002"]  # and as supervisor
        assert _codes(customers, uow.session, "华东") == ["C001", "C002"]
        assert _codes(customers, uow.session, "王伟") == ["C002", "C003"]
        assert _codes(customers, uow.session, "转介绍") == ["C002"]


def test_filters_combine_with_search_and_reach(database: Database) -> None:
    customers = CustomerQueries(CUSTOMERS)
    with database.unit_of_work() as uow:
        _boss, clerk = _small_company(uow.session)
        session = uow.session
        assert _codes(customers, session, filters={"region": "华东"}) == ["C001", "C002"]
        assert _codes(customers, session, filters={"owner_no": "王伟"}) == ["C002", "C003"]
        both = {"region": "华东", "source": "展会"}
        assert _codes(customers, session, filters=both) == ["C001"]
        assert _codes(customers, session, "广州", {"source": "展会"}) == ["C003"]
        assert _codes(customers, session, "上海", {"owner_no": "王伟"}) == []
        assert _codes(customers, session, filters={"source": "展会"}, reach={clerk}) == ["C003"]


def test_distinct_values_are_scoped(database: Database) -> None:
    customers, staff = CustomerQueries(CUSTOMERS), StaffQueries(STAFF)
    with database.unit_of_work() as uow:
        boss, _clerk = _small_company(uow.session)
        session = uow.session
        assert sorted(customers.distinct_values(session, "region", None)) == sorted(
            ["华东", "华南"]
        )
        assert customers.distinct_values(session, "source", {boss}) == ["展会"]
        assert sorted(customers.distinct_values(session, "owner_no", None)) == sorted(
            ["王伟", "董敏"]
        )
        assert sorted(staff.distinct_values(session, "department_code", None)) == sorted(
            ["客服部", "销售一部"]
        )
        assert staff.distinct_values(session, "supervisor_no", None) == ["董敏"]


def test_the_search_index_holds_the_columns_search_reads() -> None:
    for queries in (CustomerQueries(CUSTOMERS), DealQueries(DEALS), TicketQueries(TICKETS)):
        table = queries.record.__tablename__
        assert SEARCHED_COLUMNS[table] == queries.searched_columns()


@pytest.mark.sqlite_only
def test_the_sqlite_search_tables_have_those_columns(database: Database) -> None:
    with database.engine.connect() as connection:
        for table, columns in SEARCHED_COLUMNS.items():
            found = connection.exec_driver_sql(f"PRAGMA table_info({search_table(table)})")
            assert tuple(row[1] for row in found) == columns
