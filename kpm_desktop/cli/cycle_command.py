"""`kpm cycle create|bulk|list|close`: appraisal cycles, acting as the signed-in user."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.extra_raters import ADDABLE_ROLES
from kpm_desktop.domain.rubric import RaterRole, RaterWeight
from kpm_desktop.services.appraisals.cycle_views import CycleSummary, TemplateChoice


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("cycle", help="appraisal cycles")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="create a cycle for a period with a template")
    create.add_argument("period", metavar="PERIOD", help="e.g. 2026Q3")
    create.add_argument(
        "--template", required=True, metavar="NAME[:VERSION]", help="default: the active version"
    )
    create.add_argument(
        "--department", action="append", default=[], metavar="D",
        help="use the template for this department (code or name); repeatable",
    )  # fmt: skip
    create.add_argument(
        "--position", action="append", default=[], metavar="P",
        help="use the template for this position; repeatable",
    )  # fmt: skip
    create.add_argument(
        "--add-rater", action="append", default=[], metavar="ROLE:WEIGHT",
        help="add a rater on top of the template's (self, department_head or peer), e.g. "
        "self:20; the template's raters are rescaled so all total 100; repeatable",
    )  # fmt: skip
    create.add_argument("--name", default="", help="a name for the cycle")
    create.add_argument(
        "--no-separation", dest="separation", action="store_false",
        help="let whoever scored as the superior also review and finalize",
    )  # fmt: skip
    create.add_argument(
        "--bulk", action="store_true", help="then create the appraisals of all active staff"
    )
    create.set_defaults(handler=run_create)
    bulk = actions.add_parser("bulk", help="create one appraisal per active staff member")
    bulk.add_argument("period", metavar="PERIOD")
    bulk.set_defaults(handler=run_bulk)
    actions.add_parser("list", help="every cycle").set_defaults(handler=run_list)
    close = actions.add_parser(
        "close", help="close a cycle (refused over grade quotas or with appraisals not finalized)"
    )
    close.add_argument("period", metavar="PERIOD")
    close.add_argument("--override-reason", default=None, metavar="TEXT")
    close.set_defaults(handler=run_close)


def _template_id(context: CliContext, spec: str) -> int:
    name, _, version = spec.partition(":")
    if version and not version.isdigit():
        raise ValidationError(
            "--template {spec}: the version after ':' must be a number", spec=spec
        )
    found = context.services.templates.find(
        context.actor, name.strip(), int(version) if version else None
    )
    return found.summary.id


def _extra_rater(spec: str) -> RaterWeight:
    role, _, weight = spec.partition(":")
    roles = {r.value: r for r in ADDABLE_ROLES}
    if role.strip() not in roles:
        raise ValidationError(
            "--add-rater {spec}: the role must be one of {roles}",
            spec=spec,
            roles=", ".join(roles),
        )
    try:
        return RaterWeight(RaterRole(role.strip()), Decimal(weight.strip()))
    except InvalidOperation:
        raise ValidationError(
            "--add-rater {spec}: give the weight after ':' as a number, e.g. self:20", spec=spec
        ) from None


def _line(cycle: CycleSummary) -> str:
    closed = f"  override: {cycle.close_override_reason}" if cycle.close_override_reason else ""
    separation = "" if cycle.separation_of_duties else "  (no separation of duties)"
    return (
        f"{cycle.period}  {cycle.name}  {cycle.status.value}  {cycle.appraisals} appraisals  "
        + "; ".join(cycle.templates)
        + separation
        + closed
    )


def run_create(args: argparse.Namespace, context: CliContext) -> int:
    template_id = _template_id(context, args.template)
    extras = tuple(_extra_rater(spec) for spec in args.add_rater)
    choices = [TemplateChoice(template_id, d, None, extras) for d in args.department]
    choices += [TemplateChoice(template_id, None, p, extras) for p in args.position]
    cycle = context.services.cycles.create_cycle(
        context.actor,
        args.period,
        choices or [TemplateChoice(template_id, extra_raters=extras)],
        args.name,
        separation_of_duties=args.separation,
    )
    context.print(f"Created cycle {_line(cycle)}")
    return run_bulk(args, context) if args.bulk else 0


def run_bulk(args: argparse.Namespace, context: CliContext) -> int:
    report = context.services.cycles.bulk_create(context.actor, args.period)
    for line in report.lines():
        context.print(str(line))
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    cycles = context.services.cycles.list_cycles(context.actor)
    for cycle in cycles:
        context.print(_line(cycle))
    if not cycles:
        context.print("No cycles. `kpm cycle create PERIOD --template NAME` creates one.")
    return 0


def run_close(args: argparse.Namespace, context: CliContext) -> int:
    cycle = context.services.cycles.close(context.actor, args.period, args.override_reason)
    context.print(f"Closed cycle {_line(cycle)}")
    return 0
