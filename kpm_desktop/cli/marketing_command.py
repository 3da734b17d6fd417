"""`kpm marketing list|set|exclude|reset|roi`: which customer sources count as marketing
for marketing_roi, and which spend channel pays for each (docs/kpis.md).

All run as the signed-in user (`--user`): `set`, `exclude` and `reset` need
MANAGE_KPI_SETTINGS and are audited; `list` (company-wide customer counts) and `roi` (per
spend channel) need a user who may see the company's KPIs: HR admins and viewers.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.text_table import print_columns
from kpm_desktop.domain.kpi import KpiUnit, format_number
from kpm_desktop.domain.marketing_sources import (
    ChannelRoi,
    SourceRule,
    SourceStatus,
    all_channels,
)

STATUS_TEXT = {
    SourceStatus.MARKETING: "marketing",
    SourceStatus.SPEND_CHANNEL: "marketing (default: a spend channel's name)",
    SourceStatus.EXCLUDED: "excluded",
    SourceStatus.UNMAPPED: "unmapped: not counted",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "marketing", help="customer sources that count as marketing (marketing ROI)"
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    list_parser = actions.add_parser("list", help="sources, how they count, spend channels")
    list_parser.add_argument("--format", choices=("table", "json"), default="table")
    set_parser = actions.add_parser("set", help="count sources as marketing")
    set_parser.add_argument("sources", nargs="+", metavar="SOURCE")
    set_parser.add_argument(
        "--channel", default="", help="the spend channel that pays for them (default: none)"
    )
    exclude_parser = actions.add_parser("exclude", help="never count sources as marketing")
    exclude_parser.add_argument("sources", nargs="+", metavar="SOURCE")
    reset_parser = actions.add_parser("reset", help="remove sources' rules (default rule)")
    reset_parser.add_argument("sources", nargs="+", metavar="SOURCE")
    roi_parser = actions.add_parser("roi", help="marketing ROI per spend channel")
    roi_parser.add_argument("--period", required=True, help="2026Q3, 2026-07, 2026H1 or 2026")
    roi_parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    book = context.services.kpis.marketing_sources
    if args.action == "list":
        _print_list(context, args.format)
    elif args.action == "roi":
        _print_roi(context, args.period, args.format)
    elif args.action == "reset":
        changed = book.reset(context.actor, args.sources)
        context.print(f"{changed} rule(s) removed")
    else:
        marketing = args.action == "set"
        channel = args.channel if marketing else None
        rules = [SourceRule.parse(s, marketing=marketing, channel=channel) for s in args.sources]
        changed = book.set_rules(context.actor, rules)
        context.print(f"{changed} rule(s) changed")
    return 0


def _print_list(context: CliContext, output: str) -> None:
    overview = context.services.kpis.marketing_sources.overview(context.actor)
    if output == "json":
        data = {
            "sources": [
                {
                    "source": e.source,
                    "customers": e.customers,
                    "status": e.status.value,
                    "counts": e.status.counts,
                    "channel": e.channel or None,
                }
                for e in overview.sources
            ],
            "channels": list(overview.channels),
        }
        context.print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    rows = [
        [e.source, str(e.customers), STATUS_TEXT[e.status], e.channel or "-"]
        for e in overview.sources
    ]
    print_columns(context, ["source", "customers", "status", "channel"], rows)
    context.print(f"spend channels: {', '.join(overview.channels) or '-'}")


def _print_roi(context: CliContext, period: str, output: str) -> None:
    rois = context.services.kpis.channel_roi_for(context.actor, period)
    total = all_channels(rois)
    if output == "json":
        data = {
            "period": period,
            "channels": [_roi_json(r) for r in rois],
            "all_channels": _roi_json(total),
        }
        context.print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    rows = [
        [
            "(all channels)" if r is total else r.channel or "(no channel)",
            format_number(r.revenue, KpiUnit.YUAN),
            format_number(r.spend, KpiUnit.YUAN),
            format_number(r.roi.value, KpiUnit.PERCENT),
            ", ".join(r.sources) or "-",
        ]
        for r in [*rois, total]
    ]
    print_columns(context, ["channel", "revenue", "spend", "marketing_roi", "sources"], rows)


def _roi_json(roi: ChannelRoi) -> dict[str, Any]:
    return {
        "channel": roi.channel or None,
        "sources": list(roi.sources),
        "revenue": str(roi.revenue),
        "spend": str(roi.spend),
        "roi": None if roi.roi.value is None else str(roi.roi.value),
        "na_reason": roi.roi.reason or None,
    }
