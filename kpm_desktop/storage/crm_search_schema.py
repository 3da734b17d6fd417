"""What the CRM tables' search reads besides the tables themselves (migration 0021).

SQLite: one FTS5 table per browsable CRM table (`customers_search`, ...), trigram
tokenizer, contentless (it stores only the index, never a second copy of the text), kept
right by triggers on every insert, update and delete, whichever path writes the rows (the
ORM, the importer's driver cursor, the demo data, SQL typed by hand). Its rowid is the
record's id; its columns are the record's own text columns a page shows.

PostgreSQL: a pg_trgm GIN index on each of those columns (named `ix_search_...`), used by
ILIKE. When the extension is not available the migration logs a warning and search reads
the columns without an index. Also there: a (column, id) index on every sorted column
(`ix_sort_...`), since PostgreSQL's indexes do not end with the id as SQLite's do.

Neither is declared on the models: `compared_with_models` tells Alembic's comparison to
leave them out.
"""

from __future__ import annotations

from collections.abc import Mapping

# The FTS5 trigram tokenizer indexes three characters at a time: shorter terms cannot use it.
SHORTEST_INDEXED_TERM = 3

# table -> the columns its search index holds (own text columns shown by default).
SEARCHED_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "customers": ("code", "name", "industry", "region", "source", "phone"),
    "deals": ("code", "stage", "status"),
    "service_tickets": ("code", "subject"),
}

BACKEND_INDEX_PREFIXES = ("ix_search_", "ix_sort_")


def search_table(table: str) -> str:
    """The FTS5 table of `table` (SQLite)."""
    return f"{table}_search"


def fts_phrase(term: str, column: str | None = None) -> str:
    """An FTS5 query matching `term` as one literal substring (optionally in one column)."""
    phrase = '"' + term.replace('"', '""') + '"'
    return phrase if column is None else f"{column} : {phrase}"


def compared_with_models(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's `include_object`: False for the search tables and indexes above."""
    if name is None:
        return True
    if type_ == "table":
        return not any(name.startswith(search_table(table)) for table in SEARCHED_COLUMNS)
    if type_ == "index":
        return not name.startswith(BACKEND_INDEX_PREFIXES)
    return True
