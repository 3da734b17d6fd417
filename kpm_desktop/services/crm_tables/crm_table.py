"""The parts every browsable CRM table shares, derived from the table's definition:
columns and form fields, references resolved by business key, uniqueness, no reference
loops. The SQL is the table's queries object (`storage/crm_table_queries.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from kpm_desktop.domain.access import Permission
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_rules import cycle_reason
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.import_columns import Column, Parsed
from kpm_desktop.services.crm_tables.record_form import column_specs, field_error, field_specs
from kpm_desktop.services.crm_tables.table_spec import ColumnSpec, FieldSpec
from kpm_desktop.storage.crm_table_queries import CrmTableQueries, reference_id, reference_key
from kpm_desktop.storage.sessions import Session


class CrmTable:
    """One table as the browser sees it. Subclasses name the definition, the queries, the
    permission that reads it and what refers to a record."""

    definition: ClassVar[TableDefinition]
    queries: ClassVar[CrmTableQueries]
    noun: ClassVar[UserText]  # singular noun for messages: "customer"
    # Who may read a row; the queries say which staff member a row belongs to.
    permission: ClassVar[Permission] = Permission.VIEW_CRM
    # The columns a page offers as filters (department, region, owner, status ...).
    filter_keys: ClassVar[tuple[str, ...]] = ()

    @property
    def owner_key(self) -> str:
        return self.queries.owner_key

    @property
    def business_key(self) -> str:
        """The unique code field, also the form's first field."""
        return self.definition.key[0]

    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return column_specs(self.definition)

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return field_specs(self.definition)

    @property
    def filters(self) -> tuple[ColumnSpec, ...]:
        by_key = {spec.key: spec for spec in self.columns}
        return tuple(by_key[key] for key in self.filter_keys)

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        """What still refers to the record, as '12 deals'; empty when it may be deleted."""
        raise NotImplementedError

    def to_record_values(
        self, session: Session, values: Mapping[str, Parsed], record_id: int | None
    ) -> dict[str, object]:
        """Record attributes from parsed form values: the key unique, references resolved
        by business key, no loop of references to the same table."""
        key = self.definition.column(self.business_key)
        self.check_unique(session, key, values[key.field], record_id)
        result: dict[str, object] = {}
        for column in self.definition.columns:
            value = values[column.field]
            if column.reference is None:
                result[column.field] = value
                continue
            target = resolve_reference(session, column, value)
            if column is self.definition.self_reference:
                self._check_no_loop(session, column, str(values[key.field]), target, record_id)
            result[column.reference.stores_as] = target
        return result

    def form_values(self, session: Session, record: Any) -> dict[str, object]:
        """Typed values of the form fields for a stored record; a reference shows the
        business key of the record it names, or "" for none."""
        values: dict[str, object] = {}
        for column in self.definition.columns:
            if column.reference is None:
                values[column.field] = getattr(record, column.field)
                continue
            target_id = getattr(record, column.reference.stores_as)
            found = reference_key(session, column.reference.kind, target_id) if target_id else None
            values[column.field] = "" if found is None else found
        return values

    def check_unique(
        self, session: Session, column: Column, value: object, record_id: int | None
    ) -> None:
        other = self.queries.other_with(session, column.field, value, record_id)
        if other is not None:
            reason = UserText(
                "already used by {noun} {other}",
                noun=self.noun,
                other=self.queries.title_of(session, other),
            )
            raise field_error(column, str(value), reason)

    def _check_no_loop(
        self,
        session: Session,
        column: Column,
        own_key: str,
        target: int | None,
        record_id: int | None,
    ) -> None:
        """Refuse a reference whose chain of references (a supervisor's supervisor ...)
        comes back to the record itself."""
        if target is None or record_id is None:
            return
        parent_column = column.reference.stores_as  # type: ignore[union-attr]
        path: list[str] = [own_key]
        seen: set[int] = set()
        current: int | None = target
        while current is not None and current not in seen:
            if current == record_id:
                path.append(own_key)
                raise field_error(column, path[1], cycle_reason(path))
            seen.add(current)
            key, current = self.queries.key_and_parent(session, current, parent_column)
            path.append(key)


def resolve_reference(session: Session, column: Column, value: object) -> int | None:
    """The id of the record `column`'s text names, by its business key (or name)."""
    if value in (None, ""):
        return None
    assert column.reference is not None
    found = reference_id(session, column.reference.kind, value)
    if found is None:
        raise field_error(column, str(value), column.reference.unknown)
    return found
