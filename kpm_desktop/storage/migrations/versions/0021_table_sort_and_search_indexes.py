"""CRM tables at a million rows: an index on every column a page sorts by, and search
indexes (SQLite: FTS5 trigram tables kept by triggers; PostgreSQL: pg_trgm GIN indexes, and
(column, id) sort indexes)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 10:00:00
"""

import logging
from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_log = logging.getLogger(__name__)

# Columns a page shows and sorts by that had no index yet (references sort by the key on
# the row, which has one).
_SORTED = {
    "customers": ("industry", "region", "source"),
    "deals": ("stage", "status", "amount", "items", "created_on"),
    "service_tickets": ("subject", "first_response_at", "complaint", "satisfaction"),
}
# PostgreSQL's btree does not end with the id, so `ORDER BY column, id` would sort each run
# of equal values (a region: 100,000 rows); there every sorted column gets (column, id).
_SORTED_WITH_ID = {
    "customers": ("name", "industry", "region", "owner_id", "source", "created_on", "phone"),
    "deals": (
        "customer_id", "owner_id", "stage", "status", "amount", "items", "created_on",
        "closed_on",
    ),
    "service_tickets": (
        "customer_id", "staff_id", "subject", "opened_at", "first_response_at", "resolved_at",
        "complaint", "satisfaction",
    ),
}  # fmt: skip
# As storage/crm_search_schema.SEARCHED_COLUMNS was when this migration was written.
_SEARCHED = {
    "customers": ("code", "name", "industry", "region", "source", "phone"),
    "deals": ("code", "stage", "status"),
    "service_tickets": ("code", "subject"),
}


def upgrade() -> None:
    for table, columns in _SORTED.items():
        for column in columns:
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for table, columns in _SEARCHED.items():
            _create_fts(table, columns)
    else:
        for table, columns in _SORTED_WITH_ID.items():
            for column in columns:
                op.execute(f"CREATE INDEX ix_sort_{table}_{column} ON {table} ({column}, id)")
        _create_trigram_indexes()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in _SEARCHED:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
            op.execute(f"DROP TABLE IF EXISTS {table}_search")
    else:
        for table, columns in _SEARCHED.items():
            for column in columns:
                op.execute(f"DROP INDEX IF EXISTS ix_search_{table}_{column}")
        for table, columns in _SORTED_WITH_ID.items():
            for column in columns:
                op.execute(f"DROP INDEX ix_sort_{table}_{column}")
    for table, columns in _SORTED.items():
        for column in columns:
            op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)


def _create_fts(table: str, columns: tuple[str, ...]) -> None:
    """A contentless trigram FTS5 table, its three triggers, and the rows already there."""
    fts = f"{table}_search"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    forget = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    learn = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='', tokenize='trigram')")
    op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {learn} END")
    op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {forget} END")
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN {forget} {learn} END"
    )
    op.execute(f"INSERT INTO {fts}(rowid, {names}) SELECT id, {names} FROM {table}")


def _create_trigram_indexes() -> None:
    """pg_trgm GIN indexes for ILIKE; without the extension, a warning and no index."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        _log.warning("pg_trgm is not available, search will read without an index: %s", exc)
        return
    for table, columns in _SEARCHED.items():
        for column in columns:
            op.execute(
                f"CREATE INDEX ix_search_{table}_{column} ON {table} "
                f"USING gin ({column} gin_trgm_ops)"
            )
