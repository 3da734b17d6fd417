"""`kpm packet export|import|status`: offline rater packets (XLSX), as the signed-in user
(an HR admin: MANAGE_CYCLES)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.progress import ProgressLine
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.services.packets.packet_views import AppraisalPreview, PacketPreview

EXIT_REFUSED = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("packet", help="offline rater packets (XLSX)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="one packet per rater of a cycle")
    export.add_argument("--cycle", required=True, metavar="PERIOD")
    who = export.add_mutually_exclusive_group()
    who.add_argument("--rater", metavar="NO", help="only this rater's packet (employee no.)")
    who.add_argument(
        "--department", metavar="D", help="the packets for the appraisees of department D"
    )
    export.add_argument("--out", required=True, type=Path, metavar="DIR")
    export.add_argument("--deadline", metavar="YYYY-MM-DD", help="printed on the cover")
    export.add_argument("--language", choices=("zh", "en"), default="zh", help="of the cover sheet")
    export.set_defaults(handler=run_export)
    read = actions.add_parser("import", help="check, preview and apply returned packets")
    read.add_argument("files", nargs="+", type=Path, metavar="FILE")
    read.add_argument("--check", action="store_true", help="check and preview only")
    read.add_argument("--cycle", metavar="PERIOD", help="refuse packets of another cycle")
    read.set_defaults(handler=run_import)
    status = actions.add_parser("status", help="per rater: exported, returned, applied")
    status.add_argument("--cycle", required=True, metavar="PERIOD")
    status.set_defaults(handler=run_status)


def _deadline(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("--deadline {text}: give the date as YYYY-MM-DD", text=text) from None


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    with ProgressLine() as line:

        def report(done: int, total: int) -> None:
            line.show(f"exporting packets: {done}/{total}")

        exported = context.services.packets.export(
            context.actor, args.cycle, args.out, rater_no=args.rater,
            department=args.department, deadline=_deadline(args.deadline),
            language=args.language, progress=report,
        )  # fmt: skip
    for packet in exported:
        context.print(
            f"{packet.code}  {packet.rater_no} {packet.rater_name}  {packet.sheets} sheets  "
            f"{packet.path}"
        )
    context.print(f"{len(exported)} packets written to {args.out}")
    return 0


def _total(total: object, grade: str | None) -> str:
    return "not scored" if total is None else f"{fmt(total)} {grade or ''}".strip()  # type: ignore[arg-type]


def _print_appraisal(context: CliContext, item: AppraisalPreview) -> None:
    head = f"  {item.label} [{item.role.value}]"
    if item.conflict is not None:
        context.print(f"{head}: conflict, left untouched: {item.conflict}")
        return
    for problem in item.problems:
        context.print(f"{head}: {problem}")
    if item.problems:
        return
    context.print(
        f"{head}: {_total(item.before_total, item.before_grade)} -> "
        f"{_total(item.after_total, item.after_grade)}"
    )
    for change in item.changes:
        context.print(f"    {change.code} {change.name}: '{change.before}' -> '{change.after}'")


def _print_preview(context: CliContext, preview: PacketPreview) -> None:
    if preview.refused is not None:
        context.print(f"{preview.file.name}: refused: {preview.refused}")
        return
    context.print(f"{preview.file.name}: packet {preview.code}, {preview.period}, {preview.rater}")
    if preview.applied_at is not None:
        context.print("  already applied: nothing to do")
        return
    for item in preview.appraisals:
        _print_appraisal(context, item)


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    previews = context.services.packets.preview(
        context.actor, args.files, period=args.cycle, record_return=not args.check
    )
    for preview in previews:
        _print_preview(context, preview)
        if args.check or preview.refused is not None:
            continue
        report = context.services.packets.apply(context.actor, preview)
        if not report.already_applied:
            context.print(
                f"  applied {len(report.applied)} of {len(preview.appraisals)} appraisals"
            )
    return EXIT_REFUSED if any(p.refused is not None for p in previews) else 0


def run_status(args: argparse.Namespace, context: CliContext) -> int:
    lines = context.services.packets.status(context.actor, args.cycle)
    for line in lines:
        returned = f"{line.returned_at:%Y-%m-%d %H:%M}" if line.returned_at else "-"
        applied = f"{line.applied_at:%Y-%m-%d %H:%M}" if line.applied_at else "-"
        context.print(
            f"{line.rater_no} {line.rater_name}  {line.code}  exported "
            f"{line.exported_at:%Y-%m-%d %H:%M}  returned {returned}  applied {applied}  "
            f"{line.applied} applied, {line.conflicts} conflicts"
        )
    if not lines:
        context.print(f"No packets exported for {args.cycle} yet.")
    return 0
