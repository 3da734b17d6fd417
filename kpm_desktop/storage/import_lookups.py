"""The lookups and writes of an import run beyond its bulk upsert: records named by their
business key (an employee no., a customer or department code), the references stored
between records of one table, and setting those references. Never commits."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select

from kpm_desktop.storage.base import Base
from kpm_desktop.storage.bulk_upsert import lookup_ids
from kpm_desktop.storage.reference_keys import business_key, referenced_table


def import_table(name: str) -> Table:
    """The table a kind of file is imported into."""
    return Base.metadata.tables[name]


def ids_by_key(connection: Connection, kind: str, keys: Collection[Any]) -> dict[Any, int]:
    """business key -> id of the `kind` records (staff, customers, departments) named."""
    return lookup_ids(connection, referenced_table(kind), business_key(kind), keys)


def keys_by_attribute(
    connection: Connection, kind: str, attribute: str, texts: Collection[str]
) -> dict[str, list[str]]:
    """text -> the business keys of the `kind` records whose `attribute` ("name" or
    "email") is that text, ignoring case; more than one key means the text is ambiguous."""
    table, key_column = referenced_table(kind), business_key(kind)
    found: dict[str, list[str]] = {}
    column = func.lower(table.c[attribute])
    wanted = sorted({text.casefold() for text in texts})
    for start in range(0, len(wanted), 500):
        statement = select(column, table.c[key_column]).where(
            column.in_(wanted[start : start + 500])
        )
        for value, key in connection.execute(statement):
            found.setdefault(value, []).append(key)
    return {text: sorted(found.get(text.casefold(), [])) for text in texts}


def stored_parents(connection: Connection, kind: str, self_column: str) -> dict[str, str | None]:
    """key -> the key of the record it refers to through `self_column` (a supervisor's
    employee no.), for every stored `kind` record that refers to one."""
    table, key_column = referenced_table(kind), business_key(kind)
    parent = table.alias("parent")
    statement = select(table.c[key_column], parent.c[key_column]).join_from(
        table, parent, table.c[self_column] == parent.c.id
    )
    return {key: target for key, target in connection.execute(statement)}


def set_self_references(
    connection: Connection,
    table: Table,
    self_column: str,
    targets: Sequence[tuple[int, int | None]],
) -> None:
    """Point each record (id, target id) at its target through `self_column`."""
    parameters: list[Mapping[str, Any]] = [
        {"row_id": row_id, self_column: target_id} for row_id, target_id in targets
    ]
    if parameters:
        statement = table.update().where(table.c.id == bindparam("row_id"))
        connection.execute(statement, parameters)
