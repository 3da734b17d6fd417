"""`kpm verify`: check the database file's integrity and the audit log's hash chain;
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
    parser = subparsers.add_parser("verify", help="check database integrity and the audit chain")
    parser.add_argument(
        "--pdf",
        metavar="FILE",
        help="check this evaluation sheet PDF against the database (needs --user)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    if args.pdf is not None:
        return _check_pdf(Path(args.pdf), context)
    problems = context.database.check_integrity()
    if problems:
        context.print(f"Database integrity check failed: {problems[0]}")
        try:
            _check_chain(context)
        except Exception as exc:  # a damaged file may not even be readable row by row
            context.print(f"Audit chain: not checked, the damaged file cannot be read ({exc})")
        return EXIT_PROBLEMS_FOUND
    context.print("Database integrity: ok")
    return 0 if _check_chain(context) else EXIT_PROBLEMS_FOUND


def _check_chain(context: CliContext) -> bool:
    report = context.services.audit.verify()
    broken = report.first_break
    if broken is None:
        context.print(f"Audit chain: ok ({report.entries_checked} entries)")
        return True
    entry = broken.entry
    where = f"entry {broken.entry_id}"
    if entry is not None:
        where += (
            f" ({entry.occurred_at:%Y-%m-%d %H:%M:%S} UTC, {entry.entity_type} "
            f"{entry.entity_id}, {entry.action}, by {entry.username})"
        )
    context.print(f"Audit chain broken at {where}: {broken.reason}")
    return False


def _check_pdf(path: Path, context: CliContext) -> int:
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "{path}: cannot read: {reason}", path=path, reason=exc.strerror
        ) from exc
    result = context.services.sheets.verify_pdf(context.actor, pdf, source=str(path))
    context.print(f"{path}: {result.message()}")
    return 0 if result.matches else EXIT_PROBLEMS_FOUND
