"""`kpm pdf`: evaluation sheets as PDF files, one appraisal or a whole cycle, optionally
each followed by the staff member's chart page, optionally signed with a PKCS#12
certificate whose password comes from an environment variable."""

from __future__ import annotations

import argparse
import gc
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpm_desktop.cli.context import PASSWORD_ENV_VAR, CliContext
from kpm_desktop.cli.progress import SHOWN_EVERY, ProgressLine
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.private_files import write_private_bytes
from kpm_desktop.services.sheets.sheet_views import DEFAULT_COMPANY, SheetSigning

if TYPE_CHECKING:
    from kpm_desktop.domain.access import Actor
    from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
    from kpm_desktop.reports.sheet_process import SheetProcess
    from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService

COMPANY_ENV_VAR = "KPM_COMPANY"
_log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("pdf", help="evaluation sheets as PDF (one or a cycle)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--appraisal", type=int, metavar="ID", help="one appraisal")
    which.add_argument("--cycle", metavar="PERIOD", help="every appraisal of a cycle, e.g. 2026Q3")
    parser.add_argument(
        "--out", metavar="PATH", help="the PDF file (--appraisal) or a folder (--cycle)"
    )
    parser.add_argument(
        "--combined", metavar="FILE", help="with --cycle: all sheets in one PDF file too"
    )
    parser.add_argument("--landscape", action="store_true", help="A4 landscape pages")
    parser.add_argument(
        "--chart-page",
        action="store_true",
        help="after each sheet, a page of charts: indicator profile and KPI trends",
    )
    parser.add_argument(
        "--company",
        default=os.environ.get(COMPANY_ENV_VAR, DEFAULT_COMPANY),
        help=f"company name in the header (default: ${COMPANY_ENV_VAR} or '{DEFAULT_COMPANY}')",
    )
    add_signing_arguments(parser)
    parser.set_defaults(handler=run)


def add_signing_arguments(parser: argparse.ArgumentParser) -> None:
    """--sign-p12 FILE and --sign-password-env VAR (read by `signing_of`)."""
    parser.add_argument("--sign-p12", metavar="FILE", help="sign with this PKCS#12 certificate")
    parser.add_argument(
        "--sign-password-env",
        metavar="VAR",
        help="the environment variable holding the certificate's password",
    )


def run(args: argparse.Namespace, context: CliContext) -> int:
    signing = signing_of(args)
    if args.appraisal is not None and signing is None and not args.chart_page:
        return _one_sheet(args, context)
    if args.appraisal is None:
        return _cycle(args, context, signing)
    if not args.out or args.combined:
        raise ValidationError("kpm pdf --appraisal ID needs --out FILE.pdf (and no --combined)")
    pdf = context.services.sheets.pdf(
        context.actor,
        args.appraisal,
        args.landscape,
        signing,
        company=args.company,
        chart_page=args.chart_page,
    )
    _write(Path(args.out), pdf)
    context.print(f"Wrote {args.out} ({len(pdf)} bytes{', signed' if signing else ''})")
    return 0


def _cycle(args: argparse.Namespace, context: CliContext, signing: SheetSigning | None) -> int:
    """A cycle's sheets; a pool of one process per core starts first, and loads the
    renderer while this process loads its own code, signs in and lists the sheets (it is
    shut down unless the cycle is large enough for it)."""
    if not args.out and not args.combined:
        raise ValidationError("kpm pdf --cycle PERIOD needs --out DIR and/or --combined FILE.pdf")
    from kpm_desktop.reports.sheet_pool import PoolAhead

    cores = os.cpu_count() or 1
    with (
        PoolAhead(cores) if cores > 1 else nullcontext() as pool_ahead,
        ProgressLine(every=SHOWN_EVERY) as line,
        _signed_in_for_export(context) as (sheets, actor),
    ):
        export = sheets.cycle_pdfs(
            actor,
            args.cycle,
            out_dir=Path(args.out) if args.out else None,
            combined_path=Path(args.combined) if args.combined else None,
            company=args.company,
            landscape=args.landscape,
            sign=signing,
            progress=lambda stage, done, total: line.show(f"{stage} {done}/{total}"),
            chart_page=args.chart_page,
            pool_ahead=pool_ahead,
        )
    context.print(
        f"Wrote {export.sheets} sheets of cycle {args.cycle}: {len(export.written)} files"
        + (", signed" if signing else "")
    )
    return 0


def _one_sheet(args: argparse.Namespace, context: CliContext) -> int:
    """One sheet, neither signed nor with its chart page: a second process loads reportlab
    and the font while this one signs in and reads the sheet, and renders it while the
    password is checked. Its PDF is taken, written and reported only once the check has
    passed and the sign-in is recorded. Signed in from the environment on a SQLite file
    where nothing is out of the plain, without SQLAlchemy (`_printed_early`); otherwise
    through the services (`_printed`)."""
    from kpm_desktop.reports.sheet_process import SheetProcess

    if not args.out or args.combined:
        raise ValidationError("kpm pdf --appraisal ID needs --out FILE.pdf (and no --combined)")
    with (
        _no_automatic_collection(),
        SheetProcess.start(withheld=(PASSWORD_ENV_VAR,)) as renderer,  # first: most to load
    ):
        pdf = _printed_early(args, context, renderer) or _printed(args, context, renderer)
    _write(Path(args.out), pdf)
    context.print(f"Wrote {args.out} ({len(pdf)} bytes)")
    return 0


def _printed_early(
    args: argparse.Namespace, context: CliContext, renderer: SheetProcess
) -> bytes | None:
    """The claimed account's sheet read with the standard library's sqlite3 and sent to be
    rendered while the early check runs; its PDF once the check matched and the sign-in
    is recorded (`CliContext.sign_in_early`). None, having recorded nothing, whenever
    anything is not plain (services/sheets/early_sheet.read_early_print): the usual path
    then signs in, reads, refuses and says what it must, as without this."""
    source = context.early_sign_in_source()
    if source is None:
        return None
    from kpm_desktop.domain.chain_anchor import ChainAnchor
    from kpm_desktop.services.sheets.early_sheet import read_early_print

    found = read_early_print(*source, args.appraisal, args.company)
    if found is None:
        return None
    renderer.send(found.sheet, args.landscape)
    head = context.sign_in_early(found.claim)
    if head is None:
        return None
    _log.debug("appraisal %s read and signed in without the ORM", args.appraisal)
    now = found.sheet.naming_head(ChainAnchor.of_head(*head))
    if now is not found.sheet:
        renderer.send(now, args.landscape)
    return renderer.pdf()


def _printed(args: argparse.Namespace, context: CliContext, renderer: SheetProcess) -> bytes:
    """Signed in, read and rendered through the services (`CliContext.while_signing_in`)."""

    def read_and_send(actor: Actor) -> EvaluationSheet:
        sheet = context.services.sheet_reader.sheet(actor, args.appraisal, args.company)
        renderer.send(sheet, args.landscape)
        return sheet

    sheet = context.while_signing_in(read_and_send)
    # The footer names the chain head at print time, as when the sheet was read after
    # signing in: a sign-in that rehashed the password added an entry meanwhile.
    now = context.services.sheet_reader.at_current_head(sheet)
    if now is not sheet:
        renderer.send(now, args.landscape)
    context.close()  # nothing more to read or write there: closed while it renders
    return renderer.pdf()


@contextmanager
def _no_automatic_collection() -> Iterator[None]:
    """One sheet's objects are few; the garbage collector's ~170 automatic passes while
    SQLAlchemy, the records and the appraisal code load (0.1-0.2 s on 2 busy cores) are
    skipped, and it is turned on again after (tests run commands in their own process).

    Everything loaded meanwhile is still in the youngest generation then: the first
    allocation after `gc.enable()` would walk it all (74 ms before the file was written,
    in a profiled run on 2 busy cores). Freezing and unfreezing first moves it to the
    oldest generation, where a collection would have put it, without walking it."""
    enabled, frozen_before = gc.isenabled(), gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            _thaw(frozen_before)
            gc.enable()


def _thaw(frozen_before: int) -> None:
    """Puts the objects frozen since back in the collector's oldest generation. Python
    thaws every frozen object at once: when some were frozen before the command (a test
    session that freezes between tests runs commands in its own process), all stay
    frozen."""
    if frozen_before == 0:
        gc.unfreeze()


@contextmanager
def _signed_in_for_export(
    context: CliContext,
) -> Iterator[tuple[EvaluationSheetService, Actor]]:
    """The sheet service and the signed-in user, loaded and signed in with no automatic
    garbage collection (as `_no_automatic_collection`); for the export that follows, what
    they loaded is frozen out of the collector and a young collection runs every
    `YOUNG_COLLECTION` new objects, as in the pool's workers. The collector's automatic
    passes otherwise walked SQLAlchemy's, the records' and the services' objects again and
    again while the chunks were read (docs/benchmarks.md, "The cycle's exporting
    process"); the reads' own cyclic garbage is still collected. The collector is as
    before once the export is done."""
    from kpm_desktop.reports.sheet_pool import YOUNG_COLLECTION

    enabled, threshold, frozen_before = gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()
    gc.disable()
    try:
        sheets, actor = context.services.sheets, context.actor
        gc.freeze()
        gc.set_threshold(YOUNG_COLLECTION, *threshold[1:])
        if enabled:
            gc.enable()
        yield sheets, actor
    finally:
        _thaw(frozen_before)
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()


def signing_of(args: argparse.Namespace) -> SheetSigning | None:
    if args.sign_p12 is None:
        if args.sign_password_env:
            raise ValidationError("--sign-password-env is given without --sign-p12 FILE")
        return None
    if not args.sign_password_env:
        raise ValidationError("--sign-p12 needs --sign-password-env VAR (the password's variable)")
    password = os.environ.get(args.sign_password_env)
    if password is None:
        raise ValidationError(
            "--sign-password-env {sign_password_env}: that environment variable is not set",
            sign_password_env=args.sign_password_env,
        )
    path = Path(args.sign_p12)
    if not path.is_file():
        raise ValidationError("--sign-p12 {path}: no such file", path=path)
    return SheetSigning(path, password)


def _write(path: Path, pdf: bytes) -> None:
    try:
        write_private_bytes(path, pdf)
    except OSError as exc:
        raise ValidationError(
            "{path}: cannot write: {reason}", path=path, reason=exc.strerror
        ) from exc
