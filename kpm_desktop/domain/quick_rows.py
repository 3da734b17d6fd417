"""The quick path of row conversion: clean rows, which are nearly all rows, made cheap.

It gives the same values as the careful path in `import_rows` or gives up (None), and then
the careful path converts the row again and says what is wrong. CSV rows are all text:
their text columns are trimmed and checked row by row with C-level `map`s and one `dict`,
not cell by cell; other columns get a parser chosen once per column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import itemgetter, le
from typing import Any

from kpm_desktop.domain.cell_values import CellValueError, common_date
from kpm_desktop.domain.import_columns import Column, Parsed, ValueType, is_blank
from kpm_desktop.domain.text_shapes import shape_test

Values = dict[str, Parsed]
# How many distinct date texts a column remembers.
_KNOWN_DATES = 50_000


def blank_value(column: Column) -> Parsed:
    """What an empty cell means: the column's default, or empty text for plain text."""
    if column.default is not None:
        return column.default
    if column.type is ValueType.TEXT and column.reference is None:
        return ""
    return None


def _picker(positions: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """Picks items as a tuple, even one or none (itemgetter alone would not)."""
    if not positions:
        return lambda _row: ()
    if len(positions) == 1:
        only = positions[0]
        return lambda row: (row[only],)
    return itemgetter(*positions)


def cell_reader(column: Column) -> Callable[[object], Parsed]:
    """The value of one cell of `column`, or CellValueError without a useful reason."""
    parse, required, blank = column.parser(), column.required, blank_value(column)

    def read(raw: object) -> Parsed:
        if is_blank(raw):
            if required:
                raise CellValueError("required value missing")
            return blank
        return parse(raw)

    if column.type is ValueType.DATE:
        # A file holds few distinct dates (a few thousand days), each on many rows.
        known: dict[str, date] = {}

        def read_date(raw: object) -> Parsed:
            if raw.__class__ is str:
                day = known.get(raw)
                if day is not None:
                    return day
                day = common_date(raw.strip())
                if day is not None:
                    if len(known) < _KNOWN_DATES:
                        known[raw] = day
                    return day
            return read(raw)

        return read_date
    if column.type is not ValueType.TEXT or column.shape is not None:
        return read
    limit = column.max_length

    def read_text(raw: object) -> Parsed:
        if raw.__class__ is str:
            text = raw.strip()
            # A leading apostrophe may need taking off: `clean_text` knows when.
            if text and text[0] != "'" and len(text) <= limit:
                return str(text)
        return read(raw)

    return read_text


class QuickRows:
    """Reads clean rows of one file; `cells` must reach every mapped column."""

    def __init__(self, cells: Sequence[tuple[Column, int]]) -> None:
        texts = [(column, index) for column, index in cells if column.type is ValueType.TEXT]
        self._text_cells = _picker([index for _c, index in texts])
        self._text_fields = [column.field for column, _i in texts]
        self._limits = [column.max_length for column, _i in texts]
        self._shortest = min(self._limits, default=0)
        self._required = _picker([n for n, (column, _i) in enumerate(texts) if column.required])
        self._shaped = [
            (n, shape_test(column.shape)) for n, (column, _i) in enumerate(texts) if column.shape
        ]
        # Text columns whose empty cell does not mean "" (a reference, a default).
        self._blanks = [
            (n, column.field, blank_value(column))
            for n, (column, _i) in enumerate(texts)
            if blank_value(column) != ""
        ]
        self._others = [
            (column.field, index, cell_reader(column))
            for column, index in cells
            if column.type is not ValueType.TEXT
        ]
        self._readers = [(column.field, index, cell_reader(column)) for column, index in cells]

    def read(self, cells: Sequence[object]) -> Values | None:
        """The row's values, or None when the careful path must look at it."""
        try:
            texts = tuple(map(str.strip, self._text_cells(cells)))
        except TypeError:  # typed cells (XLSX): one cell at a time
            return self._read_cells(cells)
        if not (
            (max(map(len, texts), default=0) <= self._shortest or self._fit(texts))
            and all(self._required(texts))
            and "'" not in "".join(texts)
        ):
            return self._read_cells(cells)
        for position, has_shape in self._shaped:
            text = texts[position]
            if text and not has_shape(text):
                return None
        values: Values = dict(zip(self._text_fields, texts, strict=False))  # same lengths
        for position, field, blank in self._blanks:
            if not texts[position]:
                values[field] = blank
        try:
            for field, index, read in self._others:
                values[field] = read(cells[index])
        except CellValueError:
            return None
        return values

    def _fit(self, texts: tuple[str, ...]) -> bool:
        return all(map(le, map(len, texts), self._limits))

    def _read_cells(self, cells: Sequence[object]) -> Values | None:
        try:
            return {field: read(cells[index]) for field, index, read in self._readers}
        except CellValueError:
            return None
