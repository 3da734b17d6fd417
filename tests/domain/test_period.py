from datetime import date

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.period import Period, PeriodKind


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("202612", date(2026, 12, 1), date(2026, 12, 31)),
        ("2026H2", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_parse_gives_calendar_bounds(text: str, start: date, end: date) -> None:
    period = Period.parse(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", ["2026Q5", "2026-13", "26Q1", "", "Q3 2026", "2026H3"])
def test_parse_rejects_with_a_hint(text: str) -> None:
    with pytest.raises(ValidationError, match="2026Q3"):
        Period.parse(text)


def test_previous_and_next_cross_years() -> None:
    assert str(Period.parse("2026Q1").previous()) == "2025Q4"
    assert str(Period.parse("2025-12").next()) == "2026-01"
    assert str(Period.parse("2026H1").previous()) == "2025H2"
    assert str(Period.parse("2026").previous()) == "2025"


def test_round_trip_and_containment() -> None:
    for text in ("2026Q3", "2026-07", "2026H1", "2026"):
        assert str(Period.parse(text)) == text
    quarter = Period.quarter_of(date(2026, 8, 15))
    assert quarter == Period(2026, PeriodKind.QUARTER, 3)
    assert quarter.contains(date(2026, 9, 30))
    assert not quarter.contains(date(2026, 10, 1))
