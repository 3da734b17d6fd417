"""The SQL statements a block of code runs, for tests that count them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from kpm_desktop.storage.database import Database


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """The statements run on `database` inside the `with` block, in order."""
    seen: list[str] = []

    def count(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
