"""`kpm`: the headless command line. Same services as the GUI, no Qt.

Exit codes: 0 success, 2 a user error (one line on stderr naming what is wrong), 141 when
the reader of the output went away (`kpm ... | head`).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Collection, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from kpm_desktop import __version__
from kpm_desktop.cli.context import USER_ENV_VAR, CliContext, start_early_password_check
from kpm_desktop.domain.errors import KpmUserError

if TYPE_CHECKING:
    from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck

EXIT_USER_ERROR = 2
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a command ended by SIGPIPE

_log = logging.getLogger(__name__)

# Each command: its name, the module that adds its arguments through `register(subparsers)`
# and runs it, and its line in `kpm --help` (the same as the module's; a test checks).
# Only the module of the command given is imported, so `kpm --help` and each command load
# no more than they use (no services, SQLAlchemy or Qt for `--help`).
COMMANDS = (
    ("demo", "demo_command", "generate demo data"),
    (
        "verify",
        "verify_command",
        "check the database, the audit chain, sealed records and the witness",
    ),
    ("template", "template_command", "rubric templates"),
    ("score", "score_command", "score ratings against a template file (no database)"),
    ("user", "user_command", "manage user accounts"),
    ("kpi", "kpi_command", "compute CRM KPIs for a period"),
    ("target", "target_command", "set or list KPI targets"),
    (
        "marketing",
        "marketing_command",
        "customer sources that count as marketing (marketing ROI)",
    ),
    ("import", "import_command", "import a CSV or XLSX file"),
    ("profile", "profile_command", "import profiles"),
    ("export", "export_command", "export a table to CSV or XLSX"),
    ("cycle", "cycle_command", "appraisal cycles"),
    ("appraisal", "appraisal_command", "appraisals of a cycle"),
    ("packet", "packet_command", "offline rater packets (XLSX)"),
    ("pdf", "pdf_command", "evaluation sheets as PDF (one or a cycle)"),
    ("selection", "selection_command", "vendor selection evaluations (选型评分)"),
    ("settings", "settings_command", "show or change the office's settings"),
)

# The commands that never sign in: no early password check for them (`_early_check`).
WITHOUT_SIGN_IN = frozenset({"demo", "score"})


def command_module(name: str) -> ModuleType:
    """The module of the command `name` (imported now)."""
    module = next(module for command, module, _help in COMMANDS if command == name)
    return importlib.import_module(f"{__name__}.{module}")


def build_parser(loaded: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The parser of `kpm`; the commands in `loaded` (all when None) get their arguments
    from their modules, the others are only listed and accept anything."""
    parser = argparse.ArgumentParser(prog="kpm", description="KPM Desktop command line")
    parser.add_argument("--version", action="version", version=f"kpm {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $KPM_DB or the user data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=os.environ.get(USER_ENV_VAR),
        help="act as this user for guarded commands (default: $KPM_USER); "
        "password from $KPM_PASSWORD or a prompt",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="log in detail and echo the log on stderr (also $KPM_DEBUG=1)",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, _module, help_line in COMMANDS:
        if loaded is None or name in loaded:
            command_module(name).register(subparsers)
        else:
            subparsers.add_parser(name, help=help_line, add_help=False)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; `kpm --help`, `--version` and a wrong command end here having
    imported no command, the others load their own module only."""
    return _full_arguments(_global_arguments(argv), argv)


def _global_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The global options and the command's name (`command`); what follows the command is
    in `rest`. Imports no command module."""
    known, rest = build_parser(loaded=()).parse_known_args(argv)
    known.rest = rest
    return known


def _full_arguments(first: argparse.Namespace, argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser(loaded=(first.command,)).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command of `argv` (the program's arguments when None, as `kpm` is run)."""
    try:
        code = _run(argv)
    except BrokenPipeError:
        return _reader_gone()
    if argv is None:  # the program, about to exit (tests and scripts pass their arguments)
        _skip_collection_at_exit()
    return code


def _skip_collection_at_exit() -> None:
    """Python's last garbage collection at exit walks every object the command loaded
    (SQLAlchemy's mappers, the records, reportlab): 0.1-0.26 s of `kpm pdf --appraisal` on
    2 busy cores, after its work is done. Frozen objects are left to the process's end;
    files, connections and the log are closed as before (atexit, reference counts)."""
    gc.freeze()


def _run(argv: Sequence[str] | None) -> int:
    first = _global_arguments(argv)
    # Before the command's code and SQLAlchemy load: argon2 runs beside their imports.
    early = _early_check(first)
    args = _full_arguments(first, argv)
    # Only now: `kpm --help` ends above without the log's set-up (platformdirs, handlers).
    from kpm_desktop.config import default_database_target
    from kpm_desktop.diagnostics import configure_logging

    configure_logging("kpm", debug=args.debug)
    _log.info("command %s", args.command)
    context = CliContext(
        args.db or default_database_target(), out=sys.stdout, user=args.user, early_check=early
    )
    try:
        result: int = args.handler(args, context)
        sys.stdout.flush()  # a reader gone away shows here, not in Python's exit flush
        return result
    except KpmUserError as exc:
        # The template, not the message: its values may name people.
        _log.warning("refused (%s): %s", type(exc).__name__, exc.template)
        print(f"kpm: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception:
        _log.exception("command %s failed with a bug", args.command)
        raise
    finally:
        context.close()


def _early_check(first: argparse.Namespace) -> EarlyPasswordCheck | None:
    """The password check started for a command that may sign in (not for its `--help`)
    from the environment (services/admin/early_password_check.py)."""
    if not first.user or first.command in WITHOUT_SIGN_IN or {"-h", "--help"} & set(first.rest):
        return None
    from kpm_desktop.config import default_database_target

    return start_early_password_check(first.db or default_database_target(), first.user, os.environ)


def _reader_gone() -> int:
    """The output's reader closed the pipe (`kpm ... | head`): stop quietly, as a command
    killed by SIGPIPE would. Python flushes stdout once more at exit, so stdout goes to
    devnull first, or that flush would report the broken pipe after all."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE
