"""`kpm target set|list|remove`: KPI targets per staff member or department and period.

All run as the signed-in user (`--user`): `set` and `remove` need MANAGE_TARGETS and are
audited; `list` shows the targets of the staff and departments the user's KPIs cover.
"""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.domain.period import Period


def _owner_arguments(parser: argparse.ArgumentParser) -> None:
    owner = parser.add_mutually_exclusive_group(required=True)
    owner.add_argument("--staff", metavar="NO", help="employee no.")
    owner.add_argument("--department", metavar="D", help="department code")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("target", help="set or list KPI targets")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    set_parser = actions.add_parser("set", help="set one target")
    set_parser.add_argument("--period", required=True)
    _owner_arguments(set_parser)
    set_parser.add_argument("--kpi", required=True, metavar="KEY")
    set_parser.add_argument("--value", required=True)
    list_parser = actions.add_parser("list", help="list the targets of a period")
    list_parser.add_argument("--period", required=True)
    remove_parser = actions.add_parser("remove", help="remove one target")
    remove_parser.add_argument("--period", required=True)
    _owner_arguments(remove_parser)
    remove_parser.add_argument("--kpi", required=True, metavar="KEY")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    service = context.services.kpis
    if args.action == "set":
        target = KpiTarget.parse(
            args.period, args.kpi, args.value, staff_no=args.staff, department_code=args.department
        )
        service.set_target(context.actor, target)
        context.print(f"Target set: {target.owner} {target.period} {target.kpi} = {target.value}")
    elif args.action == "remove":
        removed = service.targets.remove_target(
            context.actor,
            args.period,
            args.kpi,
            staff_no=args.staff,
            department_code=args.department,
        )
        context.print(f"{removed} target(s) removed")
    else:
        for target in service.targets_for(context.actor, Period.parse(args.period)):
            kind = "staff" if target.staff_no else "department"
            value = fmt(target.value)
            context.print(f"{target.period}\t{kind}\t{target.owner}\t{target.kpi}\t{value}")
    return 0
