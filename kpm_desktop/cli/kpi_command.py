"""`kpm kpi`: the CRM KPIs of a period as a table, CSV or JSON; `kpm kpi --list`."""

from __future__ import annotations

import argparse
import csv
import json
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.kpi import KPI_DEFINITIONS, KpiUnit, ScopeLevel, format_number
from kpm_desktop.domain.kpi_table import KpiTable
from kpm_desktop.services.kpi_service import KpiService


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
    table = KpiService(context.database).compute(
        args.period,
        level=ScopeLevel(args.level),
        department=args.department,
        staff_nos=[args.staff] if args.staff else None,
        keys=args.kpi,
        compare=args.compare,
    )
    if args.format == "json":
        context.print(json.dumps(_as_json(table), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        _print_csv(context, table)
    else:
        _print_table(context, table)
    return 0


def _number(value: Any) -> str | None:
    return None if value is None else str(value)


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
                    }
                    for key, v in row.values.items()
                },
            }
            for row in table.rows
        ],
    }


def _print_csv(context: CliContext, table: KpiTable) -> None:
    writer = csv.writer(context.out, lineterminator="\n")
    keys = [d.key for d in table.definitions]
    writer.writerow(["level", "code", "name", "department", *keys])
    for row in table.rows:
        cells = [
            "n/a" if row.values[key].value is None else str(row.values[key].value) for key in keys
        ]
        writer.writerow([row.level.value, row.code, row.name, row.department, *cells])


def _print_table(context: CliContext, table: KpiTable) -> None:
    header = ["code", "name", *(d.key for d in table.definitions)]
    lines = [header]
    for row in table.rows:
        lines.append(
            [
                row.code,
                row.name,
                *(format_number(row.values[d.key].value, d.unit) for d in table.definitions),
            ]
        )
    widths = [max(_width(line[i]) for line in lines) for i in range(len(header))]
    context.print(f"KPIs {table.period}")
    for line in lines:
        context.print(
            "  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(line))
        )


def _width(text: str) -> int:
    """Display width: Chinese characters take two columns in a terminal."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


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
