"""Limits on the size of an imported file, checked before its rows are read.

A workbook is a zip: 1 MB on disk may unpack to gigabytes of sheet XML (a "zip bomb").
So the zip's declared unpacked sizes are checked first (zipfile never unpacks more than
an entry declares), then the sheet's declared dimension, then its rows are counted in
one streaming pass over the unpacked XML, stopping at the limit; a CSV's rows are counted
by its line breaks. Each check takes seconds at most and memory for one chunk.
"""

from __future__ import annotations

import csv
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from kpm_desktop.domain.errors import ValidationError

_CHUNK = 1 << 20
# What a broken or unusual zip raises (bad data, encryption, an unknown compression).
_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ElementTree.ParseError,
    OSError,
    NotImplementedError,
    RuntimeError,
)
# A row's start tag, with or without a namespace prefix ("<x:row r=...>").
_ROW_TAGS = (b"<row ", b"<row>", b":row ", b":row>")
_TAG_LENGTH = 5
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]+\d+:([A-Z]+)(\d+)\"")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


@dataclass(frozen=True)
class FileLimits:
    """The largest file an import reads. Rows count the header; bytes are unpacked bytes
    (a CSV's size, an XLSX's parts unzipped)."""

    max_rows: int = 2_000_000
    max_columns: int = 1_000
    max_bytes: int = 2 << 30


class FileTooLarge(ValidationError):
    """A file over one of the limits; nothing of it was read."""


def _too_many_rows(path: Path, limits: FileLimits) -> FileTooLarge:
    return FileTooLarge(
        "{file}: more than {limit:,} rows, the limit for one file; split it, or raise the "
        "limit (kpm import --max-rows)",
        file=path.name,
        limit=limits.max_rows,
    )


def too_many_columns(path: Path, limits: FileLimits) -> FileTooLarge:
    return FileTooLarge(
        "{file}: more than {limit:,} columns, the limit for one file (kpm import --max-columns)",
        file=path.name,
        limit=limits.max_columns,
    )


def _too_big(path: Path, size: int, limits: FileLimits) -> FileTooLarge:
    return FileTooLarge(
        "{file}: {size:,} MB unpacked, over the limit of {limit:,} MB for one file (kpm "
        "import --max-megabytes)",
        file=path.name,
        size=size >> 20,
        limit=limits.max_bytes >> 20,
    )


def check_csv_size(path: Path, limits: FileLimits) -> None:
    """Refuse a CSV over the size limit, before anything of it is read."""
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise _too_big(path, size, limits)


def check_csv_rows(path: Path, encoding: str, delimiter: str, limits: FileLimits) -> None:
    """Refuse a CSV over the row limit."""
    breaks = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            breaks += chunk.count(b"\n")
    if breaks < limits.max_rows:
        return  # every row ends at a line break (the last one may not): few enough
    # Quoted fields may hold line breaks: count the rows themselves.
    with path.open(encoding=encoding, newline="") as text:
        for number, _row in enumerate(csv.reader(text, delimiter=delimiter), start=1):
            if number > limits.max_rows:
                raise _too_many_rows(path, limits)


def check_workbook(path: Path, sheet: str | None, limits: FileLimits) -> None:
    """Refuse a workbook over the unpacked size, or whose sheet (the first one, or the one
    named) declares or holds more rows or columns than the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > limits.max_bytes:
                raise _too_big(path, unpacked, limits)
            part = _sheet_part(archive, sheet)
            if part is not None:
                _count_rows(archive, part, path, limits)
    except _UNREADABLE:
        return  # not a workbook we understand: opening it says what is wrong


def _sheet_part(archive: zipfile.ZipFile, sheet: str | None) -> str | None:
    """The zip entry of the sheet, from the workbook's sheet list and its relationships."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    sheets = workbook.findall(f"{_MAIN}sheets/{_MAIN}sheet")
    chosen = next((s for s in sheets if sheet is None or s.get("name") == sheet), None)
    if chosen is None:
        return None
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(
        (r.get("Target") for r in relations.iter(_PACKAGE_REL) if r.get("Id") == chosen.get(_REL)),
        None,
    )
    if target is None:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)


def _count_rows(archive: zipfile.ZipFile, part: str, path: Path, limits: FileLimits) -> None:
    rows, tail = 0, b""
    with archive.open(part) as stream:
        head = stream.read(_CHUNK)
        _check_dimension(head, path, limits)
        chunk = head
        while chunk:
            window = tail + chunk
            # A tag cut by the window's end is counted in the next window, never twice.
            end = max(len(window) - _TAG_LENGTH, 0)
            rows += _row_tags(window, end)
            tail = window[end:]
            if rows > limits.max_rows:
                raise _too_many_rows(path, limits)
            chunk = stream.read(_CHUNK)
    rows += _row_tags(tail, len(tail))
    if rows > limits.max_rows:
        raise _too_many_rows(path, limits)


def _row_tags(data: bytes, end: int) -> int:
    """Row start tags wholly within data[:end] (bytes.count: far faster than a regex)."""
    return sum(data.count(tag, 0, end) for tag in _ROW_TAGS)


def _check_dimension(head: bytes, path: Path, limits: FileLimits) -> None:
    match = _DIMENSION.search(head)
    if match is None:
        return  # optional: the rows are counted anyway
    letters, last_row = match.group(1), int(match.group(2))
    width = 0
    for letter in letters.decode():
        width = width * 26 + ord(letter) - ord("A") + 1
    if last_row > limits.max_rows:
        raise _too_many_rows(path, limits)
    if width > limits.max_columns:
        raise too_many_columns(path, limits)
