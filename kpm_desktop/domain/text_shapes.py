"""The shapes an e-mail address and a phone number must have, checked the same everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from kpm_desktop.domain.cell_values import CellValueError

# One @, something on each side, a dot in the domain, no spaces.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
# Digits with the marks people write between them: +86 138-0000-0001, (010) 1234 5678,
# 0755-12345678 转 123; 5 to 20 digits.
_PHONE = re.compile(r"\+?[\d\s\-()]+(?:\s*(?:转|ext\.?|x)\s*\d{1,6})?", re.IGNORECASE)
_PHONE_DIGITS = (5, 20)


class Shape(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


def _is_email(text: str) -> bool:
    return _EMAIL.fullmatch(text) is not None


def _is_phone(text: str) -> bool:
    lowest, highest = _PHONE_DIGITS
    if text.isascii() and text.isdigit():  # the usual number: no regex needed
        return lowest <= len(text) <= highest
    if _PHONE.fullmatch(text) is None:
        return False
    return lowest <= sum(map(str.isdigit, text)) <= highest


def shape_test(shape: Shape) -> Callable[[str], bool]:
    """Whether a text (not empty) has the shape: a function chosen once per column."""
    return _is_email if shape is Shape.EMAIL else _is_phone


# Full matches that need no further test: an e-mail's own pattern, a phone of ASCII digits
# only (what `_is_phone` accepts without its regex).
_ASCII_PHONE = re.compile("[0-9]{{{},{}}}".format(*_PHONE_DIGITS))
_QUICK = {Shape.EMAIL: _EMAIL, Shape.PHONE: _ASCII_PHONE}


def quick_shape(shape: Shape) -> re.Pattern[str]:
    """A pattern whose full match means the shape's test passes; a text it does not match
    may still pass (ask `shape_test`). Matching a whole column with it is one C call per
    cell."""
    return _QUICK[shape]


def fits(shape: Shape, text: str) -> bool:
    """Whether `text` (not empty) has the shape."""
    return shape_test(shape)(text)


def check_shape(shape: Shape, text: str) -> None:
    """Raise CellValueError when `text` (not empty) does not have the shape."""
    if fits(shape, text):
        return
    if shape is Shape.EMAIL:
        raise CellValueError("not an e-mail address (name@example.cn)")
    raise CellValueError("not a phone number (digits, +, -, spaces, brackets)")
