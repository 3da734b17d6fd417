"""`kpm appraisal list|show|rate|actions|rater` and one command per workflow step
(submit, review, finalize, acknowledge, amend: domain/workflow.py's STEPS)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from kpm_desktop.cli import appraisal_rater_command
from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.files import read_text
from kpm_desktop.domain.appraisal import NOT_SCORED, AppraisalState
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import (
    KpmUserError,
    LockedError,
    PermissionDeniedError,
    UserText,
    ValidationError,
)
from kpm_desktop.domain.json_reading import loads
from kpm_desktop.domain.ratings_json import ratings_from_json
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.workflow import STEPS, Action
from kpm_desktop.services.appraisals.appraisal_views import (
    NOT_SCORED_GRADE,
    Acknowledgement,
    AppraisalSummary,
    RatingEntry,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("appraisal", help="appraisals of a cycle")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="appraisals of a cycle, with whose turn it is")
    listing.add_argument("--cycle", metavar="PERIOD")
    listing.add_argument(
        "--mine",
        "--waiting",
        action="store_true",
        help="only what waits for you to act on now (every cycle unless --cycle is given)",
    )
    listing.add_argument("--state", choices=[s.value for s in AppraisalState])
    listing.add_argument(
        "--grade",
        metavar="GRADE",
        help=f"only this grade, final or provisional; '{NOT_SCORED_GRADE}' or 'not scored': "
        "the appraisals without a complete score",
    )
    listing.add_argument(
        "--disagreements",
        action="store_true",
        help="only appraisals acknowledged with a disagreement (flagged for HR)",
    )
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", help="an appraisal's sheet as JSON")
    show.add_argument("id", type=int)
    show.set_defaults(handler=run_show)
    rate = actions.add_parser("rate", help="save one rater's ratings (ratings JSON)")
    rate.add_argument("id", type=int)
    rate.add_argument("--ratings", required=True, metavar="FILE.json")
    rate.set_defaults(handler=run_rate)
    listed = actions.add_parser("actions", help="what you may do to an appraisal now")
    listed.add_argument("id", type=int)
    listed.set_defaults(handler=run_actions)
    appraisal_rater_command.register(actions)
    steps = {}
    for step in STEPS:
        steps[step] = actions.add_parser(step.value, help=_STEP_HELP[step])
        steps[step].add_argument("id", type=int)
        steps[step].set_defaults(handler=_STEP_RUN[step])
    steps[Action.SUBMIT].add_argument("--rater", choices=[r.value for r in RaterRole], default=None)
    steps[Action.AMEND].add_argument("--reason", required=True, metavar="TEXT")
    said = steps[Action.ACKNOWLEDGE].add_mutually_exclusive_group()
    said.add_argument("--agree", dest="agrees", action="store_const", const=True, default=None)
    said.add_argument(
        "--disagree", dest="agrees", action="store_const", const=False,
        help="flagged for HR; say why with --comment",
    )  # fmt: skip
    steps[Action.ACKNOWLEDGE].add_argument("--comment", default="", metavar="TEXT")


def _line(summary: AppraisalSummary) -> str:
    total = str(NOT_SCORED) if summary.total is None else f"{fmt(summary.total)} {summary.grade}"
    if summary.provisional:  # the running score of an appraisal not yet finalized
        total += " (provisional)"
    return (
        f"{summary.id:>5}  {summary.employee_no} {summary.staff_name}  {summary.department}  "
        f"{summary.template_name} v{summary.template_version}  rev {summary.revision}  "
        f"{summary.state.value}  {total}"
        + ("  DISAGREES" if summary.disagreed else "")
        + _next_step(summary)
    ).rstrip()


def _next_step(summary: AppraisalSummary) -> str:
    if summary.turn is None:
        return ""
    return "  next: " + "; ".join(str(text) for text in summary.turn.describe())


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    if args.cycle is None and not args.mine:
        raise ValidationError(
            "Name the cycle with --cycle PERIOD, or list what waits for you with --mine"
        )
    state = AppraisalState(args.state) if args.state else None
    for summary in context.services.appraisals.list(
        context.actor,
        period=args.cycle,
        state=state,
        current_only=args.mine,
        waiting_only=args.mine,
        grade=_grade(args.grade),
        disagreements=args.disagreements,
    ):
        context.print(_line(summary))
    return 0


def _grade(text: str | None) -> str | None:
    """The grade filter: a grade as named, or the appraisals not scored (in either
    language)."""
    if text is not None and text.strip().casefold() == str(NOT_SCORED).casefold():
        return NOT_SCORED_GRADE
    return None if text is None else text.strip()


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


def run_actions(args: argparse.Namespace, context: CliContext) -> int:
    allowed = context.services.appraisals.available_actions(context.actor, args.id)
    context.print(" ".join(a.value for a in Action if a in allowed) or "none")
    return 0


def _step(
    args: argparse.Namespace, context: CliContext, call: Callable[[], AppraisalSummary]
) -> AppraisalSummary:
    """Run a step; when it is refused, say which actions the user may take instead."""
    try:
        return call()
    except (ValidationError, LockedError, PermissionDeniedError) as exc:
        try:
            allowed = context.services.appraisals.available_actions(context.actor, args.id)
        except KpmUserError:
            raise exc from None
        refused = UserText(
            "{problem}. You may now: {allowed}",
            problem=exc.text,
            allowed=", ".join(a.value for a in Action if a in allowed) or "nothing",
        )
        raise type(exc)(refused.template, **refused.params) from exc


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
    summary = _step(args, context, lambda: appraisals.submit(context.actor, args.id, role))
    context.print(f"Submitted the {role.value} sheet of {summary.label}: {summary.state.value}")
    return 0


def run_review(args: argparse.Namespace, context: CliContext) -> int:
    appraisals = context.services.appraisals
    summary = _step(args, context, lambda: appraisals.review(context.actor, args.id))
    context.print(f"Reviewed {summary.label}")
    return 0


def run_finalize(args: argparse.Namespace, context: CliContext) -> int:
    appraisals = context.services.appraisals
    summary = _step(args, context, lambda: appraisals.finalize(context.actor, args.id))
    total = fmt(summary.total) if summary.total is not None else ""
    context.print(f"Finalized {summary.label}: {total} {summary.grade}")
    return 0


def run_acknowledge(args: argparse.Namespace, context: CliContext) -> int:
    appraisals = context.services.appraisals
    if args.agrees is None and args.comment:
        raise ValidationError("--comment goes with --agree or --disagree")
    said = None if args.agrees is None else Acknowledgement(args.agrees, args.comment)
    summary = _step(
        args, context, lambda: appraisals.acknowledge(context.actor, args.id, said=said)
    )
    stance = "" if said is None else (" (agrees)" if said.agrees else " (disagrees)")
    context.print(f"Acknowledged {summary.label}{stance}")
    return 0


def run_amend(args: argparse.Namespace, context: CliContext) -> int:
    appraisals = context.services.appraisals
    summary = _step(args, context, lambda: appraisals.amend(context.actor, args.id, args.reason))
    context.print(f"Amended: new revision {summary.label}")
    return 0


_STEP_HELP = {
    Action.SUBMIT: "hand in a rater's sheet",
    Action.REVIEW: "review a submitted appraisal",
    Action.FINALIZE: "finalize a reviewed appraisal (locks and seals it)",
    Action.ACKNOWLEDGE: "acknowledge your finalized appraisal",
    Action.AMEND: "correct a finalized appraisal (new revision)",
}
_STEP_RUN = {
    Action.SUBMIT: run_submit,
    Action.REVIEW: run_review,
    Action.FINALIZE: run_finalize,
    Action.ACKNOWLEDGE: run_acknowledge,
    Action.AMEND: run_amend,
}
