"""The SQL behind a browsable CRM table: counts and pages sorted, searched, filtered and
scoped in SQL, a column filter's values, one row, the lookups a form's checks need, and
writes. Never commits, except `commit_or_refuse`.

Pages never load the whole table: a page in the second half is read in reverse order from
the end, so jumping to the last row of a million costs as little as reading the first.
Each table (`crm_table_sources.py`) names its joins, what a reference column shows, how
messages name a record and what refers to it; search reads the text columns a page shows,
joined names included, with one LIKE per column.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    SQLColumnExpression,
    func,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.import_columns import ValueType
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.reference_keys import business_key_column, referenced_table

LIKE_ESCAPE = "\\"

# Search reads the text a page shows by default: its listed text and choice columns,
# references by the name they show. Hidden columns stay out to keep the LIKE short.
_SEARCHED_TYPES = frozenset({ValueType.TEXT, ValueType.CHOICE})

# A form may also name a department by its (unique) name.
_NAMED_BY_NAME_TOO = frozenset({"departments"})


class RefusedByDatabase(Exception):
    """The database refused a commit (a constraint); `reason` is what the driver said."""

    def __init__(self, reason: object) -> None:
        super().__init__(str(reason))
        self.reason = reason


def commit_or_refuse(session: Session) -> None:
    """Commit; a violated constraint raises `RefusedByDatabase`."""
    try:
        session.commit()
    except IntegrityError as exc:
        raise RefusedByDatabase(exc.orig) from exc


def like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with the user's % and _ taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_where(session: Session, column: InstrumentedAttribute[Any], value: int) -> int:
    return session.scalar(select(func.count()).where(column == value)) or 0


def reference_id(session: Session, kind: str, value: object) -> int | None:
    """The id of the `kind` record (staff, customers, departments) `value` names by its
    business key (or a department by its name); None when nothing has that key."""
    table = referenced_table(kind)
    key_columns = [business_key_column(kind)]
    if kind in _NAMED_BY_NAME_TOO:
        key_columns.append(table.c.name)
    for key_column in key_columns:
        found = session.scalar(select(table.c.id).where(key_column == value))
        if found is not None:
            return int(found)
    return None


def reference_key(session: Session, kind: str, target_id: int) -> object | None:
    """The business key of the `kind` record with id `target_id`, or None."""
    table = referenced_table(kind)
    return session.scalar(select(business_key_column(kind)).where(table.c.id == target_id))


class CrmTableQueries:
    """One table's SQL. Subclasses name the record, the joins, the titles and
    what refers to a record."""

    record: type[Base]
    # The record attribute naming the staff member a row belongs to (a deal's owner, a
    # ticket's handler, a staff member themselves): what access scopes rows by.
    owner_key: str = "owner_id"

    def __init__(self, definition: TableDefinition) -> None:
        self.definition = definition

    def source(self) -> FromClause:
        """The record's table with the joins its reference columns need."""
        raise NotImplementedError

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        """What a reference column shows: the name of the record it names."""
        raise NotImplementedError

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        """What search reads: every text column shown by default, joined names included."""
        expressions = self._expressions()
        return tuple(
            expressions[column.field]
            for column in self.definition.columns
            if column.listed and column.type in _SEARCHED_TYPES
        )

    def title_of(self, session: Session, record_id: int) -> str:
        """'C0000001 北京华信科技有限公司': how messages name a record."""
        raise NotImplementedError

    def dependent_counts(self, session: Session, record_id: int) -> dict[str, int]:
        """How many records of each kind refer to the record, by kind (all kinds named)."""
        raise NotImplementedError

    def _id_column(self) -> ColumnElement[int]:
        return self.record.__table__.c.id  # type: ignore[attr-defined,no-any-return]

    def _owner_column(self) -> ColumnElement[int | None]:
        return self.record.__table__.c[self.owner_key]  # type: ignore[attr-defined,no-any-return]

    def _expressions(self) -> Mapping[str, SQLColumnExpression[Any]]:
        """The SQL expression of each column of the definition, by field."""
        names = self.reference_names()
        return {
            column.field: names[column.field]
            if column.field in names
            else getattr(self.record, column.field)
            for column in self.definition.columns
        }

    def _search_filter(self, term: str) -> ColumnElement[bool] | None:
        text = term.strip()
        if not text:
            return None
        pattern = like_pattern(text)
        return or_(*(expr.ilike(pattern, escape=LIKE_ESCAPE) for expr in self.search_expressions()))

    def _scope(self, reach: Collection[int] | None) -> ColumnElement[bool] | None:
        return None if reach is None else self._owner_column().in_(sorted(reach))

    def _conditions(
        self, search: str, filters: Mapping[str, str], reach: Collection[int] | None
    ) -> list[ColumnElement[bool]]:
        """Search, each column filter (the value the column shows) and the scope, ANDed."""
        expressions = self._expressions()
        found = [self._search_filter(search), self._scope(reach)]
        found.extend(expressions[field] == value for field, value in filters.items())
        return [condition for condition in found if condition is not None]

    def distinct_values(
        self, session: Session, field: str, reach: Collection[int] | None
    ) -> list[str]:
        """The values column `field` shows on the rows in `reach`, sorted, blanks left out:
        a column filter's choices."""
        expression = self._expressions()[field]
        query = select(expression).distinct().select_from(self.source())
        query = query.where(expression.is_not(None), expression != "")
        scope = self._scope(reach)
        if scope is not None:
            query = query.where(scope)
        return [str(value) for value in session.scalars(query.order_by(expression))]

    def _select_rows(self) -> Select[Any]:
        expressions = self._expressions()
        columns = [expressions[column.field] for column in self.definition.columns]
        return select(self._id_column(), *columns).select_from(self.source())

    def count(
        self,
        session: Session,
        search: str,
        reach: Collection[int] | None,
        filters: Mapping[str, str] | None = None,
    ) -> int:
        """Rows matching `search` and every filter (field: the value the column shows)
        whose owner is in `reach` (None: every row)."""
        joined = bool(search.strip() or filters)
        query = select(func.count()).select_from(
            self.source() if joined else self.record.__table__
        )
        for where in self._conditions(search, filters or {}, reach):
            query = query.where(where)
        return session.scalar(query) or 0

    def page(
        self,
        session: Session,
        *,
        offset: int,
        limit: int,
        sort: tuple[str, bool] | None,
        search: str,
        reach: Collection[int] | None,
        total: int | None,
        filters: Mapping[str, str] | None = None,
    ) -> list[tuple[Any, ...]]:
        """Rows offset .. offset+limit-1 in view order, the id first, one value per column.
        `sort` is (field, descending); `total` (the count) lets a page in the second half
        be read from the end."""
        query = self._select_rows()
        for where in self._conditions(search, filters or {}, reach):
            query = query.where(where)
        from_end = total is not None and offset > total // 2
        if total is not None and from_end:
            end = min(offset + limit, total)
            query = self._ordered(query, sort, reverse=True).offset(total - end)
            query = query.limit(max(0, end - offset))
        else:
            query = self._ordered(query, sort, reverse=False).offset(offset).limit(limit)
        rows = [tuple(row) for row in session.execute(query)]
        if from_end:
            rows.reverse()
        return rows

    def _ordered(
        self, query: Select[Any], sort: tuple[str, bool] | None, reverse: bool
    ) -> Select[Any]:
        terms: list[ColumnElement[Any]] = []
        if sort is not None:
            field, sort_descending = sort
            expression = self._expressions()[field]
            descending = sort_descending != reverse
            terms.append(expression.desc() if descending else expression.asc())
            # The id breaks ties in the sort's direction, so reversing reverses exactly.
            id_descending = descending
        else:
            id_descending = reverse
        id_column = self._id_column()
        terms.append(id_column.desc() if id_descending else id_column.asc())
        return query.order_by(*terms)

    def row(self, session: Session, record_id: int) -> tuple[Any, ...]:
        """One row as a page shows it, the id first."""
        query = self._select_rows().where(self._id_column() == record_id)
        return tuple(session.execute(query).one())

    def get(self, session: Session, record_id: int) -> Any | None:
        """The stored record, or None."""
        return session.get(self.record, record_id)

    def add(self, session: Session, values: Mapping[str, object]) -> Any:
        record = self.record(**values)
        session.add(record)
        return record

    def delete(self, session: Session, record: Any) -> None:
        session.delete(record)

    def other_with(
        self, session: Session, field: str, value: object, record_id: int | None
    ) -> int | None:
        """The id of a record other than `record_id` whose `field` is `value`."""
        query = select(self._id_column()).where(getattr(self.record, field) == value)
        if record_id is not None:
            query = query.where(self._id_column() != record_id)
        return session.scalar(query.limit(1))

    def key_and_parent(
        self, session: Session, record_id: int, parent_column: str
    ) -> tuple[str, int | None]:
        """A record's business key and the id its `parent_column` reference names."""
        table = self.record.__table__  # type: ignore[attr-defined]
        key_column = table.c[self.definition.key[0]]
        key, parent = session.execute(
            select(key_column, table.c[parent_column]).where(table.c.id == record_id)
        ).one()
        return str(key), parent
