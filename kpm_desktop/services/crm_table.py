"""The parts every browsable CRM table shares, derived from the table's definition: SQL
columns, search, references resolved by business key, uniqueness, no reference loops."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, Select, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpm_desktop.domain.access import Permission
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_rules import cycle_reason
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.import_columns import Column, Parsed
from kpm_desktop.services.record_form import column_specs, field_error, field_specs
from kpm_desktop.services.table_spec import ColumnSpec, FieldSpec
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.records import CustomerRecord, DepartmentRecord, StaffRecord

LIKE_ESCAPE = "\\"

# The columns a reference's text is looked up in: the business key first. A department
# may also be named by its (unique) name in a form.
_REFERENCE_KEYS: dict[str, tuple[InstrumentedAttribute[Any], ...]] = {
    "staff": (StaffRecord.employee_no,),
    "customers": (CustomerRecord.code,),
    "departments": (DepartmentRecord.code, DepartmentRecord.name),
}


def like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with the user's % and _ taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_where(session: Session, column: InstrumentedAttribute[Any], value: int) -> int:
    return session.scalar(select(func.count()).where(column == value)) or 0


class CrmTable:
    """One table as the browser sees it. Subclasses name the definition, the joins, the
    search and what refers to a record."""

    record: ClassVar[type[Base]]
    definition: ClassVar[TableDefinition]
    noun: ClassVar[UserText]  # singular noun for messages: "customer"
    # Who may read a row: the permission, and the record attribute naming the staff member
    # the row belongs to (a deal's owner, a ticket's handler, a staff member themselves).
    permission: ClassVar[Permission] = Permission.VIEW_CRM
    owner_key: ClassVar[str] = "owner_id"

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

    def id_column(self) -> ColumnElement[int]:
        return self.record.__table__.c.id  # type: ignore[attr-defined,no-any-return]

    def owner_column(self) -> ColumnElement[int | None]:
        return self.record.__table__.c[self.owner_key]  # type: ignore[attr-defined,no-any-return]

    def source(self) -> FromClause:
        """The record's table with the joins its reference columns need."""
        raise NotImplementedError

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        """What a reference column shows: the name of the record it names."""
        raise NotImplementedError

    def expressions(self) -> Mapping[str, SQLColumnExpression[Any]]:
        """The SQL expression of each column key."""
        names = self.reference_names()
        return {
            spec.key: names[spec.key] if spec.key in names else getattr(self.record, spec.key)
            for spec in self.columns
        }

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        raise NotImplementedError

    def search_filter(self, term: str) -> ColumnElement[bool] | None:
        text = term.strip()
        if not text:
            return None
        pattern = like_pattern(text)
        return or_(*(expr.ilike(pattern, escape=LIKE_ESCAPE) for expr in self.search_expressions()))

    def select_rows(self) -> Select[Any]:
        expressions = self.expressions()
        columns = [expressions[spec.key] for spec in self.columns]
        return select(self.id_column(), *columns).select_from(self.source())

    def title_of(self, session: Session, record_id: int) -> str:
        """'C0000001 北京华信科技有限公司': how messages name a record."""
        raise NotImplementedError

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
            key_column = _REFERENCE_KEYS[column.reference.kind][0]
            target_id = getattr(record, column.reference.stores_as)
            table = key_column.class_.__table__
            found = (
                session.scalar(select(key_column).where(table.c.id == target_id))
                if target_id
                else None
            )
            values[column.field] = "" if found is None else found
        return values

    def check_unique(
        self, session: Session, column: Column, value: object, record_id: int | None
    ) -> None:
        query = select(self.id_column()).where(getattr(self.record, column.field) == value)
        if record_id is not None:
            query = query.where(self.id_column() != record_id)
        other = session.scalar(query.limit(1))
        if other is not None:
            reason = UserText(
                "already used by {noun} {other}",
                noun=self.noun,
                other=self.title_of(session, other),
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
        table = self.record.__table__  # type: ignore[attr-defined]
        key_column = table.c[self.business_key]
        parent = table.c[column.reference.stores_as]  # type: ignore[union-attr]
        path: list[str] = [own_key]
        seen: set[int] = set()
        current: int | None = target
        while current is not None and current not in seen:
            if current == record_id:
                path.append(own_key)
                raise field_error(column, path[1], cycle_reason(path))
            seen.add(current)
            key, current = session.execute(
                select(key_column, parent).where(table.c.id == current)
            ).one()
            path.append(str(key))


def resolve_reference(session: Session, column: Column, value: object) -> int | None:
    """The id of the record `column`'s text names, by its business key (or name)."""
    if value in (None, ""):
        return None
    assert column.reference is not None
    for key_column in _REFERENCE_KEYS[column.reference.kind]:
        table = key_column.class_.__table__
        found = session.scalar(select(table.c.id).where(key_column == value))
        if found is not None:
            return int(found)
    raise field_error(column, str(value), column.reference.unknown)
