"""`kpm profile list|show|export|import|copy|remove`: import profiles (docs/formats.md,
"Import profiles"). Listing, showing and exporting need no user; import, copy and remove
act as the signed-in user (`--user`, who needs IMPORT_DATA)."""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.files import read_text, write_text
from kpm_desktop.cli.text_table import print_columns
from kpm_desktop.domain.import_profiles import ImportProfile


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("profile", help="import profiles")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the built-in starting points and saved profiles")
    listing.add_argument("--kind", help="only profiles of this kind (deals, customers, ...)")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", help="a profile as JSON")
    show.add_argument("name", metavar="NAME")
    show.set_defaults(handler=run_show)
    exp = actions.add_parser("export", help="write a profile as JSON")
    exp.add_argument("name", metavar="NAME")
    exp.add_argument("file", metavar="FILE.json")
    exp.set_defaults(handler=run_export)
    imp = actions.add_parser("import", help="save a profile from a JSON file")
    imp.add_argument("file", metavar="FILE.json")
    imp.add_argument("--replace", action="store_true", help="replace a saved profile of that name")
    imp.set_defaults(handler=run_import)
    copy = actions.add_parser("copy", help="save a copy of a profile (a starting point)")
    copy.add_argument("name", metavar="NAME")
    copy.add_argument("new_name", metavar="NEW_NAME")
    copy.set_defaults(handler=run_copy)
    remove = actions.add_parser("remove", help="remove a saved profile")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_remove)


def _origin(profile: ImportProfile) -> str:
    return "built-in starting point" if profile.built_in else "saved"


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    profiles = context.services.imports.profiles.profiles(args.kind)
    rows = [(p.name, p.kind, _origin(p), str(len(p.columns))) for p in profiles]
    print_columns(context, ("NAME", "KIND", "ORIGIN", "COLUMNS"), rows)
    return 0


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    context.print(context.services.imports.profiles.export_text(args.name).rstrip())
    return 0


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    write_text(args.file, context.services.imports.profiles.export_text(args.name))
    context.print(f"profile '{args.name}' written to {args.file}")
    return 0


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    service = context.services.imports.profiles
    profile = service.import_text(context.actor, read_text(args.file), args.file, args.replace)
    context.print(f"profile '{profile.name}' ({profile.kind}) saved")
    return 0


def run_copy(args: argparse.Namespace, context: CliContext) -> int:
    copied = context.services.imports.profiles.copy(context.actor, args.name, args.new_name)
    context.print(f"profile '{args.name}' copied as '{copied.name}'")
    return 0


def run_remove(args: argparse.Namespace, context: CliContext) -> int:
    context.services.imports.profiles.remove(context.actor, args.name)
    context.print(f"profile '{args.name}' removed")
    return 0
