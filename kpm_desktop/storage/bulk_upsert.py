"""Bulk lookups and insert-or-update by business key, through SQLAlchemy Core.

Every statement works on a whole chunk of rows: one `IN` query to find what exists, one
executemany insert, one executemany update. Nothing here commits.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select

# Well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
IN_BATCH = 5_000
# SQLite's page cache during a bulk load, in KiB (the default is 2 MiB).
BULK_CACHE_KIB = 262_144

Key = tuple[Any, ...]


@contextmanager
def bulk_load_cache(connection: Connection) -> Iterator[None]:
    """On SQLite, a big page cache keeps a large load's index updates in memory."""
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql("PRAGMA cache_size=-2000")


def _batches(items: Sequence[Any], size: int = IN_BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def lookup_ids(
    connection: Connection, table: Table, key_column: str, keys: Collection[Any]
) -> dict[Any, int]:
    """key -> id of the rows of `table` whose `key_column` is one of `keys`."""
    column = table.c[key_column]
    found: dict[Any, int] = {}
    for batch in _batches(list(keys)):
        statement = select(column, table.c.id).where(column.in_(batch))
        found.update((key, row_id) for key, row_id in connection.execute(statement))
    return found


@dataclass(frozen=True)
class ExistingRow:
    id: int
    values: Mapping[str, Any]


@dataclass
class UpsertCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: UpsertCounts) -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged


class BulkUpserter:
    """Insert-or-update of rows identified by `key_columns` (the first one never NULL).

    Existing rows are found with an `IN` on the first key column and matched on the whole
    key in Python, which also works for keys with NULL parts (a target of a department has
    no staff id), where a tuple `IN` would not match.
    """

    def __init__(self, connection: Connection, table: Table, key_columns: Sequence[str]) -> None:
        self._connection = connection
        self._table = table
        self._key_columns = tuple(key_columns)

    def key_of(self, row: Mapping[str, Any]) -> Key:
        return tuple(row[name] for name in self._key_columns)

    def existing(self, keys: Collection[Key], columns: Sequence[str]) -> dict[Key, ExistingRow]:
        table = self._table
        first = table.c[self._key_columns[0]]
        wanted = [table.c[name] for name in dict.fromkeys([*self._key_columns, *columns])]
        found: dict[Key, ExistingRow] = {}
        for batch in _batches(list({key[0] for key in keys})):
            statement = select(table.c.id, *wanted).where(first.in_(batch))
            for row in self._connection.execute(statement):
                values = row._mapping
                key = tuple(values[name] for name in self._key_columns)
                if key in keys:
                    found[key] = ExistingRow(values["id"], dict(values))
        return found

    def classify(
        self,
        rows: Sequence[dict[str, Any]],
        existing: Mapping[Key, ExistingRow],
        compare: Sequence[str],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], UpsertCounts]:
        """Split rows into inserts and updates (with `row_id`); count the unchanged."""
        counts = UpsertCounts()
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row in rows:
            found = existing.get(self.key_of(row))
            if found is None:
                inserts.append(row)
                counts.inserted += 1
            elif any(found.values[name] != row[name] for name in compare):
                updates.append({"row_id": found.id, **{name: row[name] for name in compare}})
                counts.updated += 1
            else:
                counts.unchanged += 1
        return inserts, updates, counts

    def write(self, inserts: list[dict[str, Any]], updates: list[dict[str, Any]]) -> None:
        if inserts:
            self._connection.execute(insert(self._table), inserts)
        if updates:
            # The SET clause comes from the parameter names that are columns.
            statement = self._table.update().where(self._table.c.id == bindparam("row_id"))
            self._connection.execute(statement, updates)
