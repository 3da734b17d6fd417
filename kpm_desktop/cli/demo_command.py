"""`kpm demo`: fill the database with a deterministic Chinese demo company, all or nothing."""

from __future__ import annotations

import argparse
import time
from datetime import date
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.progress import ProgressLine
from kpm_desktop.services.demo.demo_company import create_demo_company
from kpm_desktop.services.demo.demo_data import DemoSize
from kpm_desktop.services.demo.demo_users import DEMO_PASSWORD


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-09-30") from exc


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="generate demo data")
    defaults = DemoSize()
    parser.add_argument("--staff", type=int, default=defaults.staff)
    parser.add_argument("--customers", type=int, default=defaults.customers)
    parser.add_argument("--deals", type=int, default=defaults.deals)
    parser.add_argument("--tickets", type=int, default=defaults.tickets)
    parser.add_argument(
        "--activities", type=int, default=None, help="follow-up records (default: as many as deals)"
    )
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument(
        "--as-of", type=_iso_date, default=None, help="last day of the data (default: today)"
    )
    parser.add_argument("--replace", action="store_true", help="delete the existing CRM data first")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    size = DemoSize(
        staff=args.staff,
        customers=args.customers,
        deals=args.deals,
        tickets=args.tickets,
        activities=args.activities,
        seed=args.seed,
        as_of=args.as_of or date.today(),
    )
    started = time.perf_counter()

    with ProgressLine() as line:

        def report(label: str, done: int, total: int) -> None:
            line.show(f"{label}: {done:,}/{total:,}")

        demo = create_demo_company(context.database, size, replace=args.replace, progress=report)
    summary = demo.summary
    context.print(
        f"Demo data written in {time.perf_counter() - started:.1f} s: "
        f"{summary.departments} departments, {summary.staff} staff, "
        f"{summary.customers} customers, {summary.deals} deals, {summary.tickets} tickets, "
        f"{summary.activities} activities, {summary.spend_rows} spend rows, "
        f"{summary.targets} targets, {demo.templates_installed} built-in templates installed"
    )
    names = ", ".join(f"{a.username} ({a.role.value})" for a in demo.accounts)
    context.print(f"Demo users (password {DEMO_PASSWORD}): {names}")
    context.print(
        "Everyone who reads the README knows that password: before real use, remove them "
        "with `kpm user remove-demo`"
    )
    return 0
