"""`kpm verify`: check the database file's integrity and the audit log's hash chain."""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext

EXIT_PROBLEMS_FOUND = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("verify", help="check database integrity and the audit chain")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
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
