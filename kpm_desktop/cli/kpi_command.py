"""`kpm kpi`: the CRM KPIs of a period as a table, CSV or JSON; `kpm kpi --list`.

The KPIs are computed as the signed-in user (`--user`) sees them: an employee their own
row, a supervisor their team's, HR and viewers everyone's. Table and CSV round numbers to
2 decimals (ROUND_HALF_UP) except whole counts; JSON keeps them exact. With `--compare`
each KPI is followed by its growth against the previous period, in percent.

Notes about the figures (customer sources marketing ROI leaves out because nobody said
whether they are marketing) follow the table, go into JSON under "notes", and go to stderr
beside CSV so the file stays a table.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.json_text import indented_json, json_string
from kpm_desktop.cli.text_table import display_width
from kpm_desktop.domain.decimals import plain_decimal
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.kpi import (
    CSAT_BANDS,
    KPI_DEFINITIONS,
    KpiUnit,
    KpiValue,
    ScopeLevel,
    format_number,
    plain_number,
)
from kpm_desktop.domain.kpi_table import KpiRow, KpiTable

if TYPE_CHECKING:
    from kpm_desktop.domain.access import Actor

# format_number (table) or plain_number (CSV)
NumberText = Callable[[Decimal | None, KpiUnit | None], str]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("kpi", help="compute CRM KPIs for a period")
    parser.add_argument("--period", help="2026Q3, 2026-07, 2026H1 or 2026")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--staff", metavar="NO", help="one staff member (employee no.)")
    who.add_argument("--department", metavar="D", help="a department's staff (code or name)")
    parser.add_argument(
        "--level",
        choices=[level.value for level in ScopeLevel],
        default=ScopeLevel.STAFF.value,
        help="rows per staff member (default), department or the company",
    )
    parser.add_argument("--kpi", metavar="KEY,...", help="only these KPIs (default: all)")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument("--compare", action="store_true", help="add growth vs previous period")
    parser.add_argument("--list", action="store_true", help="list the KPIs and their formulas")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    if args.list:
        _print_registry(context, args.format)
        return 0
    if not args.period:
        raise ValidationError("kpm kpi needs --period (e.g. 2026Q3), or --list")
    if args.staff and args.level != ScopeLevel.STAFF.value:
        raise ValidationError("--staff gives a staff row: leave out --level or use --department")
    # Computed and written out while the password is checked; shown only once it passed.
    table, text = context.while_signing_in(lambda actor: _output(args, context, actor))
    context.out.write(text)
    if args.format == "csv":
        _print_notes_to_stderr(table)
    return 0


def _output(args: argparse.Namespace, context: CliContext, actor: Actor) -> tuple[KpiTable, str]:
    """The KPIs `actor` may see, and their text in the format asked for."""
    table = context.core.kpis.compute_for(
        actor,
        args.period,
        level=ScopeLevel(args.level),
        department=args.department,
        staff_nos=[args.staff] if args.staff else None,
        keys=args.kpi,
        compare=args.compare,
    )
    if args.format == "json":
        return table, _json_text(table) + "\n"
    if args.format == "csv":
        return table, _csv_text(table, args.compare)
    return table, "".join(line + "\n" for line in _table_lines(table, args.compare))


def _number(value: Decimal | None) -> str:
    """A number as a JSON string of its exact digits (plain_decimal needs no escaping)."""
    return "null" if value is None else f'"{plain_decimal(value)}"'


def _json_text(table: KpiTable) -> str:
    """The table as `json.dumps(..., ensure_ascii=False, indent=2)` would write
    {"period", "rows": [{"level", "code", "name", "department", "kpis": {key: {"value",
    "na_reason", "numerator", "denominator", "target", "attainment", "growth", "details"}}}],
    "notes": [{"kpi", "text", "names"}]}, written directly: 100,000 values for 1,000 staff."""
    rows = ",\n    ".join(_json_row(row) for row in table.rows)
    notes = [
        {"kpi": note.kpi, "text": str(note.text), "names": list(note.names)} for note in table.notes
    ]
    return (
        f'{{\n  "period": {json_string(str(table.period))},\n'
        f'  "rows": {f"[{_NL4}{rows}{_NL2}]" if rows else "[]"},\n'
        f'  "notes": {indented_json(notes).replace(chr(10), _NL2)}\n}}'
    )


_NL2, _NL4, _NL6, _NL8, _NL10 = ("\n" + " " * n for n in (2, 4, 6, 8, 10))


def _json_row(row: KpiRow) -> str:
    kpis = f",{_NL8}".join(
        f"{json_string(key)}: {_json_value(value)}" for key, value in row.values.items()
    )
    return (
        f'{{{_NL6}"level": {json_string(row.level.value)},'
        f'{_NL6}"code": {json_string(row.code)},'
        f'{_NL6}"name": {json_string(row.name)},'
        f'{_NL6}"department": {json_string(row.department)},'
        f'{_NL6}"kpis": {f"{{{_NL8}{kpis}{_NL6}}}" if kpis else "{}"}{_NL4}}}'
    )


def _json_value(v: KpiValue) -> str:
    details = "{}"
    if v.details:
        counts = {name: None if n is None else plain_decimal(n) for name, n in v.details}
        details = indented_json(counts).replace("\n", _NL10)
    return (
        f'{{{_NL10}"value": {_number(v.value)},'
        f'{_NL10}"na_reason": {json_string(v.reason) if v.reason else "null"},'
        f'{_NL10}"numerator": {_number(v.numerator)},'
        f'{_NL10}"denominator": {_number(v.denominator)},'
        f'{_NL10}"target": {_number(v.target)},'
        f'{_NL10}"attainment": {_number(v.attainment)},'
        f'{_NL10}"growth": {_number(v.growth)},'
        f'{_NL10}"details": {details}{_NL8}}}'
    )


def _print_notes_to_stderr(table: KpiTable) -> None:
    """CSV stays a clean table for the file it is written to; the notes go beside it."""
    for note in table.notes:
        print(f"kpm: note ({note.kpi}): {note.text}", file=sys.stderr)


def _headers(table: KpiTable, compare: bool) -> list[str]:
    """A column per KPI, each followed by `<key>_growth` when comparing."""
    headers = []
    for definition in table.definitions:
        headers.append(definition.key)
        if compare:
            headers.append(f"{definition.key}_growth")
    return headers


def _cells(row: KpiRow, table: KpiTable, compare: bool, text: NumberText) -> list[str]:
    """The row's KPI cells in `_headers` order, each number written by `text`."""
    cells = []
    for definition in table.definitions:
        value = row.values[definition.key]
        cells.append(text(value.value, definition.unit))
        if compare:
            cells.append(text(value.growth, KpiUnit.PERCENT))
    return cells


def _csv_text(table: KpiTable, compare: bool) -> str:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["level", "code", "name", "department", *_headers(table, compare)])
    for row in table.rows:
        cells = _cells(row, table, compare, plain_number)
        writer.writerow([row.level.value, row.code, row.name, row.department, *cells])
    return text.getvalue()


def _table_lines(table: KpiTable, compare: bool) -> list[str]:
    header = ["code", "name", *_headers(table, compare)]
    cells = [header]
    for row in table.rows:
        cells.append([row.code, row.name, *_cells(row, table, compare, format_number)])
    lines = [f"KPIs {table.period}", *_aligned(cells)]
    lines += [f"note ({note.kpi}): {note.text}" for note in table.notes]
    if any(d.key == "csat" for d in table.definitions):
        lines += _csat_band_lines(table)
    return lines


def _aligned(lines: list[list[str]]) -> list[str]:
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(lines[0]))]
    return [
        "  ".join(cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(line))
        for line in lines
    ]


def _csat_band_lines(table: KpiTable) -> list[str]:
    """How many rated tickets fall in each satisfaction band, per row (CSAT_BANDS)."""
    header = ["code", "name", *(f"{name} {low}-{high}" for name, low, high in CSAT_BANDS)]
    lines = [header]
    for row in table.rows:
        counts = dict(row.values["csat"].details)
        cells = [format_number(counts.get(name), KpiUnit.COUNT) for name, _, _ in CSAT_BANDS]
        lines.append([row.code, row.name, *cells])
    return ["", "CSAT bands (rated tickets)", *_aligned(lines)]


def _print_registry(context: CliContext, output: str) -> None:
    if output == "json":
        context.print(
            json.dumps(
                [
                    {
                        "key": d.key,
                        "name_zh": d.name_zh,
                        "name_en": d.name_en,
                        "unit": d.unit.value,
                        "direction": d.direction.value,
                        "family": d.family.value,
                        "formula": d.formula,
                        "formula_zh": d.formula_zh,
                    }
                    for d in KPI_DEFINITIONS
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for d in KPI_DEFINITIONS:
        unit = "%" if d.unit is KpiUnit.PERCENT else d.unit.value
        context.print(
            f"{d.key:24} {d.name_zh}  {d.name_en} [{unit}, {d.direction.value} is better, "
            f"{d.family.value}]: {d.formula}"
        )
