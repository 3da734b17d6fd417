"""`kpm export KIND FILE`: write a table to CSV (UTF-8 with BOM) or XLSX, as the signed-in
user (`--user`, who needs EXPORT_DATA)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.progress import ProgressLine
from kpm_desktop.services.imports.export_service import export_kinds


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("export", help="export a table to CSV or XLSX")
    kinds = list(export_kinds())
    parser.add_argument("kind", choices=kinds, metavar="KIND", help=", ".join(kinds))
    parser.add_argument("file", type=Path, metavar="FILE", help=".csv or .xlsx")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    with ProgressLine() as line:

        def report(rows: int) -> None:
            line.show(f"exporting: {rows:,} rows")

        count = context.services.exports.export(
            context.actor, args.kind, args.file, progress=report
        )
    context.print(f"{count} rows written to {args.file}")
    return 0
