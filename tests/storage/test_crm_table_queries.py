"""The lookups behind the CRM table forms: references by business key, uniqueness, the
reference chain, and a refused commit."""

from __future__ import annotations

import pytest

from kpm_desktop.domain.crm_tables import STAFF
from kpm_desktop.storage.crm_table_queries import (
    RefusedByDatabase,
    commit_or_refuse,
    like_pattern,
    reference_id,
    reference_key,
)
from kpm_desktop.storage.crm_table_sources import StaffQueries
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DepartmentRecord, StaffRecord


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
