"""The first page's SQL (storage/first_page_sql.py) read through SQLAlchemy and through
start-up's read-only sqlite3 connection (storage/early_reads.py) gives the same rows."""

import sqlite3
from pathlib import Path

import pytest

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.domain.period import Period
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.data_version import read_data_version
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.early_reads import EarlyReadError, EarlyReads
from kpm_desktop.storage.first_page_sql import OFFICE_ZONE
from kpm_desktop.storage.kpi_cache import read_entries
from kpm_desktop.storage.kpi_queries.people import department_entries, staff_entries
from kpm_desktop.storage.office_settings import read_setting
from kpm_desktop.storage.user_repository import load_org_chart

pytestmark = pytest.mark.sqlite_only  # the early reads are of SQLite files

KEYS = ("revenue", "win_rate", "csat")
HR = Actor(1, "hr", "HR", Role.HR_ADMIN, None)


def _path(database: Database) -> Path:
    assert database.file_path is not None
    return database.file_path


def test_both_connections_read_the_same_rows(demo_database: Database) -> None:
    service = DashboardService(demo_database, KpiService(demo_database))
    service.figures(HR, DashboardQuery(Period.parse("2026Q3"), trend_kpis=KEYS))  # keeps them
    with demo_database.unit_of_work() as uow:
        chart = load_org_chart(uow.session)
    with demo_database.engine.connect() as connection:
        people, departments = staff_entries(connection), department_entries(connection)
        version, zone = read_data_version(connection), read_setting(connection, OFFICE_ZONE)
        assert zone is not None
        kept = read_entries(connection, "2026Q3", "company", zone, KEYS, version)
    with EarlyReads.of(_path(demo_database)) as reads:
        assert reads.org_chart() == chart and chart.supervisor_of and chart.head_of_department
        assert reads.staff_entries() == people and len(people) >= 30
        assert reads.department_entries() == departments
        assert reads.data_version() == version
        assert reads.setting(OFFICE_ZONE) == zone
        assert reads.kept_kpi_entries("2026Q3", "company", zone, KEYS, version) == kept
        assert set(kept) == set(KEYS)
        assert reads.kept_kpi_entries("2026Q3", "company", zone, KEYS, version - 1) == {}


def _opens(path: Path) -> bool:
    try:
        with EarlyReads.of(path):
            return True
    except EarlyReadError:
        return False


def test_an_unexpected_file_is_not_read(database: Database, tmp_path: Path) -> None:
    assert _opens(_path(database))
    assert not _opens(tmp_path / "absent.sqlite3")
    assert not (tmp_path / "absent.sqlite3").exists()
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("not a database")
    assert not _opens(not_a_database)
    with sqlite3.connect(_path(database)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert not _opens(_path(database))  # another schema: the usual path migrates it
