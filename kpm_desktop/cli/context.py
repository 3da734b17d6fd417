"""What a sub-command works with: the database (opened on first use) and the output."""

from __future__ import annotations

from typing import TextIO

from kpm_desktop.services.database_setup import OpenedDatabase, open_database
from kpm_desktop.storage.database import Database


class CliContext:
    def __init__(self, db_target: str, out: TextIO) -> None:
        self.db_target = db_target
        self.out = out
        self._opened: OpenedDatabase | None = None

    @property
    def database(self) -> Database:
        if self._opened is None:
            self._opened = open_database(self.db_target)
        return self._opened.database

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def close(self) -> None:
        if self._opened is not None:
            self._opened.database.dispose()
            self._opened = None
