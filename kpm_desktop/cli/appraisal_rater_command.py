"""`kpm appraisal rater ID ROLE STAFF_NO`: HR puts a staff member on an appraisal's peer or
department head sheet (services/appraisals/rater_assignment.py)."""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_loading import ASSIGNABLE_ROLES


def register(actions: Any) -> None:
    """Add the `rater` sub-command to `kpm appraisal`'s actions."""
    rater = actions.add_parser(
        "rater", help="choose who fills an appraisal's peer or department head sheet (HR)"
    )
    rater.add_argument("id", type=int)
    rater.add_argument("role", choices=[r.value for r in ASSIGNABLE_ROLES])
    rater.add_argument("staff_no", metavar="STAFF_NO", help="the rater's employee number")
    rater.set_defaults(handler=run_rater)


def run_rater(args: argparse.Namespace, context: CliContext) -> int:
    role = RaterRole(args.role)
    summary = context.services.appraisals.assign_rater(
        context.actor, args.id, role, args.staff_no
    )
    form = context.services.appraisals.form(context.actor, summary.id)
    sheet = form.rater(role)
    assert sheet is not None
    context.print(f"{summary.label}: the {role.value} sheet is now {sheet.rater_name}'s")
    return 0
