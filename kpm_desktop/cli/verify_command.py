"""`kpm verify`: check the database file's integrity."""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext

EXIT_PROBLEMS_FOUND = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("verify", help="check database integrity")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    problems = context.database.check_integrity()
    if problems:
        context.print(f"Database integrity check failed: {problems[0]}")
        return EXIT_PROBLEMS_FOUND
    context.print("Database integrity: ok")
    return 0
