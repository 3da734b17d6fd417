"""`kpm settings office-zone [ZONE]`: show the office's time zone, or set it (HR admin).

The zone is the one the office's clock times are in: files are read in it and KPI periods
start at its local midnight (docs/formats.md, docs/kpis.md).
"""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("settings", help="show or change the office's settings")
    settings = parser.add_subparsers(dest="setting", required=True, metavar="SETTING")
    zone = settings.add_parser(
        "office-zone",
        help="the time zone of the office's clock times (an IANA name such as Asia/Shanghai)",
    )
    zone.add_argument("zone", nargs="?", help="the new zone (needs an HR admin's --user)")
    zone.set_defaults(handler=run_office_zone)


def run_office_zone(args: argparse.Namespace, context: CliContext) -> int:
    service = context.services.office_zone
    if args.zone is None:
        context.print(service.zone().key)
        return 0
    zone = service.set_zone(context.actor, args.zone)
    context.print(f"Office time zone: {zone.key}")
    return 0
