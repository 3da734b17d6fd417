"""The data version is bumped by the storage layer itself: once per committed transaction
that wrote a KPI source, through the ORM or Core, and never for a rollback or for a write
to another table (storage/data_version.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, update

from kpm_desktop.storage.data_version import KPI_SOURCE_TABLES, read_data_version
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    AppraisalRecord,
    AuditEntryRecord,
    DepartmentRecord,
    KpiCacheRecord,
)


def _version(database: Database) -> int:
    with database.engine.connect() as connection:
        return read_data_version(connection)


def test_a_committed_orm_write_bumps_once_however_many_flushes(database: Database) -> None:
    before = _version(database)
    with database.unit_of_work() as uow:
        uow.session.add(DepartmentRecord(code="D91", name="甲部"))
        uow.flush()
        uow.session.add(DepartmentRecord(code="D92", name="乙部"))
        uow.flush()
        assert _version(database) == before  # not before the commit, not seen outside
        uow.commit()
    assert _version(database) == before + 1


def test_a_rolled_back_write_does_not_bump(database: Database) -> None:
    before = _version(database)
    with database.unit_of_work() as uow:
        uow.session.add(DepartmentRecord(code="D93", name="丙部"))
        uow.flush()
        uow.rollback()
    with database.unit_of_work() as uow:
        uow.session.add(DepartmentRecord(code="D94", name="丁部"))
        uow.flush()  # left without a commit: rolled back on exit
    assert _version(database) == before


def test_a_core_write_bumps_as_its_transaction_commits(database: Database) -> None:
    before = _version(database)
    with database.transaction() as connection:
        connection.execute(insert(DepartmentRecord), [{"code": "D95", "name": "戊部"}])
        connection.execute(update(DepartmentRecord).values(name=DepartmentRecord.name + "2"))
    assert _version(database) == before + 1


def test_writes_to_other_tables_keep_the_version(database: Database) -> None:
    before = _version(database)
    with database.transaction() as connection:
        connection.execute(
            insert(KpiCacheRecord),
            [{"period": "2026Q3", "level": "company", "office_zone": "UTC", "kpi_key": "x",
              "data_version": before, "body": "[]", "computed_at": datetime(2026, 9, 30)}],
        )  # fmt: skip
    assert _version(database) == before


def test_kpi_sources_are_what_kpis_read_and_nothing_of_appraisals_or_the_audit() -> None:
    assert {"departments", "staff", "customers", "deals", "activities", "service_tickets",
            "targets", "marketing_spend", "marketing_sources"} <= KPI_SOURCE_TABLES  # fmt: skip
    for record in (AppraisalRecord, AuditEntryRecord, KpiCacheRecord):
        assert record.__tablename__ not in KPI_SOURCE_TABLES
