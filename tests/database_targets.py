"""Fresh databases for tests: a SQLite file each, or a PostgreSQL database each.

`scripts/with-postgres.sh` exports KPM_TEST_DB_URL; then every test gets its own database on
that server, copied from a template migrated once per session (a copy takes ~50 ms, running
the migrations each time would take longer and isolate no better).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.storage.database import Database

TEST_DB_URL_VAR = "KPM_TEST_DB_URL"


def postgres_test_url() -> str | None:
    return os.environ.get(TEST_DB_URL_VAR) or None


class PostgresTestDatabases:
    """Creates and drops the per-test databases on one PostgreSQL server."""

    def __init__(self, server_url: str) -> None:
        self._server_url = make_url(server_url)
        self._admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._prefix = f"kpm_test_{os.getpid()}"
        self._numbers = itertools.count(1)
        self._templates: dict[str, str] = {}
        self._copy = self._copy_strategy()

    def _copy_strategy(self) -> str:
        """FILE_COPY where the server has it (PostgreSQL 15+): copying the template's files
        took about 60% of the time of the default, which writes every page of the template
        (10-14 MB) to the WAL, and this cluster is thrown away anyway."""
        with self._admin.connect() as connection:
            version = int(connection.execute(text("SHOW server_version_num")).scalar_one())
        return " STRATEGY FILE_COPY" if version >= 150000 else ""

    def _url(self, name: str) -> str:
        return self._server_url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def create_empty(self) -> str:
        name = f"{self._prefix}_{next(self._numbers)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self._url(name)

    def create_migrated(
        self, kind: str = "empty", fill: Callable[[Database], None] | None = None
    ) -> str:
        """A migrated database copied from the session's template of that `kind`, which
        `fill` fills (once) after the migrations."""
        if kind not in self._templates:
            template_url = self.create_empty()
            database = open_database(template_url).database
            if fill is not None:
                fill(database)
            database.dispose()
            self._templates[kind] = str(make_url(template_url).database)
        name = f"{self._prefix}_{next(self._numbers)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._templates[kind]}"{self._copy}')
        return self._url(name)

    def drop(self, url: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        for template in self._templates.values():
            self._execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        self._admin.dispose()
