"""Bulk lookups and insert-or-update by business key.

Every statement works on a whole chunk of rows: one `IN` query to find what exists, one
executemany insert, one executemany update. Rows are tuples in a fixed column order. On
SQLite they are written through the driver's cursor with a statement compiled once and
SQLAlchemy's own value conversions (half the time of Core's per-row parameter handling);
elsewhere through SQLAlchemy Core. Nothing here commits.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select
from sqlalchemy.sql.dml import UpdateBase

from kpm_desktop.storage.data_version import note_driver_write

# Well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
IN_BATCH = 5_000
# SQLite's page cache during a bulk load, in KiB (the default is 2 MiB): room for the
# random inserts of a million rows' indexes, within an import's 300 MiB (docs/
# architecture.md, "Import speed").
BULK_CACHE_KIB = 65_536

Key = tuple[Any, ...]
Record = tuple[Any, ...]


@contextmanager
def bulk_load_cache(connection: Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """On SQLite, a big page cache (`kib` KiB) keeps a large load's index updates in memory;
    the connection's own size is set again afterwards."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{kib}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


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


def tuple_getter(positions: Sequence[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """A function picking these items out of a row, always as a tuple (itemgetter is C)."""
    if not positions:
        return lambda _row: ()
    if len(positions) == 1:
        only = positions[0]
        return lambda row: (row[only],)
    return itemgetter(*positions)


@dataclass(frozen=True)
class ExistingRow:
    id: int
    compared: tuple[Any, ...]  # the stored values of the compared columns
    values: Mapping[str, Any]  # the stored values of the extra columns asked for


@dataclass
class UpsertCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: UpsertCounts) -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged


@dataclass(frozen=True)
class _DriverStatement:
    """A statement compiled once, and how to turn rows into its positional parameters."""

    sql: str
    # Per parameter: the position in the row, or the constant default (then `None`, value).
    sources: tuple[tuple[int | None, Any], ...]
    processors: tuple[ColumnProcessor | None, ...]

    def parameters(self, rows: Sequence[Record]) -> list[tuple[Any, ...]]:
        """Column by column: one C-level transpose and one `map` per converted column."""
        return self.parameters_of_columns(list(zip(*rows, strict=True)), len(rows))

    def parameters_of_columns(
        self, columns: Sequence[Sequence[Any]], count: int
    ) -> list[tuple[Any, ...]]:
        picked: list[Iterable[Any]] = []
        for (position, constant), process in zip(self.sources, self.processors, strict=True):
            if position is None:
                value = constant if process is None else process([constant])[0]
                picked.append(repeat(value, count))
                continue
            values = columns[position]
            picked.append(values if process is None else process(values))
        return list(zip(*picked, strict=True))


ColumnProcessor = Callable[[Sequence[Any]], Sequence[Any]]


def _iso_dates(process: Callable[[Any], Any]) -> bool:
    """Whether a bind processor writes dates as `date.isoformat` does (SQLite's DATE)."""
    try:
        samples = (date(2026, 7, 1), date(9, 1, 2), datetime(2026, 7, 1, 5, 6))
        return all(process(day) == date.isoformat(day) for day in samples)
    except (TypeError, ValueError, AttributeError):
        return False


def column_processor(process: Callable[[Any], Any] | None) -> ColumnProcessor | None:
    """A bind processor applied to a whole column: `map`, or for dates without NULLs the
    C method `date.isoformat` (a Python call per value costs ~1 s per million dates)."""
    if process is None:
        return None
    if _iso_dates(process):

        def dates(values: Sequence[Any]) -> Sequence[Any]:
            if None not in values:
                try:
                    return list(map(date.isoformat, values))
                except TypeError:  # not a date: the processor says what is wrong
                    pass
            return list(map(process, values))

        return dates
    return lambda values: list(map(process, values))


class BulkUpserter:
    """Insert-or-update of rows identified by `key_columns` (the first one never NULL).

    A row is a tuple of the values of `columns`. Existing rows are found with an `IN` on
    the first key column and matched on the whole key in Python, which also works for keys
    with NULL parts (a target of a department has no staff id), where a tuple `IN` would not
    match. A table that was empty when the run began holds only rows this run wrote, whose
    keys the caller keeps unique: then nothing is looked up at all.
    """

    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        key_columns: Sequence[str],
        compare: Sequence[str],
        *,
        through_driver: bool | None = None,
    ) -> None:
        self._connection = connection
        self._table = table
        self._columns = tuple(columns)
        self._key_columns = tuple(key_columns)
        self._compare = tuple(compare)
        position = {name: index for index, name in enumerate(self._columns)}
        self.key_of = tuple_getter([position[name] for name in self._key_columns])
        self._compared_of = tuple_getter([position[name] for name in self._compare])
        if through_driver is None:
            through_driver = connection.dialect.name == "sqlite"
        self._through_driver = through_driver
        self._driver_insert: _DriverStatement | None = None
        self._driver_update: _DriverStatement | None = None
        self._was_empty: bool | None = None

    def existing(self, rows: Sequence[Record], extra: Sequence[str]) -> dict[Key, ExistingRow]:
        """The stored rows with the keys of `rows`, with their compared and `extra` columns."""
        if self._table_was_empty():
            return {}
        table = self._table
        keys = {self.key_of(row) for row in rows}
        first = table.c[self._key_columns[0]]
        key_count, compare_count = len(self._key_columns), len(self._compare)
        wanted = [table.c[name] for name in [*self._key_columns, *self._compare, *extra]]
        found: dict[Key, ExistingRow] = {}
        for batch in _batches(list({key[0] for key in keys})):
            statement = select(table.c.id, *wanted).where(first.in_(batch))
            for stored in self._connection.execute(statement):
                values = tuple(stored)
                key = values[1 : 1 + key_count]
                if key in keys:
                    compared = values[1 + key_count : 1 + key_count + compare_count]
                    rest = values[1 + key_count + compare_count :]
                    found[key] = ExistingRow(
                        values[0], compared, dict(zip(extra, rest, strict=True))
                    )
        return found

    def table_was_empty(self) -> bool:
        """Whether the table was empty before this upserter first looked (its first
        `existing`, or this call): then every row of the run is new."""
        return self._table_was_empty()

    def insert_columns(self, columns: Sequence[Sequence[Any]]) -> None:
        """Insert rows given column by column (each a sequence of every row's value, in
        the order of `columns`), without building a tuple per row first."""
        count = len(columns[0]) if columns else 0
        if not count:
            return
        if not self._through_driver:
            self.write(list(zip(*columns, strict=True)), [])
            return
        note_driver_write(self._connection, self._table)
        if self._driver_insert is None:
            self._driver_insert = self._compile(insert(self._table), self._columns, False)
        cursor = self._connection.connection.cursor()
        try:
            cursor.executemany(
                self._driver_insert.sql, self._driver_insert.parameters_of_columns(columns, count)
            )
        finally:
            cursor.close()

    def _table_was_empty(self) -> bool:
        if self._was_empty is None:
            probe = select(self._table.c.id).limit(1)
            self._was_empty = self._connection.execute(probe).first() is None
        return self._was_empty

    def classify(
        self, rows: Sequence[Record], existing: Mapping[Key, ExistingRow]
    ) -> tuple[list[Record], list[Record], UpsertCounts]:
        """Inserts, updates (the compared values, then the row id) and the counts."""
        if not existing:
            return list(rows), [], UpsertCounts(inserted=len(rows))
        counts = UpsertCounts()
        inserts: list[Record] = []
        updates: list[Record] = []
        key_of, compared_of = self.key_of, self._compared_of
        for row in rows:
            found = existing.get(key_of(row))
            if found is None:
                inserts.append(row)
                counts.inserted += 1
                continue
            compared = compared_of(row)
            if compared != found.compared:
                updates.append((*compared, found.id))
                counts.updated += 1
            else:
                counts.unchanged += 1
        return inserts, updates, counts

    def write(self, inserts: Sequence[Record], updates: Sequence[Record]) -> None:
        if self._through_driver:
            self._write_through_driver(inserts, updates)
            return
        table = self._table
        if inserts:
            columns = self._columns
            self._connection.execute(
                insert(table), [dict(zip(columns, row, strict=True)) for row in inserts]
            )
        if updates:
            # The SET clause comes from the parameter names that are columns.
            statement = table.update().where(table.c.id == bindparam("row_id"))
            names = (*self._compare, "row_id")
            self._connection.execute(
                statement, [dict(zip(names, row, strict=True)) for row in updates]
            )

    def _write_through_driver(self, inserts: Sequence[Record], updates: Sequence[Record]) -> None:
        note_driver_write(self._connection, self._table)  # SQLAlchemy's events miss the cursor
        cursor = self._connection.connection.cursor()
        try:
            if inserts:
                if self._driver_insert is None:
                    self._driver_insert = self._compile(insert(self._table), self._columns, False)
                cursor.executemany(self._driver_insert.sql, self._driver_insert.parameters(inserts))
            if updates:
                if self._driver_update is None:
                    table = self._table
                    update = table.update().where(table.c.id == bindparam("row_id"))
                    names = (*self._compare, "row_id")
                    self._driver_update = self._compile(update, names, True)
                cursor.executemany(self._driver_update.sql, self._driver_update.parameters(updates))
        finally:
            cursor.close()

    def _compile(
        self, statement: UpdateBase, names: Sequence[str], update: bool
    ) -> _DriverStatement:
        """The SQL Core would send, and per parameter its source and SQLAlchemy's conversion."""
        dialect = self._connection.dialect
        compiled = statement.compile(dialect=dialect, column_keys=list(names))
        assert compiled.positiontup is not None, "the driver statement needs positional style"
        position = {name: index for index, name in enumerate(names)}
        sources: list[tuple[int | None, Any]] = []
        processors: list[ColumnProcessor | None] = []
        for name in compiled.positiontup:
            column = self._table.c.get(name)
            if name in position:
                sources.append((position[name], None))
            else:
                # A column the rows leave out that Core would fill: only constants occur.
                default = column.onupdate if update else column.default  # type: ignore[union-attr]
                assert default is not None and default.is_scalar, name
                sources.append((None, default.arg))  # type: ignore[union-attr]
            kind = column.type if column is not None else None
            processors.append(
                column_processor(kind.dialect_impl(dialect).bind_processor(dialect))
                if kind is not None
                else None
            )
        return _DriverStatement(compiled.string, tuple(sources), tuple(processors))
