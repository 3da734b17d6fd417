"""What the import's column lane needs of storage/bulk_upsert.py: rows inserted column by
column are the rows `write` inserts, dates written over a whole column as SQLAlchemy writes
them one by one, and the bulk page cache given back to the connection afterwards."""

from datetime import date, datetime

import pytest
from sqlalchemy import Date, select
from sqlalchemy.dialects import sqlite

from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.bulk_upsert import BulkUpserter, bulk_load_cache, column_processor
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord

COLUMNS = ("code", "name", "created_on", "churned_on", "phone")


def _stored(database: Database) -> list[tuple[object, ...]]:
    table = table_of(CustomerRecord)
    with database.unit_of_work() as uow:
        statement = select(*(table.c[name] for name in COLUMNS)).order_by(table.c.code)
        return [tuple(row) for row in uow.session.execute(statement)]


def test_rows_inserted_by_column_are_the_rows_write_inserts(database: Database, tmp_path) -> None:
    rows = [
        ("B1", "乙", date(2026, 7, 1), None, "13800000001"),
        ("B2", "乙二", date(1999, 12, 31), date(2026, 1, 2), ""),
    ]
    table = table_of(CustomerRecord)
    with database.unit_of_work() as uow:
        upserter = BulkUpserter(uow.session.connection(), table, COLUMNS, ["code"], COLUMNS[1:])
        assert upserter.table_was_empty()
        upserter.insert_columns([list(column) for column in zip(*rows, strict=True)])
        uow.commit()
    by_columns = _stored(database)
    with database.unit_of_work() as uow:
        connection = uow.session.connection()
        connection.execute(table.delete())
        BulkUpserter(connection, table, COLUMNS, ["code"], COLUMNS[1:]).write(rows, [])
        uow.commit()
    assert by_columns == _stored(database) == rows


def test_a_date_column_is_written_as_sqlalchemy_writes_each_date() -> None:
    dialect = sqlite.dialect()
    process = Date().dialect_impl(dialect).bind_processor(dialect)
    assert process is not None
    whole = column_processor(process)
    assert whole is not None
    days = [date(2026, 7, 1), date(9, 1, 2), datetime(2026, 7, 1, 23, 59), date(9999, 12, 31)]
    assert list(whole(days)) == [process(day) for day in days]
    assert list(whole([*days, None])) == [*(process(day) for day in days), None]
    with pytest.raises(TypeError):
        whole(["2026-07-01"])


@pytest.mark.sqlite_only
def test_the_bulk_page_cache_is_given_back(database: Database) -> None:
    with database.unit_of_work() as uow:
        connection = uow.session.connection()
        connection.exec_driver_sql("PRAGMA cache_size=-3000")
        with bulk_load_cache(connection, kib=8192):
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -8192
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -3000
