"""The parts every browsable CRM table shares: SQL columns, search, references, uniqueness."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, Select, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpm_desktop.domain.access import Permission
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.table_spec import ColumnSpec, FieldSpec, FieldValidationError
from kpm_desktop.storage.base import Base

LIKE_ESCAPE = "\\"


def like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with the user's % and _ taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_where(session: Session, column: InstrumentedAttribute[Any], value: int) -> int:
    return session.scalar(select(func.count()).where(column == value)) or 0


class CrmTable:
    """One table as the browser sees it. Subclasses describe the columns, joins and rules."""

    record: ClassVar[type[Base]]
    noun: ClassVar[UserText]  # singular noun for messages: "customer"
    business_key: ClassVar[str]  # the unique code field, also the form's first field
    columns: ClassVar[tuple[ColumnSpec, ...]]
    fields: ClassVar[tuple[FieldSpec, ...]]
    # Who may read a row: the permission, and the record attribute naming the staff member
    # the row belongs to (a deal's owner, a ticket's handler, a staff member themselves).
    permission: ClassVar[Permission] = Permission.VIEW_CRM
    owner_key: ClassVar[str] = "owner_id"

    def id_column(self) -> ColumnElement[int]:
        return self.record.__table__.c.id  # type: ignore[attr-defined,no-any-return]

    def owner_column(self) -> ColumnElement[int | None]:
        return self.record.__table__.c[self.owner_key]  # type: ignore[attr-defined,no-any-return]

    def source(self) -> FromClause:
        """The record's table with the joins its columns need."""
        raise NotImplementedError

    def expressions(self) -> Mapping[str, SQLColumnExpression[Any]]:
        """The SQL expression of each column key."""
        raise NotImplementedError

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

    def to_record_values(
        self, session: Session, values: Mapping[str, object], record_id: int | None
    ) -> dict[str, object]:
        """Record attributes from parsed form values; resolves references, checks rules."""
        raise NotImplementedError

    def form_values(self, session: Session, record: Any) -> dict[str, object]:
        """Typed values of the form fields for a stored record."""
        raise NotImplementedError

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        """What still refers to the record, as '12 deals'; empty when it may be deleted."""
        raise NotImplementedError

    def check_unique(
        self,
        session: Session,
        column: InstrumentedAttribute[Any],
        value: object,
        field: FieldSpec,
        record_id: int | None,
    ) -> None:
        query = select(self.id_column()).where(column == value)
        if record_id is not None:
            query = query.where(self.id_column() != record_id)
        other = session.scalar(query.limit(1))
        if other is not None:
            raise FieldValidationError(
                "{label} '{value}' is already used by {noun} {other}",
                field=field.key,
                label=field.label,
                value=value,
                noun=self.noun,
                other=self.title_of(session, other),
            )


def resolve_reference(
    session: Session,
    key_column: InstrumentedAttribute[Any],
    value: object,
    field: FieldSpec,
    what: UserText,
    *alternative_columns: InstrumentedAttribute[Any],
) -> int | None:
    """The id of the record whose business key (or an alternative unique column) is `value`."""
    if value in (None, ""):
        return None
    table = key_column.class_.__table__
    for column in (key_column, *alternative_columns):
        found = session.scalar(select(table.c.id).where(column == value))
        if found is not None:
            return int(found)
    raise FieldValidationError(
        "{label}: unknown {what} '{value}'",
        field=field.key,
        label=field.label,
        what=what,
        value=value,
    )


def form_values_with_keys(
    session: Session,
    record: Any,
    fields: Sequence[FieldSpec],
    references: Mapping[str, tuple[str, InstrumentedAttribute[Any]]],
) -> dict[str, object]:
    """A record's form values; each field in `references` (field -> (id attribute, key
    column)) shows the business key of the record its id points to, or "" for none."""
    values = {spec.key: getattr(record, spec.key) for spec in fields if spec.key not in references}
    for key, (id_attribute, key_column) in references.items():
        target_id = getattr(record, id_attribute)
        table = key_column.class_.__table__
        found = (
            session.scalar(select(key_column).where(table.c.id == target_id)) if target_id else None
        )
        values[key] = "" if found is None else found
    return values


def field_of(fields: Sequence[FieldSpec], key: str) -> FieldSpec:
    return next(spec for spec in fields if spec.key == key)
