"""Search and column filters of a browsable CRM table as WHERE clauses on the table alone:
no join, so the sort's index decides the order and a page stops after its rows.

- A term of three characters or more is looked up in the table's FTS5 trigram index on
  SQLite (`crm_search_schema.py`), as ILIKE on PostgreSQL (its pg_trgm GIN indexes serve
  it). A shorter term is a LIKE on each column: the page query walks the sort's index and
  stops at the page's last match, so a common term's first page is quick; a rare one
  reads further, and its count (asked for after the first page) reads the whole table.
- A reference column (the owner, the customer) matches through the key on the row: the
  key IN the ids whose name matches (the customers' FTS name column for a long term; a
  lookup of the row's own customer for a short one, so the page still stops early).
- A long term matching very many rows ("有限公司" is in nearly every name) would make the
  index hand over most of the table's ids before the first page; for a page, a term the
  index finds more than `COMMON_MATCHES` times is read like a short one (walking the sort
  order, the page fills within a few thousand rows). The count still uses the index.
- Matching is case-insensitive for ASCII letters, as before (LIKE); the trigram index
  also folds other letters' case.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpm_desktop.storage.base import Base
from kpm_desktop.storage.crm_search_schema import (
    SEARCHED_COLUMNS,
    SHORTEST_INDEXED_TERM,
    fts_phrase,
    search_table,
)

LIKE_ESCAPE = "\\"
# More index matches than this: a page walks the sort order instead (see above).
COMMON_MATCHES = 5000
# Tables big enough that a short term must not read all their names before the first page.
_BIG_TARGETS = frozenset({"customers"})


@dataclass(frozen=True)
class ShownReference:
    """A reference column: the key on the row and the record whose name it shows."""

    key: InstrumentedAttribute[Any]
    target: type[Base]

    @property
    def target_id(self) -> ColumnElement[int]:
        return self.target.__table__.c.id  # type: ignore[attr-defined,no-any-return]

    @property
    def target_name(self) -> ColumnElement[str]:
        return self.target.__table__.c.name  # type: ignore[attr-defined,no-any-return]


def like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with the user's % and _ taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(expression: ColumnElement[Any], term: str, dialect: str) -> ColumnElement[bool]:
    pattern = like_pattern(term)
    if dialect == "sqlite":  # SQLite's LIKE already ignores ASCII case; lower() would cost
        return expression.like(pattern, escape=LIKE_ESCAPE)
    return expression.ilike(pattern, escape=LIKE_ESCAPE)


def _fts_ids(table_name: str, query: str) -> Any:
    fts = search_table(table_name)
    return select(table(fts, column("rowid")).c.rowid).where(literal_column(fts).op("MATCH")(query))


def _indexed(table_name: str, term: str, dialect: str) -> bool:
    return (
        dialect == "sqlite"
        and table_name in SEARCHED_COLUMNS
        and len(term) >= SHORTEST_INDEXED_TERM
    )


def is_common(session: Session, record: type[Base], term: str) -> bool:
    """Whether the search index finds `term` more than `COMMON_MATCHES` times."""
    text = term.strip()
    dialect = session.get_bind().dialect.name
    if not _indexed(record.__tablename__, text, dialect):
        return False
    first = _fts_ids(record.__tablename__, fts_phrase(text)).limit(COMMON_MATCHES + 1)
    found = session.scalar(select(func.count()).select_from(first.subquery())) or 0
    return found > COMMON_MATCHES


def own_columns_match(
    record: type[Base], columns: Sequence[str], term: str, dialect: str, use_index: bool = True
) -> ColumnElement[bool]:
    """Any of the record's own searched `columns` contains `term`."""
    table_name = record.__tablename__
    id_column = record.__table__.c.id  # type: ignore[attr-defined]
    if use_index and _indexed(table_name, term, dialect):
        return id_column.in_(_fts_ids(table_name, fts_phrase(term)))  # type: ignore[no-any-return]
    if not columns:
        return false()
    return or_(*(_contains(getattr(record, name), term, dialect) for name in columns))


def reference_match(reference: ShownReference, term: str, dialect: str) -> ColumnElement[bool]:
    """The row's reference names a record whose name contains `term`."""
    target_table = reference.target.__tablename__
    if _indexed(target_table, term, dialect):
        return reference.key.in_(_fts_ids(target_table, fts_phrase(term, "name")))
    name_matches = _contains(reference.target_name, term, dialect)
    if target_table in _BIG_TARGETS:
        return exists().where(reference.target_id == reference.key, name_matches)
    return reference.key.in_(select(reference.target_id).where(name_matches))


def reference_is(reference: ShownReference, name: str) -> ColumnElement[bool]:
    """A column filter on a reference: the row's reference names a record called `name`."""
    return reference.key.in_(select(reference.target_id).where(reference.target_name == name))


def search_condition(
    record: type[Base],
    own_columns: Sequence[str],
    references: Mapping[str, ShownReference],
    term: str,
    dialect: str,
    use_index: bool = True,
) -> ColumnElement[bool] | None:
    """Rows where any searched column shows `term`; None for a blank term. `use_index`
    False reads the record's own columns without the search index."""
    text = term.strip()
    if not text:
        return None
    found = [own_columns_match(record, own_columns, text, dialect, use_index)]
    found.extend(reference_match(reference, text, dialect) for reference in references.values())
    return or_(*found)
