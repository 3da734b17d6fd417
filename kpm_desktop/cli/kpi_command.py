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
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.json_text import indented_json
from kpm_desktop.cli.text_table import display_width
from kpm_desktop.domain.decimals import plain_decimal
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.kpi import (
    CSAT_BANDS,
    KPI_DEFINITIONS,
    KpiUnit,
    ScopeLevel,
    format_number,
    plain_number,
)
from kpm_desktop.domain.kpi_table import KpiRow, KpiTable

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
    table = context.core.kpis.compute_for(
        context.actor,
        args.period,
        level=ScopeLevel(args.level),
        department=args.department,
        staff_nos=[args.staff] if args.staff else None,
        keys=args.kpi,
        compare=args.compare,
    )
    if args.format == "json":
        context.print(indented_json(_as_json(table)))
    elif args.format == "csv":
        _print_csv(context, table, args.compare)
        _print_notes_to_stderr(table)
    else:
        _print_table(context, table, args.compare)
    return 0


def _number(value: Decimal | None) -> str | None:
    return None if value is None else plain_decimal(value)


def _as_json(table: KpiTable) -> dict[str, Any]:
    return {
        "period": str(table.period),
        "rows": [
            {
                "level": row.level.value,
                "code": row.code,
                "name": row.name,
                "department": row.department,
                "kpis": {
                    key: {
                        "value": _number(v.value),
                        "na_reason": v.reason or None,
                        "numerator": _number(v.numerator),
                        "denominator": _number(v.denominator),
                        "target": _number(v.target),
                        "attainment": _number(v.attainment),
                        "growth": _number(v.growth),
                        "details": {name: _number(count) for name, count in v.details},
                    }
                    for key, v in row.values.items()
                },
            }
            for row in table.rows
        ],
        "notes": [
            {"kpi": note.kpi, "text": str(note.text), "names": list(note.names)}
            for note in table.notes
        ],
    }


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


def _print_csv(context: CliContext, table: KpiTable, compare: bool) -> None:
    writer = csv.writer(context.out, lineterminator="\n")
    writer.writerow(["level", "code", "name", "department", *_headers(table, compare)])
    for row in table.rows:
        cells = _cells(row, table, compare, plain_number)
        writer.writerow([row.level.value, row.code, row.name, row.department, *cells])


def _print_table(context: CliContext, table: KpiTable, compare: bool) -> None:
    header = ["code", "name", *_headers(table, compare)]
    lines = [header]
    for row in table.rows:
        lines.append([row.code, row.name, *_cells(row, table, compare, format_number)])
    context.print(f"KPIs {table.period}")
    _print_aligned(context, lines)
    for note in table.notes:
        context.print(f"note ({note.kpi}): {note.text}")
    if any(d.key == "csat" for d in table.definitions):
        _print_csat_bands(context, table)


def _print_aligned(context: CliContext, lines: list[list[str]]) -> None:
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        context.print(
            "  ".join(cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(line))
        )


def _print_csat_bands(context: CliContext, table: KpiTable) -> None:
    """How many rated tickets fall in each satisfaction band, per row (CSAT_BANDS)."""
    header = ["code", "name", *(f"{name} {low}-{high}" for name, low, high in CSAT_BANDS)]
    lines = [header]
    for row in table.rows:
        counts = dict(row.values["csat"].details)
        cells = [format_number(counts.get(name), KpiUnit.COUNT) for name, _, _ in CSAT_BANDS]
        lines.append([row.code, row.name, *cells])
    context.print("")
    context.print("CSAT bands (rated tickets)")
    _print_aligned(context, lines)


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
