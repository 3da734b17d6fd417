"""One file's import inside one transaction: chunks of clean rows checked and written in bulk.

References (customer codes, employee numbers) and existing records are looked up with one
query per chunk, never per row. A reference to a record of the same kind (a supervisor, a
parent department) may point at a row further down the file, so those are settled last.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kpm_desktop.domain.crm_rules import cycle_from, cycle_reason
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.import_columns import Column, IgnoredColumn
from kpm_desktop.domain.import_rows import RowConverter, RowError, shown
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.profile_rows import UnmappedValue
from kpm_desktop.domain.quick_rows import Values, blank_value
from kpm_desktop.services.imports.seen_keys import SeenKeys
from kpm_desktop.storage.bulk_upsert import (
    BulkUpserter,
    ExistingRow,
    Key,
    Record,
    UpsertCounts,
    tuple_getter,
)
from kpm_desktop.storage.import_lookups import (
    ids_by_key,
    import_table,
    set_self_references,
    stored_parents,
)
from kpm_desktop.storage.reference_keys import REFERENCED_KINDS
from kpm_desktop.storage.sessions import Connection

# Row errors kept for showing; all of them are counted.
MAX_KEPT_ERRORS = 10_000


def db_column(column: Column) -> str:
    return column.reference.stores_as if column.reference else column.field


_DERIVED_DATES = ("starts_on", "ends_on")


def _spend_dates(values: Values) -> tuple[Any, ...]:
    period = Period.parse(str(values["period"]))
    return (period.start, period.end)


@dataclass
class ImportReport:
    kind: str
    file: str
    rows: int = 0
    counts: UpsertCounts = field(default_factory=UpsertCounts)
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    written: bool = False
    ignored_columns: list[IgnoredColumn] = field(default_factory=list)  # read by no field
    profile: str | None = None  # the import profile applied
    columns_used: list[tuple[str, str]] = field(default_factory=list)  # (header, field)
    unmapped: list[UnmappedValue] = field(default_factory=list)  # no value map lists them

    @property
    def inserted(self) -> int:
        return self.counts.inserted

    @property
    def updated(self) -> int:
        return self.counts.updated

    @property
    def unchanged(self) -> int:
        return self.counts.unchanged


@dataclass
class _PendingSelfReference:
    number: int
    key: str
    target: str | None
    current_id: int | None  # what the stored record points at now; None for new records
    is_new: bool
    counted_as_updated: bool


class ImportRun:
    """Feed it converted rows chunk by chunk, then `finish()`; it never commits."""

    def __init__(
        self,
        connection: Connection,
        converter: RowConverter,
        report: ImportReport,
        *,
        write: bool,
        known_kpis: Collection[str] | None,
    ) -> None:
        kind = converter.kind
        self._connection = connection
        self._converter = converter
        self._kind = kind
        self._write = write
        self._known_kpis = known_kpis
        self.report = report
        self._table = import_table(kind.table)
        fields = set(converter.fields)
        provided = [c for c in kind.columns if c.field in fields]
        self._refs = [c for c in provided if c.reference and c.reference.kind != kind.name]
        self._plain_fields = [c.field for c in provided if c.reference is None]
        self._self_ref = next(
            (c for c in provided if c.reference and c.reference.kind == kind.name), None
        )
        self._self_column = db_column(self._self_ref) if self._self_ref else None
        key_columns = [db_column(kind.column(name)) for name in kind.key]
        compare = [
            db_column(c)
            for c in provided
            if c is not self._self_ref and db_column(c) not in key_columns
        ]
        self._derive = _spend_dates if kind.name == "spend" else None
        if self._derive is not None:
            compare += _DERIVED_DATES
        defaults = {db_column(c): blank_value(c) for c in kind.columns if c.field not in fields}
        # A record is a tuple: plain fields, reference ids, own reference, derived, defaults.
        self._plain_of = tuple_getter(self._plain_fields)
        self._own_reference: tuple[None, ...] = (None,) if self._self_column else ()
        self._defaults = tuple(defaults.values())
        columns = [
            *self._plain_fields,
            *(db_column(c) for c in self._refs),
            *([self._self_column] if self._self_column else []),
            *(_DERIVED_DATES if self._derive else ()),
            *defaults,
        ]
        self._upserter = BulkUpserter(connection, self._table, columns, key_columns, compare)
        self._key_of = tuple_getter(kind.key)
        self._seen = SeenKeys()
        self._ref_ids: dict[str, dict[Any, int | None]] = {name: {} for name in REFERENCED_KINDS}
        self._pending: list[_PendingSelfReference] = []

    @property
    def failed(self) -> bool:
        return self.report.error_count > 0

    def add_errors(self, errors: Sequence[RowError]) -> None:
        self.report.error_count += len(errors)
        room = MAX_KEPT_ERRORS - len(self.report.errors)
        self.report.errors.extend(errors[: max(room, 0)])

    def add_chunk(self, chunk: Sequence[tuple[int, Values, Sequence[RowError]]]) -> None:
        """Rows with their conversion errors; every further error of each row is found too."""
        rows: list[tuple[int, Values]] = []
        flawed: set[int] = set()
        key = self._kind.key
        first_key = key[0]
        for number, values, errors in chunk:
            key_parsed = first_key in values and (len(key) == 1 or all(k in values for k in key))
            if key_parsed and values[first_key] not in (None, ""):
                problems = self._check_row(number, values)
                if problems:
                    errors = [*errors, *problems]
            if errors:
                self.add_errors(errors)
                flawed.add(number)
            rows.append((number, values))
        resolved = self._resolve_references(rows)
        if self.failed and self._write:
            return  # nothing of this file will be kept: only keep finding errors
        self._store(
            [
                (number, values, self._record_of(values, ids))
                for (number, values), ids in zip(rows, resolved, strict=True)
                if ids is not None and number not in flawed
            ]
        )

    def add_columns(self, numbers: Sequence[int], columns: Mapping[str, list[Any]]) -> bool:
        """The column lane: a chunk the converter found clean (`RowConverter.
        convert_columns`), checked and written without a dict per row. False, and nothing
        of the chunk taken, when some row needs the row path to name its error (a duplicate
        key, an unknown reference) or the kind needs what only the row path does (a
        reference to its own kind, derived dates, known KPI keys)."""
        checks_kpis = self._known_kpis is not None and "kpi" in columns
        if self._self_ref is not None or self._derive is not None or checks_kpis:
            return False
        key = self._kind.key
        first = columns[key[0]]
        if None in first or "" in first:
            return False
        keys = first if len(key) == 1 else list(zip(*(columns[name] for name in key), strict=True))
        if len(set(keys)) != len(keys) or not self._seen.none_of(keys):
            return False
        ids = []
        for column in self._refs:
            assert column.reference is not None
            targets = columns[column.field]
            kind = column.reference.kind
            self._lookup(kind, set(targets) - {None, ""})
            found = list(map(self._ref_ids[kind].get, targets))
            if found.count(None) != targets.count(None) + targets.count(""):
                return False  # an unknown key
            ids.append(found)
        self._seen.add_all(keys, numbers)
        if self.failed and self._write:
            return True  # nothing of this file will be kept: only keep finding errors
        count = len(numbers)
        parts = [
            *(columns[name] for name in self._plain_fields),
            *ids,
            *([default] * count for default in self._defaults),
        ]
        if not self._upserter.table_was_empty():
            self._store_records(list(zip(*parts, strict=True)))
        elif self._write:
            self.report.counts.add(UpsertCounts(inserted=count))
            self._upserter.insert_columns(parts)
        else:
            self.report.counts.add(UpsertCounts(inserted=count))
        return True

    def _check_row(self, number: int, values: Values) -> list[RowError]:
        key = self._key_of(values)
        seen_key: Any = key[0] if len(key) == 1 else key
        first = self._seen.first_row(seen_key)
        if first is not None:
            shown_key = " / ".join(shown(part) for part in key)
            header = self._converter.header_of(self._kind.key[0])
            return [
                RowError(
                    number,
                    header,
                    shown_key,
                    UserText("duplicate key: also in row {row}", row=first),
                )
            ]
        self._seen.add(seen_key, number)
        if self._known_kpis is None:
            return []
        kpi = values.get("kpi")
        if kpi is not None and kpi not in self._known_kpis:
            header = self._converter.header_of("kpi")
            return [RowError(number, header, str(kpi), UserText("unknown KPI key"))]
        return []

    def _resolve_references(
        self, good: Sequence[tuple[int, Values]]
    ) -> list[tuple[Any, ...] | None]:
        """Per row: the ids of its references, or None when one of them is unknown."""
        if not self._refs:
            return [()] * len(good)
        plan = []
        for column in self._refs:
            assert column.reference is not None
            kind = column.reference.kind
            self._lookup(kind, {values.get(column.field) for _n, values in good} - {None, ""})
            header = self._converter.header_of(column.field)
            plan.append((column.field, self._ref_ids[kind], header, column.reference.unknown))
        resolved: list[tuple[Any, ...] | None] = []
        for number, values in good:
            ids: list[Any] = []
            errors: list[RowError] = []
            for name, known, header, reason in plan:
                target = values.get(name)
                found = known.get(target) if target else None
                if target and found is None:
                    errors.append(RowError(number, header, str(target), reason))
                ids.append(found)
            if errors:
                self.add_errors(errors)
                resolved.append(None)
            else:
                resolved.append(tuple(ids))
        return resolved

    def _lookup(self, kind: str, wanted: set[Any]) -> None:
        cache = self._ref_ids[kind]
        missing = [key for key in wanted if key not in cache]
        if not missing:
            return
        found = ids_by_key(self._connection, kind, missing)
        cache.update((key, found.get(key)) for key in missing)

    def _record_of(self, values: Values, ids: tuple[Any, ...]) -> Record:
        # The own reference is set by finish(), once every row is known.
        record = self._plain_of(values) + ids + self._own_reference
        if self._derive is not None:
            record += self._derive(values)
        return record + self._defaults

    def _store_records(self, records: Sequence[Record]) -> tuple[dict[Key, ExistingRow], set[int]]:
        """Inserts and updates the records; the stored rows found, the ids updated."""
        upserter = self._upserter
        extra = [self._self_column] if self._self_column else []
        existing = upserter.existing(records, extra)
        inserts, updates, counts = upserter.classify(records, existing)
        self.report.counts.add(counts)
        if self._write:
            upserter.write(inserts, updates)
        return existing, {update[-1] for update in updates}

    def _store(self, rows: Sequence[tuple[int, Values, Record]]) -> None:
        if not rows:
            return
        upserter = self._upserter
        existing, updated_ids = self._store_records([record for _n, _v, record in rows])
        if self._self_ref is None or self._self_column is None:
            return
        for number, values, record in rows:
            key = upserter.key_of(record)
            found = existing.get(key)
            target = values[self._self_ref.field]
            self._pending.append(
                _PendingSelfReference(
                    number,
                    key[0],
                    str(target) if target else None,
                    found.values[self._self_column] if found else None,
                    found is None,
                    found is not None and found.id in updated_ids,
                )
            )

    def finish(self) -> None:
        """Settle references to records of the same kind, now that every row is known."""
        if self._self_ref is None or (self.failed and self._write):
            return
        stored = ids_by_key(
            self._connection, self._kind.name, {p.target for p in self._pending if p.target}
        )
        header = self._converter.header_of(self._self_ref.field)
        reason = self._self_ref.reference.unknown  # type: ignore[union-attr]
        parent_of = self._parents_with_the_file()
        changes: list[tuple[_PendingSelfReference, int | None]] = []
        for pending in self._pending:
            target_id = stored.get(pending.target) if pending.target else None
            # In a check, a target further down the file is not stored yet: a new record.
            known = pending.target is None or target_id is not None or pending.target in self._seen
            loop = (
                cycle_from(pending.key, pending.target, parent_of.get)
                if known and pending.target
                else []
            )
            if loop:
                self.add_errors(
                    [RowError(pending.number, header, str(pending.target), cycle_reason(loop))]
                )
            elif not known:
                self.add_errors([RowError(pending.number, header, str(pending.target), reason)])
            elif pending.is_new:
                if pending.target is not None:
                    changes.append((pending, target_id))
            elif target_id != pending.current_id or (pending.target and target_id is None):
                changes.append((pending, target_id))
                if not pending.counted_as_updated:
                    self.report.counts.unchanged -= 1
                    self.report.counts.updated += 1
        if self._write and not self.failed:
            self._write_self_references(changes)

    def _parents_with_the_file(self) -> dict[str, str | None]:
        """key -> the key it refers to (a supervisor's employee no.): the stored records
        as the file leaves them, so a loop through both is found."""
        if not any(pending.target for pending in self._pending):
            return {}
        assert self._self_column is not None
        parents = stored_parents(self._connection, self._kind.name, self._self_column)
        parents.update((pending.key, pending.target) for pending in self._pending)
        return parents

    def _write_self_references(
        self, changes: Sequence[tuple[_PendingSelfReference, int | None]]
    ) -> None:
        assert self._self_column is not None
        own_ids = ids_by_key(self._connection, self._kind.name, {p.key for p, _t in changes})
        set_self_references(
            self._connection,
            self._table,
            self._self_column,
            [(own_ids[pending.key], target_id) for pending, target_id in changes],
        )
