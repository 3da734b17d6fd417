"""The same KPI values on PostgreSQL as on SQLite (set KPM_TEST_POSTGRES_URL to run)."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import text

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.services.database_setup import open_database
from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.database import Database
from tests.services.kpi_fixture import fill_small_crm

POSTGRES_URL = os.environ.get("KPM_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="KPM_TEST_POSTGRES_URL is not set")


@pytest.fixture
def postgres() -> Database:
    assert POSTGRES_URL is not None
    scratch = Database(POSTGRES_URL)
    with scratch.engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    scratch.dispose()
    opened = open_database(POSTGRES_URL)
    yield opened.database
    opened.database.dispose()


@pytest.mark.parametrize("period", ["2026Q3", "2026Q4", "2026-07", "2026H2", "2026", "2030Q1"])
def test_postgres_agrees_with_sqlite(database: Database, postgres: Database, period: str) -> None:
    fill_small_crm(database)
    fill_small_crm(postgres)
    for level in ScopeLevel:
        expected = KpiService(database, timedelta(hours=8)).compute(
            period, level=level, compare=True
        )
        actual = KpiService(postgres, timedelta(hours=8)).compute(period, level=level, compare=True)
        assert actual == expected
