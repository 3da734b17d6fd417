"""Reading the rows of a CSV or XLSX file: encoding, delimiter and sheet found out here.

No SQL and no knowledge of what the rows mean; `import_service` gives them meaning.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.import_columns import is_blank
from kpm_desktop.domain.import_profiles import FileSettings
from kpm_desktop.services.imports.file_limits import (
    FileLimits,
    check_csv_rows,
    check_csv_size,
    check_workbook,
    too_many_columns,
)

DELIMITERS = (",", ";", "\t")
# Rows read from a CSV at a time when they are asked for one by one.
_CSV_CHUNK = 500
_FIRST = itemgetter(0)
_CELLS = itemgetter(1)
_DECODE_CHUNK = 1 << 20
_ZIP_MAGIC = b"PK\x03\x04"
# What reading a damaged zip raises.
_BROKEN_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, OSError)
# Users bring what Excel, WPS and older CRMs write: try the strict candidates first.
_STRICT_ENCODINGS = ("utf-8", "gb18030")


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read through it, for progress of a text reader."""

    def __init__(self, handle: io.BufferedReader) -> None:
        self._handle = handle
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._handle.readinto(buffer)
        self.bytes_read += count
        return count

    def close(self) -> None:
        self._handle.close()
        super().close()


def _decodes_strictly(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_DECODE_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), then GB18030 (a superset of GBK), then a guess."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise ValidationError(
            "{file}: not a text file (it holds NUL bytes); use CSV or XLSX", file=path.name
        )
    for encoding in _STRICT_ENCODINGS:
        if _decodes_strictly(path, encoding):
            return encoding
    from charset_normalizer import from_path

    best = from_path(path).best()
    if best is None:
        raise ValidationError(
            "{file}: the text encoding cannot be recognised; save it as UTF-8 CSV", file=path.name
        )
    return str(best.encoding)


def detect_delimiter(header_line: str) -> str:
    """The candidate occurring most in the header line; a one-column file gets a comma."""
    counts = {delimiter: header_line.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


@dataclass(frozen=True)
class FileLayout:
    """What was found out about a file before reading its rows."""

    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: tuple[str, ...]
    header_row: int = 1  # rows above it are left out (a report's title lines)


class TabularFile:
    """The header and the data rows of one file; rows are read lazily, once per iteration.
    `open_tabular` has checked the file against `limits`; a row wider than the column
    limit is refused while reading."""

    def __init__(self, layout: FileLayout, limits: FileLimits) -> None:
        self.layout = layout
        self.limits = limits
        self.headers: list[str] = []
        # Asked for only now and then, so no row pays for keeping it up to date.
        self.measure_progress: Callable[[], float] = lambda: 0.0
        for number, cells in self._all_rows():
            if number < layout.header_row:
                continue
            self.headers = ["" if cell is None else str(cell).strip() for cell in cells]
            break
        if not any(self.headers):
            raise ValidationError(
                "{file}: the file is empty (no header row)", file=layout.path.name
            )
        if len(self.headers) > limits.max_columns:
            raise too_many_columns(layout.path, limits)

    @property
    def progress(self) -> float:
        """The fraction of the file read by the current iteration."""
        return self.measure_progress()

    def records(self) -> Iterator[tuple[int, Sequence[object]]]:
        """(row number, cells) of every non-blank row after the header row; the file's
        first row is row 1."""
        rows = self._all_rows()
        for number, _header in rows:
            if number >= self.layout.header_row:
                break
        widest = self.limits.max_columns
        for number, cells in rows:
            if len(cells) > widest:
                raise too_many_columns(self.layout.path, self.limits)
            if not _is_blank_row(cells):
                yield number, cells

    def chunks(self, size: int) -> Iterator[list[tuple[int, Sequence[object]]]]:
        """The records of `records()`, up to `size` at a time. A CSV's rows are read a
        chunk at a time with C-level calls (`islice` of the numbered reader), not a
        generator step per row."""
        if self.layout.format != "csv":
            records = self.records()
            while chunk := list(islice(records, size)):
                yield chunk
            return
        widest = self.limits.max_columns
        for chunk in _csv_rows(self, self.layout, size, skipped=self.layout.header_row):
            cells = list(map(_CELLS, chunk))
            if max(map(len, cells)) > widest:
                raise too_many_columns(self.layout.path, self.limits)
            # The usual chunk: every row's first cell says it is not blank.
            if not (min(map(len, cells)) and all(map(str.strip, map(_FIRST, cells)))):
                chunk = [row for row in chunk if not _is_blank_row(row[1])]
            if chunk:
                yield chunk

    def _all_rows(self) -> Iterator[tuple[int, Sequence[object]]]:
        if self.layout.format == "xlsx":
            yield from _xlsx_rows(self, self.layout.path, self.layout.sheet)
        else:
            for chunk in _csv_rows(self, self.layout, _CSV_CHUNK):
                yield from chunk


def _is_blank_row(cells: Sequence[object]) -> bool:
    first = cells[0] if cells else None
    if first.__class__ is str and first and not first.isspace():
        return False  # the usual row: its first cell says enough
    return all(is_blank(cell) for cell in cells)


def _csv_rows(
    owner: TabularFile, layout: FileLayout, size: int, skipped: int = 0
) -> Iterator[list[tuple[int, Sequence[object]]]]:
    """(row number, cells) of every row after the first `skipped`, `size` rows at a time."""
    file_size = max(layout.path.stat().st_size, 1)
    counter = _CountingReader(layout.path.open("rb"))
    text = io.TextIOWrapper(io.BufferedReader(counter), encoding=layout.encoding, newline="")
    number = 0
    chunk: list[tuple[int, Sequence[object]]] = []
    try:
        numbered = enumerate(csv.reader(text, delimiter=layout.delimiter or ","), start=1)
        owner.measure_progress = lambda: counter.bytes_read / file_size
        chunk.extend(islice(numbered, skipped))
        number = chunk[-1][0] if chunk else 0
        while True:
            chunk = []
            # On an error, `extend` keeps the rows read before it: they say where it was.
            chunk.extend(islice(numbered, size))
            if not chunk:
                break
            number = chunk[-1][0]
            yield chunk
    except csv.Error as exc:
        raise ValidationError(
            "{file}, row {row}: broken CSV: {exc}",
            file=layout.path.name,
            row=(chunk[-1][0] if chunk else number) + 1,
            exc=exc,
        ) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "{file}, row {row}: text is not {encoding}: {reason}",
            file=layout.path.name,
            row=(chunk[-1][0] if chunk else number) + 1,
            encoding=layout.encoding,
            reason=exc.reason,
        ) from exc
    finally:
        text.close()
    owner.measure_progress = lambda: 1.0


def _open_workbook(path: Path) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (*_BROKEN_ZIP, InvalidFileException, KeyError, ValueError) as exc:
        raise ValidationError(
            "{file}: not a readable XLSX workbook ({exc})", file=path.name, exc=exc
        ) from exc


def _xlsx_rows(
    owner: TabularFile, path: Path, sheet: str | None
) -> Iterator[tuple[int, Sequence[object]]]:
    workbook = _open_workbook(path)
    try:
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        total = max(worksheet.max_row or 1, 1)
        number = 0
        owner.measure_progress = lambda: min(number / total, 1.0)
        for number, cells in enumerate(worksheet.iter_rows(values_only=True), start=1):
            yield number, cells
    except _BROKEN_ZIP as exc:
        raise ValidationError(
            "{file}, row {row}: the workbook is damaged ({exc})",
            file=path.name,
            row=number + 1,
            exc=exc,
        ) from exc
    finally:
        workbook.close()
    owner.measure_progress = lambda: 1.0


def _xlsx_layout(path: Path, sheet: str | None, header_row: int) -> FileLayout:
    workbook = _open_workbook(path)
    try:
        names = tuple(workbook.sheetnames)
    finally:
        workbook.close()
    if not names:
        raise ValidationError("{file}: the workbook has no sheet", file=path.name)
    if sheet is not None and sheet not in names:
        raise ValidationError(
            "{file}: no sheet named '{sheet}'; it has {names}",
            file=path.name,
            sheet=sheet,
            names=", ".join(names),
        )
    return FileLayout(path, "xlsx", None, None, sheet or names[0], names, header_row)


def _encoding(path: Path, settings: FileSettings) -> str:
    if settings.encoding is None:
        return detect_encoding(path)
    try:
        codecs.lookup(settings.encoding)
    except LookupError:
        raise ValidationError(
            "{file}: unknown encoding '{encoding}'", file=path.name, encoding=settings.encoding
        ) from None
    return settings.encoding


def _csv_layout(path: Path, limits: FileLimits, settings: FileSettings) -> FileLayout:
    check_csv_size(path, limits)
    encoding = _encoding(path, settings)
    try:
        with path.open(encoding=encoding, newline="") as handle:
            for _skipped in range(settings.header_row - 1):
                handle.readline()
            first_line = handle.readline()
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "{file}: text is not {encoding}: {reason}",
            file=path.name,
            encoding=encoding,
            reason=exc.reason,
        ) from exc
    delimiter = settings.delimiter or detect_delimiter(first_line)
    check_csv_rows(path, encoding, delimiter, limits)
    return FileLayout(path, "csv", encoding, delimiter, None, (), settings.header_row)


def open_tabular(
    path: Path,
    sheet: str | None = None,
    limits: FileLimits | None = None,
    settings: FileSettings | None = None,
) -> TabularFile:
    """Open a CSV or XLSX file (told apart by content, not only by name), refusing one
    over the limits (rows, columns, unpacked size) before reading its rows. `settings`
    (an import profile's) fix the encoding, delimiter, sheet and header row; what they
    leave open is found out from the file."""
    limits = limits or FileLimits()
    settings = settings or FileSettings()
    sheet = sheet or settings.sheet
    if not path.is_file():
        raise ValidationError("{path}: no such file", path=path)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et"):
        raise ValidationError(
            "{file}: old binary spreadsheets cannot be read; save as XLSX", file=path.name
        )
    with path.open("rb") as handle:
        magic = handle.read(4)
    is_zip = magic == _ZIP_MAGIC
    if suffix in (".xlsx", ".xlsm") or is_zip:
        check_workbook(path, sheet, limits)
        return TabularFile(_xlsx_layout(path, sheet, settings.header_row), limits)
    layout = _csv_layout(path, limits, settings)
    return TabularFile(layout, limits)
