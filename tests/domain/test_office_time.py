"""Clock times of the office's zone and moments stored as naive UTC."""

from datetime import date, datetime

import pytest

from kpm_desktop.domain.cell_values import parse_datetime
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.office_time import (
    default_zone_name,
    local_midnight,
    office_zone,
    system_zone_name,
    to_office,
    to_storage,
)

SHANGHAI = office_zone("Asia/Shanghai")


def test_a_clock_time_is_read_in_the_office_zone() -> None:
    assert to_storage(datetime(2026, 9, 30, 17, 21), SHANGHAI) == datetime(2026, 9, 30, 9, 21)
    assert to_office(datetime(2026, 9, 30, 9, 21), SHANGHAI) == datetime(2026, 9, 30, 17, 21)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("2026-09-30T23:30+08:00", datetime(2026, 9, 30, 15, 30)),
        ("2026-09-30 23:30:00+08:00", datetime(2026, 9, 30, 15, 30)),
        ("2026-09-30T16:00:00Z", datetime(2026, 9, 30, 16, 0)),
        ("2026-09-30T12:00-04:00", datetime(2026, 9, 30, 16, 0)),
    ],
)
def test_a_time_with_an_offset_is_converted_whatever_the_office_zone(
    text: str, stored: datetime
) -> None:
    moment = parse_datetime(text)
    assert moment.tzinfo is not None
    assert to_storage(moment, SHANGHAI) == stored
    assert to_storage(moment, office_zone("Europe/Berlin")) == stored


def test_periods_start_at_the_office_midnight() -> None:
    assert local_midnight(date(2026, 10, 1), SHANGHAI) == datetime(2026, 9, 30, 16, 0)
    berlin = office_zone("Europe/Berlin")
    assert local_midnight(date(2026, 7, 1), berlin) == datetime(2026, 6, 30, 22, 0)  # summer
    assert local_midnight(date(2026, 1, 1), berlin) == datetime(2025, 12, 31, 23, 0)


@pytest.mark.parametrize("name", ["", "Mars/Olympus", "../etc/passwd", "/etc/localtime", "+08:00"])
def test_a_name_that_is_not_a_zone_is_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="is not a time zone"):
        office_zone(name)


def test_the_system_zone_comes_from_tz_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    assert system_zone_name() == "Asia/Shanghai"
    monkeypatch.setenv("TZ", ":Europe/Berlin")
    assert system_zone_name() == "Europe/Berlin"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert office_zone(system_zone_name()) is not None  # some other source, never an error


def test_kpm_office_zone_names_the_default_over_the_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("KPM_OFFICE_ZONE", " Asia/Shanghai ")
    assert default_zone_name() == "Asia/Shanghai"
    monkeypatch.setenv("KPM_OFFICE_ZONE", "")
    assert default_zone_name() == "UTC"
    monkeypatch.setenv("KPM_OFFICE_ZONE", "Beijing")
    with pytest.raises(ValidationError, match="'Beijing' is not a time zone"):
        default_zone_name()
