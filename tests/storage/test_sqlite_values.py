"""The values the sqlite3 reads and writes made before SQLAlchemy is imported
(storage/sqlite_values.py) are those SQLAlchemy's SQLite dialect makes of the same columns."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Boolean, Date, DateTime
from sqlalchemy.dialects import sqlite

from kpm_desktop.storage.base import Quantity
from kpm_desktop.storage.sqlite_values import (
    QUANTITY_SCALE,
    flag,
    moment_text,
    quantity,
    stored_day,
    stored_moment,
)

DIALECT = sqlite.dialect()


def _read(column_type, value):
    processor = column_type.dialect_impl(DIALECT).result_processor(DIALECT, None)
    return value if processor is None else processor(value)


def _written(column_type, value):
    processor = column_type.dialect_impl(DIALECT).bind_processor(DIALECT)
    return value if processor is None else processor(value)


def test_the_quantity_scale_is_the_columns() -> None:
    assert Quantity.scale == QUANTITY_SCALE


@pytest.mark.parametrize("value", [None, 0, 3, -7, 2.5, 0.1, 1 / 3, 82.68, 12345678.12345, 1e-5])
def test_quantities_read_as_the_orm_reads_them(value) -> None:
    ours, theirs = quantity(value), _read(Quantity, value)
    assert ours == theirs and repr(ours) == repr(theirs)


@pytest.mark.parametrize(
    "text", [None, "2026-09-30 08:00:00.000000", "2026-12-07 20:41:28.291514", "2026-01-02"]
)
def test_moments_read_as_the_orm_reads_them(text) -> None:
    assert stored_moment(text) == _read(DateTime(), text)


@pytest.mark.parametrize("text", [None, "2026-09-30"])
def test_days_read_as_the_orm_reads_them(text) -> None:
    assert stored_day(text) == _read(Date(), text)


@pytest.mark.parametrize("value", [None, 0, 1])
def test_flags_read_as_the_orm_reads_them(value) -> None:
    assert flag(value) == _read(Boolean(), value)


@pytest.mark.parametrize(
    "moment", [datetime(2026, 9, 30, 8, 0), datetime(2026, 12, 7, 20, 41, 28, 291514)]
)
def test_moments_are_stored_as_the_orm_stores_them(moment: datetime) -> None:
    assert moment_text(moment) == _written(DateTime(), moment)
    assert stored_moment(moment_text(moment)) == moment


def test_a_day_is_not_a_moment() -> None:
    assert stored_day("2026-09-30") == date(2026, 9, 30)
    assert quantity(1) == Decimal("1.0000")
