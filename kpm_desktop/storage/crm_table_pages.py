"""Pages of a browsable CRM table in view order, read in two short steps.

1. The ids of the page, from the table alone: its WHERE (search, filters, scope) and the
   sort column's index, `ORDER BY column, id` (the id breaks ties, so the order is total;
   a reference column sorts by the key on the row, the owner's or the customer's, which
   keeps rows of one owner together without a join). SQLite indexes end with the rowid,
   so one index on the column serves the order in both directions.
2. Those rows by id, and the names their references show by the few keys on the page.

How step 1 finds the page: after a row the caller already has (the anchor: the row just
before the page, or just after it when reading backwards) it continues from that row's
sort value and id (keyset: no row is skipped by counting). Otherwise it skips by OFFSET
over the index, from the start or, in the second half when the total is known, from the
end in reverse order (so the last row costs what the first does).

NULLs sort as the database sorts them (first ascending on SQLite, last on PostgreSQL);
the keyset condition follows that, so paging in either direction agrees with OFFSET.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, literal, or_
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Anchor:
    """A row the caller holds: its id and its position in the view."""

    record_id: int
    position: int


@dataclass(frozen=True)
class PageOrder:
    """The sort column (None: by id) and its direction, as the view shows it."""

    column: Any  # the sort column's expression, or None for the id alone
    descending: bool


def order_terms(
    id_column: ColumnElement[int], order: PageOrder, reverse: bool
) -> list[ColumnElement[Any]]:
    descending = order.descending != reverse
    columns = [id_column] if order.column is None else [order.column, id_column]
    return [c.desc() if descending else c.asc() for c in columns]


def after_row(
    id_column: ColumnElement[int],
    order: PageOrder,
    reverse: bool,
    value: Any,
    record_id: int,
    nulls_low: bool,
) -> ColumnElement[bool]:
    """Rows after (value, record_id) in the order read (the view's, or its reverse)."""
    descending = order.descending != reverse
    later_id = id_column < record_id if descending else id_column > record_id
    sort = order.column
    if sort is None:
        return later_id
    # NULLs come after every value when the order read is descending on a database that
    # sorts them low (SQLite), or ascending on one that sorts them high (PostgreSQL).
    nulls_after = descending == nulls_low
    if value is None:
        tied = and_(sort.is_(None), later_id)
        return tied if nulls_after else or_(tied, sort.is_not(None))
    bound = literal(value, type_=sort.type)  # a bound value also for a boolean column
    if descending:
        later = and_(sort <= bound, or_(sort < bound, later_id))
    else:
        later = and_(sort >= bound, or_(sort > bound, later_id))
    return or_(later, sort.is_(None)) if nulls_after else later


def page_ids(
    session: Session,
    ids: Select[Any],
    id_column: ColumnElement[int],
    order: PageOrder,
    *,
    offset: int,
    limit: int,
    total: int | None,
    anchor: Anchor | None,
) -> list[int]:
    """The ids of rows offset .. offset+limit-1 in view order; `ids` selects the id of
    every row the page may show."""
    if limit <= 0:
        return []
    if anchor is not None and anchor.position in (offset - 1, offset + limit):
        reverse = anchor.position != offset - 1
        keyed = _after_anchor(session, ids, id_column, order, anchor.record_id, reverse)
        if keyed is not None:
            found = list(
                session.scalars(
                    keyed.order_by(*order_terms(id_column, order, reverse)).limit(limit)
                )
            )
            return found[::-1] if reverse else found
    if total is not None and offset > total // 2:
        end = min(offset + limit, total)
        terms = order_terms(id_column, order, reverse=True)
        query = ids.order_by(*terms).offset(total - end).limit(max(0, end - offset))
        return list(session.scalars(query))[::-1]
    terms = order_terms(id_column, order, reverse=False)
    return list(session.scalars(ids.order_by(*terms).offset(offset).limit(limit)))


def _after_anchor(
    session: Session,
    ids: Select[Any],
    id_column: ColumnElement[int],
    order: PageOrder,
    record_id: int,
    reverse: bool,
) -> Select[Any] | None:
    """`ids` limited to the rows after the anchor; None when the anchor row is gone."""
    if order.column is None:
        value = None
    else:
        found = session.execute(
            ids.with_only_columns(order.column).where(id_column == record_id)
        ).first()
        if found is None:
            return None
        value = found[0]
    nulls_low = session.get_bind().dialect.name == "sqlite"
    return ids.where(after_row(id_column, order, reverse, value, record_id, nulls_low))


def in_order(rows: Sequence[tuple[Any, ...]], ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """`rows` (id first) in the order of `ids`."""
    by_id = {row[0]: row for row in rows}
    return [by_id[record_id] for record_id in ids if record_id in by_id]
