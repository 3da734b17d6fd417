"""`kpm import KIND FILE [--profile NAME]`: import a CSV or XLSX file, all or nothing, as
the signed-in user (`--user`, who needs IMPORT_DATA). With a profile, `--check` also shows
the mapping used and the values no value map lists."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.progress import ProgressLine
from kpm_desktop.domain.import_columns import IgnoredColumn
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profiles import Unmapped
from kpm_desktop.services.imports.file_limits import FileLimits
from kpm_desktop.services.imports.import_run import ImportReport
from kpm_desktop.services.imports.import_service import (
    SHOWN_ERRORS,
    ImportRejected,
    describe_ignored,
)

EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("import", help="import a CSV or XLSX file")
    parser.add_argument(
        "kind", choices=list(IMPORT_KINDS), metavar="KIND", help=", ".join(IMPORT_KINDS)
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=".csv or .xlsx")
    parser.add_argument("--sheet", help="XLSX sheet to read (default: the first)")
    parser.add_argument(
        "--profile", metavar="NAME", help="read the file with this import profile (kpm profile)"
    )
    parser.add_argument(
        "--check", action="store_true", help="only report what would happen; write nothing"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse a file with columns that would be ignored (a misspelt header)",
    )
    defaults = FileLimits()
    parser.add_argument(
        "--max-rows",
        type=int,
        default=defaults.max_rows,
        help=f"refuse a file with more rows (default {defaults.max_rows:,})",
    )
    parser.add_argument(
        "--max-columns",
        type=int,
        default=defaults.max_columns,
        help=f"refuse a file with more columns (default {defaults.max_columns:,})",
    )
    parser.add_argument(
        "--max-megabytes",
        type=int,
        default=defaults.max_bytes >> 20,
        help=f"refuse a file larger unpacked (default {defaults.max_bytes >> 20:,})",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    limits = FileLimits(args.max_rows, args.max_columns, args.max_megabytes << 20)
    service, actor = context.services.imports.with_limits(limits), context.actor
    run_import = service.check if args.check else service.import_file
    profile = service.profiles.get(args.profile) if args.profile else None
    try:
        with ProgressLine() as line:

            def progress(fraction: float, rows: int) -> None:
                line.show(f"importing: {rows:,} rows ({fraction:.0%})")

            report = run_import(
                actor,
                args.file,
                args.kind,
                sheet=args.sheet,
                progress=progress,
                strict=args.strict,
                profile=profile,
            )
    except ImportRejected as exc:
        rejected = exc.report
        _warn_ignored(rejected.ignored_columns)
        _warn_unmapped(rejected)
        print(
            f"kpm: error: {rejected.file}: {rejected.error_count} problem(s), nothing was imported",
            file=sys.stderr,
        )
        for error in rejected.errors[:SHOWN_ERRORS]:
            print(f"  {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _warn_ignored(report.ignored_columns)
    if args.check:
        _show_mapping(context, report)
    _warn_unmapped(report)
    verb = "would be" if args.check else "were"
    context.print(
        f"{report.file}: {report.rows} rows; {report.inserted} inserted, "
        f"{report.updated} updated, {report.unchanged} unchanged {verb} written"
        if not report.error_count
        else f"{report.file}: {report.error_count} problem(s) found"
    )
    for error in report.errors[:SHOWN_ERRORS]:
        context.print(f"  {error}")
    return EXIT_BAD_INPUT if report.error_count else 0


_OUTCOMES = {
    Unmapped.REFUSE: "refused",
    Unmapped.KEEP: "kept as written",
    Unmapped.DEFAULT: "the default was used",
}


def _show_mapping(context: CliContext, report: ImportReport) -> None:
    context.print(f"profile: {report.profile or 'none (columns matched by their names)'}")
    for header, field in report.columns_used:
        context.print(f"  {header} -> {field}")


def _warn_unmapped(report: ImportReport) -> None:
    for value in report.unmapped:
        print(
            f"kpm: warning: unmapped value '{value.value}' in column {value.header} "
            f"({value.field}): {value.rows} row(s) from row {value.first_row}, "
            f"{_OUTCOMES[value.outcome]}",
            file=sys.stderr,
        )


def _warn_ignored(ignored: list[IgnoredColumn]) -> None:
    if ignored:
        listed = "; ".join(describe_ignored(column) for column in ignored)
        print(f"kpm: warning: columns ignored: {listed}", file=sys.stderr)
