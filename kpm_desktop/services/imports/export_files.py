"""Writing rows to CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX (typed cells).

Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or
carriage return) is neutralised: CSV gets a leading apostrophe, XLSX a text cell with
Excel's quote prefix. Our importer takes the apostrophe off again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from kpm_desktop.domain.decimals import plain_decimal
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.private_files import private_output

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_FORMATS = ("csv", "xlsx")
_PROGRESS_EVERY = 10_000

# Rows written so far.
ExportProgress = Callable[[int], None]


def neutralise(text: str) -> str:
    """CSV text safe from formula injection."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if isinstance(value, date | int | float):
        return str(value)
    return neutralise(str(value))


def export_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in EXPORT_FORMATS:
        raise ValidationError("{file}: export to .csv or .xlsx", file=path.name)
    return suffix


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    progress: ExportProgress | None = None,
) -> int:
    count = 0
    with private_output(path) as partial, partial.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
            if progress is not None and count % _PROGRESS_EVERY == 0:
                progress(count)
    return count


def _xlsx_cell(sheet: Any, value: object) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=value)
        # openpyxl would store "=..." as a formula: keep it text, marked as Excel does.
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, Decimal):
        cell.number_format = "#,##0.00" if value.as_tuple().exponent == -2 else "0.####"
    return cell


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str,
    progress: ExportProgress | None = None,
) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    # Excel refuses these characters in sheet names, and names over 31 characters.
    sheet = workbook.create_sheet(re.sub(r"[\\/*?:\[\]]", "-", sheet_title)[:31])
    sheet.append([_xlsx_cell(sheet, header) for header in headers])
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
        count += 1
        if progress is not None and count % _PROGRESS_EVERY == 0:
            progress(count)
    with private_output(path) as partial:
        workbook.save(partial)
    return count
