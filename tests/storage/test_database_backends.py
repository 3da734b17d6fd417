"""The suite runs on the backend it was asked for, and demo data leaves ids usable there."""

from sqlalchemy import func, select

from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DepartmentRecord, StaffRecord
from tests.database_targets import postgres_test_url


def test_the_database_fixture_uses_the_requested_backend(database: Database) -> None:
    expected = "sqlite" if postgres_test_url() is None else "postgresql"
    assert database.engine.dialect.name == expected


def test_rows_added_after_demo_data_get_new_ids(demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        highest = uow.session.scalar(select(func.max(StaffRecord.id)))
        department = uow.session.scalars(select(DepartmentRecord).limit(1)).one()
        newcomer = StaffRecord(employee_no="E99999", name="新员工", department_id=department.id)
        uow.session.add(newcomer)
        uow.commit()
    assert highest is not None and newcomer.id == highest + 1
