"""`kpm appraisal rater ID ROLE STAFF_NO`: HR puts a staff member on an appraisal's peer or
department head sheet; `kpm appraisal raters --cycle PERIOD FILE.csv` does it for a cycle
from a file, all or nothing (services/appraisals/rater_service.py)."""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.files import read_text
from kpm_desktop.domain.rater_rows import rater_rows
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_forms import ASSIGNABLE_ROLES


def register(actions: Any) -> None:
    """Add the `rater` sub-command to `kpm appraisal`'s actions."""
    rater = actions.add_parser(
        "rater", help="choose who fills an appraisal's peer or department head sheet (HR)"
    )
    rater.add_argument("id", type=int)
    rater.add_argument("role", choices=[r.value for r in ASSIGNABLE_ROLES])
    rater.add_argument("staff_no", metavar="STAFF_NO", help="the rater's employee number")
    rater.set_defaults(handler=run_rater)
    bulk = actions.add_parser(
        "raters", help="assign a cycle's raters from a CSV file, all or nothing (HR)"
    )
    bulk.add_argument("--cycle", required=True, metavar="PERIOD")
    bulk.add_argument("file", metavar="FILE.csv", help="lines of employee_no,role,rater_no")
    bulk.set_defaults(handler=run_raters)


def run_rater(args: argparse.Namespace, context: CliContext) -> int:
    role = RaterRole(args.role)
    summary = context.services.raters.assign_rater(context.actor, args.id, role, args.staff_no)
    form = context.services.appraisals.form(context.actor, summary.id)
    sheet = form.rater(role)
    assert sheet is not None
    context.print(f"{summary.label}: the {role.value} sheet is now {sheet.rater_name}'s")
    return 0


def run_raters(args: argparse.Namespace, context: CliContext) -> int:
    rows = rater_rows(read_text(args.file), args.file)
    count = context.services.raters.assign_raters(context.actor, args.cycle, rows)
    context.print(f"Assigned {count} rater(s) in {args.cycle}")
    return 0
