"""Forgiving parsers for the cell values of imported files: dates, amounts, flags.

A cell arrives as text (CSV) or as a typed value (XLSX: int, float, datetime, bool).
Every parser returns the clean value or raises `CellValueError` with a reason fit to
show next to the row and column.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.period import Period

# Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in).
_EXCEL_EPOCH = datetime(1899, 12, 30)
# Serial numbers of 1900-01-01 and 9999-12-31.
_EXCEL_SERIAL_RANGE = (1, 2_958_465)

_DATE_PATTERN = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME_PATTERN = re.compile(
    r"^(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*(?:[:分]\s*(?:(\d{1,2})(?:\.\d+)?\s*秒?)?)?$"
)
_SERIAL_PATTERN = re.compile(r"^\d{1,7}(?:\.\d+)?$")

# An amount as people write it: one sign, at most one currency mark (before, or 元 after),
# thousands separated by commas in groups of three only. Full-width forms are normalised
# first (NFKC: ￥ -> ¥, ， -> ,, １ -> 1).
_AMOUNT = re.compile(
    r"(?P<sign>[-+]?)\s*(?:(?:¥|RMB|CNY)\s*(?P<inner>[-+]?))?"
    r"(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:\s*元)?",
    re.IGNORECASE,
)
_NUMBER_LIMIT = Decimal(10) ** 12
_STEPS = {places: Decimal(1).scaleb(-places) for places in (2, 4)}

_TRUE_WORDS = frozenset({"是", "y", "yes", "true", "1", "t", "对", "√", "有"})
_FALSE_WORDS = frozenset({"否", "n", "no", "false", "0", "f", "不", "×", "无"})


class CellValueError(ValueError):
    """A cell whose value cannot be used; `reason` says why (a template and its values)."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.reason = UserText(template, **params)
        super().__init__(str(self.reason))


def clean_text(value: object) -> str:
    """The text of a cell, trimmed; whole numbers from XLSX lose their `.0`."""
    if value.__class__ is str:  # the common case (every CSV cell): keep it fast
        text = value.strip()  # type: ignore[attr-defined]
        # Our own exports prefix formula-like text with an apostrophe; take it off again.
        if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@"):
            return str(text[1:])
        return str(text)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return clean_text(str(value))


def _from_excel_serial(serial: float) -> datetime:
    if not _EXCEL_SERIAL_RANGE[0] <= serial <= _EXCEL_SERIAL_RANGE[1]:
        raise CellValueError("{serial:g} is outside Excel's date range", serial=serial)
    return _EXCEL_EPOCH + timedelta(days=serial)


def _text_to_date(text: str) -> date:
    match = _DATE_PATTERN.match(text) or _COMPACT_DATE.match(text)
    if match is not None:
        year, month, day = match.groups()
        try:
            return date(int(year), int(month), int(day))
        except ValueError as exc:
            raise CellValueError("bad date: {reason}", reason=str(exc)) from exc
    if _SERIAL_PATTERN.match(text):
        return _from_excel_serial(float(text)).date()
    raise CellValueError("bad date: use 2026-07-01, 2026/7/1 or 2026年7月1日")


def common_date(text: str) -> date | None:
    """2026-07-01 or 2026/7/1, the forms nearly every file uses, without a regex.

    None for anything else, a bad day included: the general path then says what is wrong.
    """
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    parts = text.split("/")
    if len(parts) != 3:
        return None
    year, month, day = parts
    if (
        len(year) == 4
        and 0 < len(month) <= 2
        and 0 < len(day) <= 2
        and year.isdecimal()
        and month.isdecimal()
        and day.isdecimal()
    ):
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            return None
    return None


def parse_date(value: object) -> date:
    if value.__class__ is not str:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _from_excel_serial(float(value)).date()
    text = clean_text(value)
    common = common_date(text)
    if common is not None:
        return common
    try:
        return date.fromisoformat(text)
    except ValueError:
        return _text_to_date(text)


def _text_to_time(text: str) -> time:
    match = _TIME_PATTERN.match(text)
    if match is None:
        raise CellValueError("bad time: use 09:30 or 09:30:00")
    hour, minute, second = (int(part or 0) for part in match.groups())
    try:
        return time(hour, minute, second)
    except ValueError as exc:
        raise CellValueError("bad time: {reason}", reason=str(exc)) from exc


def parse_datetime(value: object) -> datetime:
    """A moment: a date alone means midnight; times to the second. A text with an offset
    (`2026-09-30T23:30+08:00`, `...Z`) gives an aware moment, anything else a clock time
    (naive), which the importer reads in the office's zone (`domain/office_time.py`)."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_excel_serial(float(value)).replace(microsecond=0)
    text = clean_text(value)
    try:
        return datetime.fromisoformat(text).replace(microsecond=0)
    except ValueError:
        pass
    if _SERIAL_PATTERN.match(text) and "." in text:
        return _from_excel_serial(float(text)).replace(microsecond=0)
    day_text, _, time_text = re.sub(r"(日)\s*", r"\1 ", text).partition(" ")
    day = _text_to_date(day_text.strip())
    moment = _text_to_time(time_text.strip()) if time_text.strip() else time()
    return datetime.combine(day, moment)


def parse_decimal(value: object, places: int = 2) -> Decimal:
    """A number such as `¥1,234.50`: `,` separates thousands, `.` starts the decimals."""
    if isinstance(value, bool):
        raise CellValueError("not a number")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, Decimal):
        number = value
    else:
        number = _text_to_decimal(clean_text(value))
    if not number.is_finite():
        raise CellValueError("not a number")
    if abs(number) >= _NUMBER_LIMIT:
        raise CellValueError("number too large")
    step = _STEPS.get(places) or Decimal(1).scaleb(-places)
    return number.quantize(step, rounding=ROUND_HALF_UP)


def _text_to_decimal(text: str) -> Decimal:
    if not (text.isascii() and text.isdecimal()):
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
        match = _AMOUNT.fullmatch(text)
        if (
            match is None
            or (match["sign"] and match["inner"])
            or (text.endswith("元") and match["inner"] is not None)
        ):
            raise CellValueError(
                "not an amount: write 1234.50, 1,234.50 or ¥1,234.50 (commas between "
                "groups of three digits, one currency sign)"
            )
        text = match["sign"] + (match["inner"] or "") + match["number"].replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise CellValueError("not a number") from exc


def parse_integer(value: object) -> int:
    if value.__class__ is str:
        text = value.strip()
        # Plain ASCII digits, short enough to be in range: the answer is int() of them.
        if text.isascii() and text.isdecimal() and len(text) <= 12:
            return int(text)
    number = parse_decimal(value, places=4)
    if number != number.to_integral_value():
        raise CellValueError("not a whole number")
    return int(number)


def parse_boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = clean_text(value).lower()
    if text in _TRUE_WORDS:
        return True
    if text in _FALSE_WORDS:
        return False
    raise CellValueError("not yes/no: use 是/否, yes/no or 1/0")


def parse_period(value: object) -> str:
    try:
        return str(Period.parse(clean_text(value)))
    except ValidationError as exc:
        raise CellValueError("{problem}", problem=exc.text) from exc
