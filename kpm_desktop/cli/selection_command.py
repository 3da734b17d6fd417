"""`kpm selection create|bidder|bidder-remove|member|member-remove|deadline|start|score|
close|sign|list|show|export|pdf`: selection evaluations (选型评分), acting as the
signed-in user."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.pdf_command import COMPANY_ENV_VAR, add_signing_arguments, signing_of
from kpm_desktop.cli.selection_ratings import parse_pair, parse_ratings
from kpm_desktop.cli.text_table import print_columns
from kpm_desktop.domain.builtin_templates import VENDOR_TEMPLATE_NAME
from kpm_desktop.domain.decimals import typed_decimal
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.selection import rank_indicators
from kpm_desktop.domain.selection_sheet import number
from kpm_desktop.private_files import write_private_bytes
from kpm_desktop.services.selections.selection_views import SelectionSummary, SelectionView
from kpm_desktop.services.sheets.sheet_views import DEFAULT_COMPANY


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("selection", help="vendor selection evaluations (选型评分)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="a new selection evaluation (a draft)")
    create.add_argument("name", metavar="NAME")
    create.add_argument(
        "--template",
        default=VENDOR_TEMPLATE_NAME,
        metavar="NAME",
        help=f"a template whose raters are a panel (default: {VENDOR_TEMPLATE_NAME})",
    )
    create.add_argument("--deadline", type=_date, metavar="YYYY-MM-DD")
    create.add_argument(
        "--open-sheets",
        action="store_true",
        help="let panel members see each other's sheets before closing",
    )
    create.add_argument(
        "--member",
        action="append",
        default=[],
        metavar="USER:WEIGHT",
        help="a panel member and their weight; repeatable",
    )
    create.set_defaults(handler=run_create)
    bidder = actions.add_parser(
        "bidder", help="add a bidder, change its contact or bid, or rename it"
    )
    bidder.add_argument("name", metavar="NAME")
    bidder.add_argument("bidder", metavar="BIDDER")
    bidder.add_argument("--contact", default="")
    bidder.add_argument(
        "--price", metavar="AMOUNT", help="the bid price (the template's ranked indicator)"
    )
    bidder.add_argument(
        "--figure",
        action="append",
        default=[],
        metavar="CODE=AMOUNT",
        help="a quoted figure for a ranked indicator; repeatable",
    )
    bidder.add_argument("--document", action="append", default=[], metavar="FILE_NAME")
    bidder.add_argument(
        "--rename", metavar="NEW_NAME", help="rename the bidder (its sheets are kept); alone"
    )
    bidder.set_defaults(handler=run_bidder)
    for action, what, text in (
        ("bidder-remove", "BIDDER", "remove a bidder"),
        ("member-remove", "USER", "remove a panel member"),
    ):
        sub = actions.add_parser(action, help=text)
        sub.add_argument("name", metavar="NAME")
        sub.add_argument("who", metavar=what)
        sub.add_argument(
            "--force", action="store_true", help="while scoring: drop the sheets already given"
        )
        sub.set_defaults(handler=run_remove)
    deadline = actions.add_parser("deadline", help="set or extend the deadline (office time)")
    deadline.add_argument("name", metavar="NAME")
    deadline.add_argument("deadline", type=_date, metavar="YYYY-MM-DD")
    deadline.set_defaults(handler=run_deadline)
    member = actions.add_parser("member", help="add a panel member (or change their weight)")
    member.add_argument("name", metavar="NAME")
    member.add_argument("member", metavar="USER:WEIGHT")
    member.set_defaults(handler=run_member)
    start = actions.add_parser("start", help="fix the panel and open the scoring")
    start.add_argument("name", metavar="NAME")
    start.set_defaults(handler=run_start)
    score = actions.add_parser("score", help="your sheet of one bidder, all at once")
    score.add_argument("name", metavar="NAME")
    score.add_argument("--bidder", required=True)
    score.add_argument(
        "--rate",
        action="append",
        default=[],
        metavar="CODE=VALUE",
        help="full|partial|none, yes|no, a level, a number, or na:REASON",
    )
    score.add_argument("--note", action="append", default=[], metavar="CODE=TEXT")
    score.add_argument("--comment", default="")
    score.set_defaults(handler=run_score)
    for action, text in (
        ("close", "close the scoring (refused while sheets are missing)"),
        ("show", "the comparison as you may see it"),
    ):
        sub = actions.add_parser(action, help=text)
        sub.add_argument("name", metavar="NAME")
        sub.set_defaults(handler=run_close if action == "close" else run_show)
    sign = actions.add_parser("sign", help="record the day the panel signed the comparison")
    sign.add_argument("name", metavar="NAME")
    sign.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD")
    sign.set_defaults(handler=run_sign)
    actions.add_parser("list", help="every selection you may see").set_defaults(handler=run_list)
    for action, text in (
        ("export", "the comparison as an XLSX workbook"),
        ("pdf", "the comparison sheet as PDF, with signature boxes"),
    ):
        sub = actions.add_parser(action, help=text)
        sub.add_argument("name", metavar="NAME")
        sub.add_argument("--out", required=True, metavar="FILE")
        sub.add_argument("--company", default=os.environ.get(COMPANY_ENV_VAR, DEFAULT_COMPANY))
        sub.set_defaults(handler=run_export if action == "export" else run_pdf)
        if action == "pdf":
            add_signing_arguments(sub)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("'{text}' is not a date (YYYY-MM-DD)", text=text) from None


def _member(spec: str) -> tuple[str, Any]:
    user, sep, weight = spec.rpartition(":")
    if not sep or not user.strip():
        raise ValidationError("{spec}: write a panel member as USER:WEIGHT", spec=spec)
    return user.strip(), typed_decimal(weight, f"the weight of {user.strip()}")


def _line(summary: SelectionSummary) -> str:
    deadline = f"  deadline {summary.deadline}" if summary.deadline else ""
    deadline += " (overdue)" if summary.overdue else ""
    return (
        f"{summary.name}  {summary.state.value}  {summary.template}  {summary.bidders} bidders  "
        f"{summary.members} panel members{deadline}"
    )


def run_create(args: argparse.Namespace, context: CliContext) -> int:
    members = [_member(spec) for spec in args.member]
    service = context.services.selections
    summary = service.create(
        context.actor, args.name, args.template, args.deadline, sheets_open=args.open_sheets
    )
    for user, weight in members:
        summary = service.add_member(context.actor, args.name, user, weight)
    context.print(f"Created selection {_line(summary)}")
    return 0


def run_bidder(args: argparse.Namespace, context: CliContext) -> int:
    if args.rename is not None:
        return _rename(args, context)
    figures = {}
    for spec in args.figure:
        code, value = parse_pair(spec, "--figure")
        figures[code] = typed_decimal(value, f"--figure {code}")
    if args.price is not None:
        template = context.services.selections.template_of(context.actor, args.name)
        ranked = rank_indicators(template)
        if len(ranked) != 1:
            raise ValidationError(
                "--price needs a template with one ranked indicator; use --figure CODE=AMOUNT"
            )
        figures[ranked[0].code] = typed_decimal(args.price, f"the bid price of {args.bidder}")
    summary = context.services.selections.add_bidder(
        context.actor, args.name, args.bidder, args.contact, figures, args.document
    )
    context.print(f"Bidder {args.bidder} saved: {_line(summary)}")
    return 0


def _rename(args: argparse.Namespace, context: CliContext) -> int:
    if args.contact or args.price is not None or args.figure or args.document:
        raise ValidationError(
            "--rename changes only the name: give the contact, bid and documents separately"
        )
    summary = context.services.selection_setup.rename_bidder(
        context.actor, args.name, args.bidder, args.rename
    )
    context.print(f"Bidder {args.bidder} renamed {args.rename.strip()}: {_line(summary)}")
    return 0


def run_remove(args: argparse.Namespace, context: CliContext) -> int:
    setup = context.services.selection_setup
    if args.action == "bidder-remove":
        summary = setup.remove_bidder(context.actor, args.name, args.who, drop_sheets=args.force)
        context.print(f"Bidder {args.who} removed: {_line(summary)}")
    else:
        summary = setup.remove_member(context.actor, args.name, args.who, drop_sheets=args.force)
        context.print(f"Panel member {args.who} removed: {_line(summary)}")
    return 0


def run_deadline(args: argparse.Namespace, context: CliContext) -> int:
    summary = context.services.selection_setup.set_deadline(context.actor, args.name, args.deadline)
    context.print(_line(summary))
    return 0


def run_member(args: argparse.Namespace, context: CliContext) -> int:
    user, weight = _member(args.member)
    summary = context.services.selections.add_member(context.actor, args.name, user, weight)
    context.print(f"Panel member {user} saved: {_line(summary)}")
    return 0


def run_start(args: argparse.Namespace, context: CliContext) -> int:
    context.print(_line(context.services.selections.start_scoring(context.actor, args.name)))
    return 0


def run_score(args: argparse.Namespace, context: CliContext) -> int:
    service = context.services.selections
    template = service.template_of(context.actor, args.name)
    ratings = parse_ratings(template, args.rate, args.note)
    view = service.score(context.actor, args.name, args.bidder, ratings, args.comment)
    own = next(r for r in view.comparison.results if r.bidder.name == args.bidder.strip())
    total = next(s.total for s in own.sheets.values() if s.member_id == view.own_member_id)
    context.print(f"Scored {args.bidder}: {number(total)}")
    return 0


def run_close(args: argparse.Namespace, context: CliContext) -> int:
    view = context.services.selections.close(context.actor, args.name)
    _print_view(view, context)
    return 0


def run_sign(args: argparse.Namespace, context: CliContext) -> int:
    signed_on = args.date or date.today()
    view = context.services.selections.sign(context.actor, args.name, signed_on)
    context.print(_line(view.summary))
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    for summary in context.services.selections.list_selections(context.actor):
        context.print(_line(summary))
    return 0


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    _print_view(context.services.selections.view(context.actor, args.name), context)
    return 0


def _print_view(view: SelectionView, context: CliContext) -> None:
    context.print(_line(view.summary))
    comparison = view.comparison
    rows = []
    for result in comparison.results:
        figures = ", ".join(f"{k} {v:,.2f}" for k, v in sorted(result.bidder.figures.items()))
        cells = [result.bidder.name, figures]
        cells += [number(s.total) if (s := result.sheets.get(m.id)) else "—" for m in view.members]
        cells += [number(result.weighted_total), "—" if result.rank is None else str(result.rank)]
        rows.append([*cells, number(result.spread)])
    members = [f"{m.label} ({number(m.weight)}%)" for m in view.members]
    headers = ["Bidder", "Quoted", *members, "Weighted", "Rank", "Spread"]
    print_columns(context, headers, rows)
    if not view.sees_all:
        context.print("Only your own sheets are shown until the selection is closed.")


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    data = context.services.selection_outputs.xlsx(context.actor, args.name, args.company)
    write_private_bytes(Path(args.out), data)
    context.print(f"Wrote {args.out} ({len(data)} bytes)")
    return 0


def run_pdf(args: argparse.Namespace, context: CliContext) -> int:
    signing = signing_of(args)
    data = context.services.selection_outputs.pdf(context.actor, args.name, args.company, signing)
    write_private_bytes(Path(args.out), data)
    context.print(f"Wrote {args.out} ({len(data)} bytes{', signed' if signing else ''})")
    return 0
