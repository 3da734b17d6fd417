"""`kpm verify`: check the database file's integrity, the audit log's hash chain, every
sealed record against its seal and the chain against its witness
(services/audit_trail/integrity.py);
`kpm verify --pdf FILE` checks a printed evaluation sheet against the database instead
(exit 0 when it matches, 1 when it differs or names no appraisal, 2 for a bad file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.domain.errors import ValidationError

EXIT_PROBLEMS_FOUND = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "verify", help="check the database, the audit chain, sealed records and the witness"
    )
    parser.add_argument(
        "--pdf",
        metavar="FILE",
        help="check this evaluation sheet PDF against the database (needs --user)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    if args.pdf is not None:
        return _check_pdf(Path(args.pdf), context)
    return _check_database(context)


def _check_database(context: CliContext) -> int:
    """The file, the audit chain, every seal and the witness: one line per problem, then
    a summary; exit 0 only when nothing is wrong (notes such as a first witness are fine)."""
    report = context.services.integrity.run()
    for problem in report.problems:
        context.print(f"PROBLEM: {problem}")
    for note in report.notes:
        context.print(f"note: {note}")
    context.print(str(report.summary()))
    return 0 if report.ok else EXIT_PROBLEMS_FOUND


def _check_pdf(path: Path, context: CliContext) -> int:
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "{path}: cannot read: {reason}", path=path, reason=exc.strerror
        ) from exc
    selection = context.services.selection_outputs.verify_pdf(context.actor, pdf, str(path))
    if selection is not None:
        context.print(f"{path}: {selection.message()}")
        return 0 if selection.matches else EXIT_PROBLEMS_FOUND
    result = context.services.sheets.verify_pdf(context.actor, pdf, source=str(path))
    context.print(f"{path}: {result.message()}")
    return 0 if result.matches else EXIT_PROBLEMS_FOUND
