from datetime import date, datetime
from decimal import Decimal

import pytest

from kpm_desktop.domain.cell_values import (
    CellValueError,
    clean_text,
    parse_boolean,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_integer,
    parse_period,
)

JULY_FIRST = date(2026, 7, 1)


@pytest.mark.parametrize(
    "raw",
    [
        "2026-07-01",
        "2026/7/1",
        "2026/07/01",
        "2026.7.1",
        "2026年7月1日",
        "2026 年 7 月 1 日",
        "20260701",
        "46204",  # Excel serial number as text
        46204,  # Excel serial number as a number cell
        46204.0,
        datetime(2026, 7, 1, 9, 30),
        JULY_FIRST,
    ],
)
def test_every_date_form(raw: object) -> None:
    assert parse_date(raw) == JULY_FIRST


@pytest.mark.parametrize("raw", ["2026-02-30", "2026/13/1", "July 1st", "1.2.3", "0", "99999999"])
def test_bad_dates_say_why(raw: str) -> None:
    with pytest.raises(CellValueError, match="date"):
        parse_date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-07-01 09:30", datetime(2026, 7, 1, 9, 30)),
        ("2026-07-01T09:30:15", datetime(2026, 7, 1, 9, 30, 15)),
        ("2026/7/1 9:30:15", datetime(2026, 7, 1, 9, 30, 15)),
        ("2026年7月1日 9时30分", datetime(2026, 7, 1, 9, 30)),
        ("2026年7月1日9:30", datetime(2026, 7, 1, 9, 30)),
        ("2026/7/1", datetime(2026, 7, 1)),
        (46204.5, datetime(2026, 7, 1, 12, 0)),
        ("46204.25", datetime(2026, 7, 1, 6, 0)),
    ],
)
def test_datetimes(raw: object, expected: datetime) -> None:
    assert parse_datetime(raw) == expected


def test_bad_time() -> None:
    with pytest.raises(CellValueError, match="time"):
        parse_datetime("2026/7/1 25:61")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,234.50", Decimal("1234.50")),
        ("¥1,234.5", Decimal("1234.50")),
        ("￥ 12,345,678", Decimal("12345678.00")),
        ("100元", Decimal("100.00")),
        ("0.005", Decimal("0.01")),  # ROUND_HALF_UP
        (1234, Decimal("1234.00")),
        (0.1, Decimal("0.10")),
        ("-5", Decimal("-5.00")),
        ("１２３４.５", Decimal("1234.50")),  # full-width digits
        ("￥１，２３４．５", Decimal("1234.50")),
        ("¥-5", Decimal("-5.00")),
        (".5", Decimal("0.50")),
    ],
)
def test_amounts(raw: object, expected: Decimal) -> None:
    assert parse_decimal(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["abc", "1.2.3", "NaN", "Infinity", True, "1e20", "1,2,3", "12,3456", "1,23", "¥¥1",
     "¥100元", "--5", "-¥-5", "¥", ""],
)  # fmt: skip
def test_bad_amounts(raw: object) -> None:
    with pytest.raises(CellValueError):
        parse_decimal(raw)


def test_integers_and_booleans() -> None:
    assert parse_integer("1,000") == 1000
    assert parse_integer(3.0) == 3
    with pytest.raises(CellValueError, match="whole"):
        parse_integer("2.5")
    for yes in ("是", "Y", "yes", "TRUE", "1", True):
        assert parse_boolean(yes) is True
    for no in ("否", "n", "No", "false", "0", False):
        assert parse_boolean(no) is False
    with pytest.raises(CellValueError, match="是/否"):
        parse_boolean("maybe")


def test_periods_and_text() -> None:
    assert parse_period(" 2026q3 ") == "2026Q3"
    assert parse_period("202607") == "2026-07"
    with pytest.raises(CellValueError, match="period"):
        parse_period("2026Q5")
    assert clean_text(13800000000.0) == "13800000000"
    assert clean_text("'=SUM(A1)") == "=SUM(A1)"  # our export's guard comes off
    assert clean_text("'plain") == "'plain"
