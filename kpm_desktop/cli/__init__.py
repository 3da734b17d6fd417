"""`kpm`: the headless command line. Same services as the GUI, no Qt.

Exit codes: 0 success, 2 a user error (one line on stderr naming what is wrong), 141 when
the reader of the output went away (`kpm ... | head`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from kpm_desktop import __version__
from kpm_desktop.cli import (
    appraisal_command,
    cycle_command,
    demo_command,
    export_command,
    import_command,
    kpi_command,
    marketing_command,
    packet_command,
    pdf_command,
    profile_command,
    score_command,
    selection_command,
    settings_command,
    target_command,
    template_command,
    user_command,
    verify_command,
)
from kpm_desktop.cli.context import USER_ENV_VAR, CliContext
from kpm_desktop.config import default_database_target
from kpm_desktop.diagnostics import configure_logging
from kpm_desktop.domain.errors import KpmUserError

EXIT_USER_ERROR = 2
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a command ended by SIGPIPE

_log = logging.getLogger(__name__)

# Each module adds its sub-command through `register(subparsers)`.
COMMAND_MODULES = (
    demo_command,
    verify_command,
    template_command,
    score_command,
    user_command,
    kpi_command,
    target_command,
    marketing_command,
    import_command,
    profile_command,
    export_command,
    cycle_command,
    appraisal_command,
    packet_command,
    pdf_command,
    selection_command,
    settings_command,
)


def build_parser() -> argparse.ArgumentParser:
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
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        return _reader_gone()


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging("kpm", debug=args.debug)
    _log.info("command %s", args.command)
    context = CliContext(args.db or default_database_target(), out=sys.stdout, user=args.user)
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


def _reader_gone() -> int:
    """The output's reader closed the pipe (`kpm ... | head`): stop quietly, as a command
    killed by SIGPIPE would. Python flushes stdout once more at exit, so stdout goes to
    devnull first, or that flush would report the broken pipe after all."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE
