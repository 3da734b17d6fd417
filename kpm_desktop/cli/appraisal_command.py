"""`kpm appraisal list|show|rate|submit|review|finalize|acknowledge|amend`."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.files import read_text
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.json_reading import loads
from kpm_desktop.domain.ratings_json import ratings_from_json
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisal_views import AppraisalSummary, RatingEntry


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("appraisal", help="appraisals of a cycle")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="appraisals of a cycle")
    listing.add_argument("--cycle", required=True, metavar="PERIOD")
    listing.add_argument("--state", choices=[s.value for s in AppraisalState])
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", help="an appraisal's sheet as JSON")
    show.add_argument("id", type=int)
    show.set_defaults(handler=run_show)
    rate = actions.add_parser("rate", help="save one rater's ratings (ratings JSON)")
    rate.add_argument("id", type=int)
    rate.add_argument("--ratings", required=True, metavar="FILE.json")
    rate.set_defaults(handler=run_rate)
    submit = actions.add_parser("submit", help="hand in a rater's sheet")
    submit.add_argument("id", type=int)
    submit.add_argument("--rater", choices=[r.value for r in RaterRole], default=None)
    submit.set_defaults(handler=run_submit)
    for name, handler in (("review", run_review), ("finalize", run_finalize)):
        action = actions.add_parser(name, help=f"{name} an appraisal")
        action.add_argument("id", type=int)
        action.set_defaults(handler=handler)
    ack = actions.add_parser("acknowledge", help="acknowledge your finalized appraisal")
    ack.add_argument("id", type=int)
    ack.set_defaults(handler=run_acknowledge)
    amend = actions.add_parser("amend", help="correct a finalized appraisal (new revision)")
    amend.add_argument("id", type=int)
    amend.add_argument("--reason", required=True, metavar="TEXT")
    amend.set_defaults(handler=run_amend)


def _line(summary: AppraisalSummary) -> str:
    total = "" if summary.total is None else f"{fmt(summary.total)} {summary.grade}"
    return (
        f"{summary.id:>5}  {summary.employee_no} {summary.staff_name}  {summary.department}  "
        f"{summary.template_name} v{summary.template_version}  rev {summary.revision}  "
        f"{summary.state.value}  {total}"
    ).rstrip()


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    state = AppraisalState(args.state) if args.state else None
    for summary in context.services.appraisals.list(context.actor, period=args.cycle, state=state):
        context.print(_line(summary))
    return 0


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return fmt(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    sheet = context.services.appraisals.sheet_data(context.actor, args.id)
    context.print(json.dumps(_plain(sheet), ensure_ascii=False, indent=2))
    return 0


def _na_reasons(data: Any, source: str) -> dict[str, str]:
    """`na_reason` beside `na` (this command's addition to the ratings format), removed so
    the ratings reader sees the format it knows."""
    reasons: dict[str, str] = {}
    for rater in data.get("raters", []) if isinstance(data, dict) else []:
        for code, rating in (rater.get("ratings") or {}).items():
            if isinstance(rating, dict) and "na_reason" in rating:
                reason = rating.pop("na_reason")
                if not isinstance(reason, str):
                    raise ValidationError(
                        "{source}: ratings.{code}.na_reason must be text", source=source, code=code
                    )
                reasons[code] = reason
    return reasons


def run_rate(args: argparse.Namespace, context: CliContext) -> int:
    data = loads(read_text(args.ratings), args.ratings)
    reasons = _na_reasons(data, args.ratings)
    document = ratings_from_json(data, args.ratings)
    if len(document.raters) != 1:
        raise ValidationError(
            "{ratings}: give the ratings of one rater (found {count})",
            ratings=args.ratings,
            count=len(document.raters),
        )
    rater = document.raters[0]
    entries = {
        code: RatingEntry(rating, reasons.get(code, "")) for code, rating in rater.ratings.items()
    }
    try:
        summary = context.services.appraisals.save_ratings(
            context.actor, args.id, rater.role, entries, None
        )
    except ValidationError as exc:
        raise ValidationError(
            "{file}: rater {role}: {problem}",
            file=args.ratings,
            role=rater.role.value,
            problem=exc.text,
        ) from exc
    context.print(f"Saved {len(entries)} ratings of {rater.role.value} for {summary.label}")
    return 0


def run_submit(args: argparse.Namespace, context: CliContext) -> int:
    appraisals = context.services.appraisals
    if args.rater:
        role = RaterRole(args.rater)
    else:
        roles = sorted(appraisals.form(context.actor, args.id).editable_roles)
        if len(roles) != 1:
            listed = ", ".join(r.value for r in roles) or "none"
            raise ValidationError(
                "Name the sheet to submit with --rater (yours open: {listed})", listed=listed
            )
        role = roles[0]
    summary = appraisals.submit(context.actor, args.id, role)
    context.print(f"Submitted the {role.value} sheet of {summary.label}: {summary.state.value}")
    return 0


def run_review(args: argparse.Namespace, context: CliContext) -> int:
    summary = context.services.appraisals.review(context.actor, args.id)
    context.print(f"Reviewed {summary.label}")
    return 0


def run_finalize(args: argparse.Namespace, context: CliContext) -> int:
    summary = context.services.appraisals.finalize(context.actor, args.id)
    total = fmt(summary.total) if summary.total is not None else ""
    context.print(f"Finalized {summary.label}: {total} {summary.grade}")
    return 0


def run_acknowledge(args: argparse.Namespace, context: CliContext) -> int:
    summary = context.services.appraisals.acknowledge(context.actor, args.id)
    context.print(f"Acknowledged {summary.label}")
    return 0


def run_amend(args: argparse.Namespace, context: CliContext) -> int:
    summary = context.services.appraisals.amend(context.actor, args.id, args.reason)
    context.print(f"Amended: new revision {summary.label}")
    return 0
