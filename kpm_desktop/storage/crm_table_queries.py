"""The SQL behind a browsable CRM table: counts and pages sorted, searched, filtered and
scoped in SQL, a column filter's values, one row, the lookups a form's checks need, and
writes. Never commits, except `commit_or_refuse`.

Pages and counts read the record's own table only: the search and the filters are WHERE
clauses on it (`crm_table_search.py`), a page's ids come from the sort column's index by
keyset or OFFSET (`crm_table_pages.py`), and the names its references show are read for
the page's rows alone. Each table (`crm_table_sources.py`) names its references, its joins
(for one row and a filter's values), how messages name a record and what refers to it.
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
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.import_columns import ValueType
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.crm_table_pages import Anchor, PageOrder, in_order, page_ids
from kpm_desktop.storage.crm_table_search import (
    ShownReference,
    is_common,
    reference_is,
    search_condition,
)
from kpm_desktop.storage.reference_keys import business_key_column, referenced_table

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


def _named(
    session: Session, rows: list[tuple[Any, ...]], position: int, reference: ShownReference
) -> list[tuple[Any, ...]]:
    """`rows` with the key at `position` replaced by the name of the record it names."""
    keys = {row[position] for row in rows if row[position] is not None}
    query = select(reference.target_id, reference.target_name)
    names = {key: name for key, name in session.execute(query.where(reference.target_id.in_(keys)))}
    return [(*row[:position], names.get(row[position]), *row[position + 1 :]) for row in rows]


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

    def references(self) -> Mapping[str, ShownReference]:
        """Each reference column: the key on the row and the record whose name it shows."""
        raise NotImplementedError

    def searched_columns(self) -> tuple[str, ...]:
        """The record's own columns search reads: text shown by default."""
        return tuple(
            column.field
            for column in self.definition.columns
            if column.listed and column.type in _SEARCHED_TYPES and column.reference is None
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

    def _scope(self, reach: Collection[int] | None) -> ColumnElement[bool] | None:
        return None if reach is None else self._owner_column().in_(sorted(reach))

    def _conditions(
        self,
        dialect: str,
        search: str,
        filters: Mapping[str, str],
        reach: Collection[int] | None,
        use_index: bool = True,
    ) -> list[ColumnElement[bool]]:
        """Search, each column filter (the value the column shows) and the scope, ANDed,
        all on the record's own table (`crm_table_search.py`)."""
        references = self.references()
        searched = self.searched_columns()
        found = [
            search_condition(self.record, searched, references, search, dialect, use_index),
            self._scope(reach),
        ]
        for field, value in filters.items():
            if field in references:
                found.append(reference_is(references[field], value))
            else:
                found.append(getattr(self.record, field) == value)
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

    def _matching_ids(
        self,
        session: Session,
        search: str,
        reach: Collection[int] | None,
        filters: Mapping[str, str] | None,
        for_page: bool = False,
    ) -> Select[Any]:
        """The ids of the matching rows; for a page, a common term walks the sort order
        instead of taking every id the search index finds."""
        dialect = session.get_bind().dialect.name
        use_index = not (for_page and is_common(session, self.record, search))
        query = select(self._id_column())
        for where in self._conditions(dialect, search, filters or {}, reach, use_index):
            query = query.where(where)
        return query

    def count(
        self,
        session: Session,
        search: str,
        reach: Collection[int] | None,
        filters: Mapping[str, str] | None = None,
    ) -> int:
        """Rows matching `search` and every filter (field: the value the column shows)
        whose owner is in `reach` (None: every row)."""
        ids = self._matching_ids(session, search, reach, filters).subquery()
        return session.scalar(select(func.count()).select_from(ids)) or 0

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
        anchor: Anchor | None = None,
    ) -> list[tuple[Any, ...]]:
        """Rows offset .. offset+limit-1 in view order, the id first, one value per column.
        `sort` is (field, descending); `total` (the count) lets a page in the second half
        be read from the end; `anchor`, a row next to the page, lets it be read by keyset
        (`crm_table_pages.py`)."""
        ids = page_ids(
            session,
            self._matching_ids(session, search, reach, filters, for_page=True),
            self._id_column(),
            self._page_order(sort),
            offset=offset,
            limit=limit,
            total=total,
            anchor=anchor,
        )
        return self._rows_by_id(session, ids)

    def _page_order(self, sort: tuple[str, bool] | None) -> PageOrder:
        if sort is None:
            return PageOrder(None, descending=False)
        field, descending = sort
        references = self.references()
        column = references[field].key if field in references else getattr(self.record, field)
        return PageOrder(column, descending)

    def _rows_by_id(self, session: Session, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """The rows of `ids` in that order, references shown by name (one query for the
        rows, one per reference column for the names of the keys on them)."""
        if not ids:
            return []
        references = self.references()
        columns = [
            references[c.field].key if c.field in references else getattr(self.record, c.field)
            for c in self.definition.columns
        ]
        found = session.execute(
            select(self._id_column(), *columns).where(self._id_column().in_(ids))
        )
        rows = in_order([tuple(row) for row in found], ids)
        for position, column in enumerate(self.definition.columns, start=1):
            reference = references.get(column.field)
            if reference is not None:
                rows = _named(session, rows, position, reference)
        return rows

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
