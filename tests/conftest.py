"""Shared fixtures. Qt runs offscreen; every test gets its own database file."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kpm_desktop.services.database_setup import open_database
from kpm_desktop.services.demo_data import DemoSize, generate_demo_data
from kpm_desktop.storage.database import Database

DEMO_AS_OF = date(2026, 9, 30)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated SQLite database in a temporary folder."""
    opened = open_database(tmp_path / "kpm.sqlite3")
    yield opened.database
    opened.database.dispose()


@pytest.fixture
def demo_database(database: Database) -> Database:
    """A small deterministic demo company (as of 2026-09-30)."""
    size = DemoSize(staff=30, customers=400, deals=1500, tickets=600, seed=3, as_of=DEMO_AS_OF)
    generate_demo_data(database, size)
    return database
