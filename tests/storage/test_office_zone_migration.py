"""Migration 0012: clock times stored before it become UTC in the machine's zone, which
becomes the office zone; the downgrade turns them back into clock times."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from kpm_desktop.storage.database import Database, database_url
from kpm_desktop.storage.migrate import downgrade_to, migrate
from kpm_desktop.storage.office_settings import OFFICE_ZONE, read_setting
from kpm_desktop.storage.records import ActivityRecord, ServiceTicketRecord
from tests.services.kpi_fixture import fill_small_crm


def _moments(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        t = ServiceTicketRecord
        tickets = connection.execute(
            select(t.opened_at, t.first_response_at, t.resolved_at).order_by(t.id)
        ).all()
        activities = connection.execute(
            select(ActivityRecord.occurred_at).order_by(ActivityRecord.id)
        ).all()
    return [tuple(row) for row in [*tickets, *activities]]


def test_stored_clock_times_move_to_utc_in_the_machine_zone(
    new_database_target, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KPM_OFFICE_ZONE")
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # the zone the migration takes for the office
    database = Database(database_url(new_database_target()))
    migrate(database)
    with database.engine.connect() as connection:
        assert read_setting(connection, OFFICE_ZONE) == "Asia/Shanghai"
    fill_small_crm(database)
    in_utc = _moments(database)
    assert any(value is None for row in in_utc for value in row)  # open tickets stay open

    downgrade_to(database, "0009")  # back to clock times, as the old importer stored them
    assert _moments(database) == [
        tuple(None if v is None else v + timedelta(hours=8) for v in row)  # type: ignore[operator]
        for row in in_utc
    ]
    migrate(database)
    assert _moments(database) == in_utc
    database.dispose()
