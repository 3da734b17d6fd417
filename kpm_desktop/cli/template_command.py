"""`kpm template list|show|import|export|activate|install-builtins`.

Every action runs as the signed-in user (`--user`): list, show and export need
VIEW_TEMPLATES, the others MANAGE_TEMPLATES; the service checks, and audits the changes.
"""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.files import read_text, write_text
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.rubric import RATER_ROLE_LABELS, RubricTemplate
from kpm_desktop.services.templates.template_service import TemplateSummary


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("template", help="rubric templates")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="every template version").set_defaults(handler=run_list)
    show = actions.add_parser("show", help="a template's indicators and levels")
    _name_and_version(show)
    show.set_defaults(handler=run_show)
    imp = actions.add_parser("import", help="import a template JSON file as a draft")
    imp.add_argument("file", metavar="FILE.json")
    imp.add_argument("--activate", action="store_true", help="activate it when it is valid")
    imp.set_defaults(handler=run_import)
    exp = actions.add_parser("export", help="write a template as JSON")
    _name_and_version(exp)
    exp.add_argument("file", metavar="FILE.json")
    exp.set_defaults(handler=run_export)
    act = actions.add_parser("activate", help="activate a version (refused with reasons)")
    _name_and_version(act)
    act.set_defaults(handler=run_activate)
    builtins = actions.add_parser(
        "install-builtins", help="install the built-in templates that are missing"
    )
    builtins.set_defaults(handler=run_install_builtins)


def _name_and_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME")
    parser.add_argument(
        "--version", type=int, default=None, help="version number (default: the active one)"
    )


def _line(summary: TemplateSummary) -> str:
    if summary.used_by_count:
        used = f"used by {summary.used_by_count} appraisal(s)"
    else:
        used = "in use" if summary.in_use else ""
    return (
        f"{summary.id:>4}  {summary.name}  v{summary.version}  {summary.status.value}  "
        f"{summary.department}  {used}".rstrip()
    )


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    summaries = context.services.templates.list_templates(context.actor)
    for summary in summaries:
        context.print(_line(summary))
    if not summaries:
        context.print("No templates. `kpm template install-builtins` installs the built-in ones.")
    return 0


def outline(template: RubricTemplate) -> list[str]:
    """The template as a reader sees it: header, then category > indicator > levels."""
    lines = [
        f"{template.name} v{template.version}  {template.department}",
        f"result scale {fmt(template.scale.lo)}-{fmt(template.scale.hi)}; grades "
        + ", ".join(f"{b.grade} >= {fmt(b.min_total)}" for b in template.grade_bands),
        "raters " + ", ".join(f"{r.role.value} {fmt(r.weight)}%" for r in template.raters),
    ]
    for category in template.categories:
        lines.append(f"[{category.name}]")
        for i in category.indicators:
            lines.append(
                f"  {i.code} {i.name}  {fmt(i.weight)}%  {i.method.kind.value}  "
                f"信息来源: {i.source or '-'}  考评人: {RATER_ROLE_LABELS[i.appraiser]}"
            )
            lines.extend(
                f"      {lv.name} {fmt(lv.lo)}-{fmt(lv.hi)}: {lv.descriptor}"
                for lv in i.method.descriptor_levels()
            )
            if i.method.printed_rule():
                lines.append(f"      {i.method.printed_rule()}")
    lines.append(f"weights total {fmt(template.weight_total())}")
    return lines


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    stored = context.services.templates.find(context.actor, args.name, args.version)
    context.print(f"id {stored.summary.id}, {stored.summary.status.value}")
    for line in outline(stored.template):
        context.print(line)
    return 0


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    summary = context.services.templates.import_json(
        context.actor, read_text(args.file), args.file, activate=args.activate
    )
    context.print(f"Imported: {_line(summary)}")
    return 0


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    service, actor = context.services.templates, context.actor
    stored = service.find(actor, args.name, args.version)
    write_text(args.file, service.export_json(actor, stored.summary.id))
    context.print(f"Exported {stored.summary.name} v{stored.summary.version} to {args.file}")
    return 0


def run_activate(args: argparse.Namespace, context: CliContext) -> int:
    service, actor = context.services.templates, context.actor
    stored = service.find(actor, args.name, args.version)
    context.print(f"Activated: {_line(service.activate(actor, stored.summary.id))}")
    return 0


def run_install_builtins(args: argparse.Namespace, context: CliContext) -> int:
    installed = context.services.templates.install_builtins(context.actor)
    for summary in installed:
        context.print(f"Installed: {_line(summary)}")
    if not installed:
        context.print("Every built-in template is already installed.")
    return 0
