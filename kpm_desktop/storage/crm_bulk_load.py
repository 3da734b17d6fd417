"""Writing generated CRM data in bulk through SQLAlchemy Core: rows as plain dicts inserted
in chunks (a million customers take seconds, not the minutes ORM objects would), and
clearing the CRM tables before a load replaces them. Never commits."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, text

from kpm_desktop.storage.base import Base, table_of
from kpm_desktop.storage.records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    MarketingSpendRecord,
    ServiceTicketRecord,
    StaffRecord,
    TargetRecord,
)

_TABLES_IN_DELETE_ORDER: tuple[Table, ...] = tuple(
    table_of(record)
    for record in (
        TargetRecord,
        MarketingSpendRecord,
        ActivityRecord,
        ServiceTicketRecord,
        DealRecord,
        CustomerRecord,
    )
)


def insert_rows(
    connection: Connection, record: type[Base], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert `rows` (column -> value, ids included) in one statement."""
    connection.execute(insert(table_of(record)), rows)


def insert_in_chunks(
    connection: Connection,
    record: type[Base],
    rows: Iterable[Mapping[str, Any]],
    chunk_size: int,
    done: Callable[[int], None] | None = None,
) -> int:
    """Insert `rows` `chunk_size` at a time, calling `done` with the count so far after
    each full chunk; returns how many rows were inserted."""
    table = table_of(record)
    count = 0
    chunk: list[Mapping[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == chunk_size:
            connection.execute(insert(table), chunk)
            count += len(chunk)
            chunk = []
            if done:
                done(count)
    if chunk:
        connection.execute(insert(table), chunk)
        count += len(chunk)
    return count


def set_department_heads(connection: Connection, heads: Mapping[str, int]) -> None:
    """department code -> the staff id heading it."""
    departments = table_of(DepartmentRecord)
    for code, head_id in heads.items():
        connection.execute(
            departments.update().where(departments.c.code == code).values(head_id=head_id)
        )


def reset_id_sequences(connection: Connection, records: Iterable[type[Base]]) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them past the new rows."""
    if connection.dialect.name != "postgresql":
        return
    for record in records:
        name = table_of(record).name
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )


def clear_crm_data(connection: Connection) -> None:
    """Delete every department, staff member, customer, deal, ticket, activity, spend row
    and target."""
    for table in _TABLES_IN_DELETE_ORDER:
        connection.execute(delete(table))
    departments = table_of(DepartmentRecord)
    connection.execute(departments.update().values(head_id=None))
    connection.execute(delete(table_of(StaffRecord)))
    connection.execute(delete(departments))
