"""The column lane of row conversion: a whole chunk of clean rows converted column by column.

For a chunk it gives every row's values, as one list per field, exactly as the careful path
(`RowConverter.convert_carefully`) gives them for rows without errors; or it gives up
(None) and the chunk goes through the row paths, which name every error. A chunk is
transposed once (`zip(*rows)`, C), then each column is read with C-level `map`s over the
whole column instead of one Python call per cell: text columns trimmed and checked for
length, emptiness and apostrophes with a handful of calls per column, e-mail and phone
columns matched with a regex, date columns looked up once per distinct text.
Other columns use the row path's cell reader cell by cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import compress
from typing import Any

from kpm_desktop.domain.cell_values import CellValueError
from kpm_desktop.domain.import_columns import Column, Parsed, ValueType
from kpm_desktop.domain.quick_rows import blank_value, cell_reader
from kpm_desktop.domain.text_shapes import quick_shape, shape_test

Columns = dict[str, list[Parsed]]
ColumnReader = Callable[[Sequence[Any]], list[Parsed] | None]
# How many distinct date texts a column remembers.
_KNOWN_DATES = 50_000


def _text_reader(column: Column) -> ColumnReader:
    """Trimmed texts, or None when a cell needs the careful path's eye (too long, empty
    where required, a leading apostrophe, a wrong shape, not text)."""
    limit, required, blank = column.max_length, column.required, blank_value(column)
    shape = column.shape
    quick = quick_shape(shape).fullmatch if shape is not None else None
    test = shape_test(shape) if shape is not None else None

    def read(cells: Sequence[Any]) -> list[Parsed] | None:
        try:
            texts: list[Any] = list(map(str.strip, cells))
        except TypeError:  # typed cells (XLSX)
            return None
        if not texts:
            return texts
        if max(map(len, texts)) > limit or (required and not all(texts)):
            return None
        # A leading apostrophe may need taking off (`clean_text` knows when): seen with
        # one search of the column joined by NUL, which the cells cannot start with.
        if "\0'" in "\0" + "\0".join(texts):
            return None
        if quick is not None and test is not None and not all(map(quick, texts)):
            odd = compress(texts, [match is None for match in map(quick, texts)])
            if not all(test(text) for text in odd if text):
                return None
        if blank != "" and "" in texts:
            texts = [text or blank for text in texts]
        return texts

    return read


def _date_reader(column: Column) -> ColumnReader:
    """A file holds few distinct dates, each on many rows: each text is parsed once."""
    known: dict[object, date] = {}
    read_cell = cell_reader(column)

    def read(cells: Sequence[Any]) -> list[Parsed] | None:
        days: list[Parsed] = list(map(known.get, cells))
        if None not in days:
            return days
        for position, day in enumerate(days):
            if day is not None:
                continue
            raw = cells[position]
            try:
                value = read_cell(raw)
            except CellValueError:
                return None
            days[position] = value
            if raw.__class__ is str and isinstance(value, date) and len(known) < _KNOWN_DATES:
                known[raw] = value
        return days

    return read


def _cell_by_cell(column: Column) -> ColumnReader:
    read_cell = cell_reader(column)

    def read(cells: Sequence[Any]) -> list[Parsed] | None:
        try:
            return list(map(read_cell, cells))
        except CellValueError:
            return None

    return read


def column_reader(column: Column) -> ColumnReader:
    """How a column of cells of `column` is read, chosen once per file."""
    if column.type is ValueType.TEXT:
        return _text_reader(column)
    if column.type is ValueType.DATE:
        return _date_reader(column)
    return _cell_by_cell(column)


class QuickColumns:
    """Reads chunks of clean rows of one file, column by column."""

    def __init__(self, cells: Sequence[tuple[Column, int]]) -> None:
        self._readers = [(column.field, index, column_reader(column)) for column, index in cells]
        self._width = max((index + 1 for _c, index in cells), default=0)

    def read(self, rows: Sequence[Sequence[Any]]) -> Columns | None:
        """field -> the values of every row, or None when a row needs the row paths."""
        if not rows or min(map(len, rows)) < self._width:
            return None
        table = list(zip(*rows, strict=False))  # as wide as the narrowest row
        columns: Columns = {}
        for field, index, read in self._readers:
            values = read(table[index])
            if values is None:
                return None
            columns[field] = values
        return columns
