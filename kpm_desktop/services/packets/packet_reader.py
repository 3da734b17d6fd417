"""Reading a returned packet workbook safely: never more than a few MB unpacked, no
password-protected or non-XLSX file, and any damage becomes a `PacketError` naming the
file (a fuzzed workbook never ends in a traceback)."""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.domain.packets.packet_errors import PacketError
from kpm_desktop.domain.packets.packet_hash import HIDDEN_SHEET, cell_text

_log = logging.getLogger(__name__)

# A packet of a hundred appraisees unpacks to about 3 MB; more is no packet (a zip bomb).
MAX_UNPACKED = 64 << 20
MAX_FILE = 32 << 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an encrypted (password-protected) workbook, or .xls


@dataclass(frozen=True)
class WorkbookCells:
    """Every sheet's non-empty, non-formula cells (coordinate -> value), and the hidden
    packet sheet's rows as text."""

    sheets: dict[str, dict[str, object]]
    hidden: list[list[str]]


def _check_container(path: Path) -> None:
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise PacketError(
            "{file} cannot be read: {reason}", file=name, reason=exc.strerror
        ) from exc
    if head == _OLE_MAGIC:
        raise PacketError(
            "{file} is password-protected or an old .xls workbook: save it as .xlsx without "
            "a password",
            file=name,
        )
    if size > MAX_FILE or not zipfile.is_zipfile(path):
        raise PacketError("{file} is not an XLSX workbook", file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            encrypted = any(info.flag_bits & 0x1 for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PacketError(
            "{file} is not an XLSX workbook ({reason})", file=name, reason=exc
        ) from exc
    if encrypted:
        raise PacketError("{file} is password-protected", file=name)
    if unpacked > MAX_UNPACKED:
        raise PacketError(
            "{file} unpacks to {size:,} MB, far more than a packet: refused",
            file=name,
            size=unpacked >> 20,
        )


def _sheet_cells(sheet: object) -> dict[str, object]:
    cells: dict[str, object] = {}
    for row in sheet.iter_rows():  # type: ignore[attr-defined]
        for cell in row:
            value = getattr(cell, "value", None)
            if value is None or getattr(cell, "data_type", "") == "f":
                continue
            if isinstance(value, str) and value.startswith("=") and cell.data_type != "s":
                continue
            cells[cell.coordinate] = value
    return cells


def read_packet_workbook(path: Path) -> WorkbookCells:
    _check_container(path)
    import openpyxl  # imported late: only packets and imports need it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        try:
            sheets = {ws.title: _sheet_cells(ws) for ws in book.worksheets}
        finally:
            book.close()
    except Exception as exc:  # openpyxl raises anything on damaged XML: all mean "damaged"
        _log.warning("packet workbook unreadable: %s", type(exc).__name__)
        raise PacketError(
            "{file} is damaged or not an XLSX workbook ({reason})",
            file=path.name,
            reason=type(exc).__name__,
        ) from exc
    hidden = sheets.pop(HIDDEN_SHEET, None)
    if hidden is None:
        raise PacketError(
            "{file} is not a KPM Desktop rater packet (it has no hidden sheet {sheet})",
            file=path.name,
            sheet=HIDDEN_SHEET,
        )
    return WorkbookCells(sheets, _rows_of(hidden))


def _rows_of(cells: dict[str, object]) -> list[list[str]]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    rows: dict[int, dict[int, str]] = {}
    for coordinate, value in cells.items():
        letters, number = coordinate_from_string(coordinate)
        rows.setdefault(number, {})[column_index_from_string(letters)] = cell_text(value)
    result = []
    for number in sorted(rows):
        row = rows[number]
        result.append([row.get(c, "") for c in range(1, max(row) + 1)])
    return result
