"""The same KPI values on PostgreSQL as on SQLite (runs in the PostgreSQL pass of make test)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from tests.database_targets import PostgresTestDatabases
from tests.services.kpi_fixture import fill_small_crm


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "reference.sqlite3")
    yield opened.database
    opened.database.dispose()


@pytest.fixture
def postgres(postgres_databases: PostgresTestDatabases | None) -> Iterator[Database]:
    if postgres_databases is None:
        pytest.skip("runs in the PostgreSQL pass of make test (KPM_TEST_DB_URL)")
    url = postgres_databases.create_migrated()
    opened = open_database(url)
    yield opened.database
    opened.database.dispose()
    postgres_databases.drop(url)


@pytest.mark.parametrize("period", ["2026Q3", "2026Q4", "2026-07", "2026H2", "2026", "2030Q1"])
def test_postgres_agrees_with_sqlite(
    sqlite_database: Database, postgres: Database, period: str
) -> None:
    database = sqlite_database
    fill_small_crm(database)
    fill_small_crm(postgres)
    for level in ScopeLevel:
        expected = KpiService(database).compute(period, level=level, compare=True)
        actual = KpiService(postgres).compute(period, level=level, compare=True)
        assert actual == expected
