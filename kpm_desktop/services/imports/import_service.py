"""Importing a CSV or XLSX file: look at it, check it, then write it all or nothing.

`inspect` is cheap (layout, headers, suggested mapping, first rows); `check` reads the
whole file and reports what an import would do and every row error, writing nothing;
`import_file` does the same inside one transaction and commits only a file without errors.
Clock times are read in the office's zone (`services/admin/office_zone.py`).

`check` and `import_file` need IMPORT_DATA (`inspect` reads only the file). A written
targets file is audited as one entry with its counts, not one entry per target: rows are
upserted in bulk, so their before values are not read one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from kpm_desktop.domain.access import Actor, OrgChart, Permission, is_allowed
from kpm_desktop.domain.cell_values import clean_text
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import KpmUserError, ValidationError
from kpm_desktop.domain.import_columns import IgnoredColumn, ignored_columns, suggest_mapping
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_rows import RowConverter, RowErrors
from kpm_desktop.domain.quick_rows import Values
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.imports.file_limits import FileLimits
from kpm_desktop.services.imports.import_run import ImportReport, ImportRun
from kpm_desktop.services.imports.tabular_files import FileLayout, TabularFile, open_tabular
from kpm_desktop.storage.bulk_upsert import bulk_load_cache
from kpm_desktop.storage.database import Database, UnitOfWork

# Rows converted and written together. Small on purpose: a chunk's rows die before the
# cyclic garbage collector moves them to its oldest generation, so a big import sets off no
# full collections (they walk every object of the process) and needs no `gc.disable()`.
# Measured in docs/architecture.md, "Import speed without global switches".
CHUNK = 500
PREVIEW_ROWS = 20
SHOWN_ERRORS = 10

# (fraction of the file read, rows read so far)
ImportProgress = Callable[[float, int], None]
CancelCheck = Callable[[], bool]


class ImportRejected(ValidationError):
    """The file has row errors; nothing of it was written."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            "{file}: {count} problem(s) found, nothing was imported. {problems}",
            file=report.file,
            count=report.error_count,
            problems=[error.text for error in report.errors[:SHOWN_ERRORS]],
        )
        self.report = report


def describe_ignored(column: IgnoredColumn) -> str:
    """'closed (did you mean 成交日期 / closed_on?)', in the command line's English."""
    meant = column.did_you_mean
    if meant is None:
        return column.header
    return f"{column.header} (did you mean {meant.zh} / {meant.en}?)"


@dataclass(frozen=True)
class _RunOptions:
    write: bool
    strict: bool


class ImportCancelled(KpmUserError):
    """The user stopped the import; the transaction was rolled back."""


def import_kind(name: str) -> TableDefinition:
    try:
        return IMPORT_KINDS[name]
    except KeyError:
        known = ", ".join(IMPORT_KINDS)
        raise ValidationError(
            "'{name}' is not something to import; use one of {known}", name=name, known=known
        ) from None


@dataclass(frozen=True)
class ImportPreview:
    layout: FileLayout
    headers: list[str]
    mapping: dict[str, int]  # field -> column index
    ignored: list[IgnoredColumn]  # the file's columns the mapping leaves unread
    first_rows: list[list[str]]
    first_row_numbers: list[int]


class ImportService:
    """Imports for the GUI and the CLI.

    `known_kpis` is the seam to the KPI engine: the set of KPI keys targets may name.
    None accepts any key (structure is still checked: period, owner, value >= 0).
    `audit` given, a written targets file is logged in its transaction. `limits` bound
    the files read (rows, columns, unpacked size).
    """

    def __init__(
        self,
        database: Database,
        known_kpis: Collection[str] | None = None,
        audit: AuditTrail | None = None,
        limits: FileLimits | None = None,
    ) -> None:
        self._database = database
        self._known_kpis = frozenset(known_kpis) if known_kpis is not None else None
        self._audit = audit
        self.limits = limits or FileLimits()

    def with_limits(self, limits: FileLimits) -> ImportService:
        """The same service reading files up to other limits."""
        return ImportService(self._database, self._known_kpis, self._audit, limits)

    def can_import(self, actor: Actor) -> bool:
        """Whether the import actions belong in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.IMPORT_DATA, OrgChart())

    def inspect(self, path: Path, kind: str, sheet: str | None = None) -> ImportPreview:
        source = open_tabular(path, sheet, self.limits)
        columns = import_kind(kind).columns
        mapping = suggest_mapping(columns, source.headers)
        first_rows: list[list[str]] = []
        numbers: list[int] = []
        for number, cells in source.records():
            first_rows.append([clean_text(cell) for cell in cells])
            numbers.append(number)
            if len(first_rows) == PREVIEW_ROWS:
                break
        return ImportPreview(
            source.layout,
            source.headers,
            mapping,
            ignored_columns(columns, source.headers, mapping),
            first_rows,
            numbers,
        )

    def check(
        self,
        actor: Actor,
        path: Path,
        kind: str,
        mapping: Mapping[str, int] | None = None,
        sheet: str | None = None,
        progress: ImportProgress | None = None,
        cancelled: CancelCheck | None = None,
        strict: bool = False,
    ) -> ImportReport:
        """What importing would do, and every row error; writes nothing. `strict` refuses
        a file with columns nothing reads."""
        options = _RunOptions(write=False, strict=strict)
        return self._run(actor, path, kind, mapping, sheet, options, progress, cancelled)

    def import_file(
        self,
        actor: Actor,
        path: Path,
        kind: str,
        mapping: Mapping[str, int] | None = None,
        sheet: str | None = None,
        progress: ImportProgress | None = None,
        cancelled: CancelCheck | None = None,
        strict: bool = False,
    ) -> ImportReport:
        """Insert or update every row in one transaction; raise ImportRejected on any error.
        `strict` refuses a file with columns nothing reads."""
        options = _RunOptions(write=True, strict=strict)
        report = self._run(actor, path, kind, mapping, sheet, options, progress, cancelled)
        if report.error_count:
            raise ImportRejected(report)
        return report

    def _run(
        self,
        actor: Actor,
        path: Path,
        kind_name: str,
        mapping: Mapping[str, int] | None,
        sheet: str | None,
        options: _RunOptions,
        progress: ImportProgress | None,
        cancelled: CancelCheck | None,
    ) -> ImportReport:
        kind = import_kind(kind_name)
        write = options.write
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.IMPORT_DATA)
            source = open_tabular(path, sheet, self.limits)
            chosen = _chosen_mapping(kind, source, mapping)
            zone = read_office_zone(uow.session)
            converter = RowConverter(kind, source.headers, chosen, zone)
            ignored = ignored_columns(kind.columns, source.headers, chosen)
            if options.strict and ignored:
                raise ValidationError(
                    "{file}: nothing was imported: strict mode refuses columns that would be "
                    "ignored: {columns}",
                    file=path.name,
                    columns="; ".join(describe_ignored(column) for column in ignored),
                )
            report = ImportReport(kind.name, path.name, ignored_columns=ignored)
            connection = uow.session.connection()
            run = ImportRun(connection, converter, report, write=write, known_kpis=self._known_kpis)
            with bulk_load_cache(connection):
                _feed(source, converter, run, progress, cancelled)
            if write and not report.error_count:
                self._log(uow, actor, report)
                uow.commit()
                report.written = True
        return report

    def _log(self, uow: UnitOfWork, actor: Actor, report: ImportReport) -> None:
        if self._audit is None or report.kind != "targets":
            return
        if report.inserted or report.updated:
            counts = {"rows": report.rows, "inserted": report.inserted,
                      "updated": report.updated, "unchanged": report.unchanged}  # fmt: skip
            self._audit.record(uow, actor, "target", f"file {report.file}", "import", None, counts)


def _feed(
    source: TabularFile,
    converter: RowConverter,
    run: ImportRun,
    progress: ImportProgress | None,
    cancelled: CancelCheck | None,
) -> None:
    report = run.report
    records = source.records()
    convert = converter.convert
    while True:
        chunk: list[tuple[int, Values, RowErrors]] = [
            (number, *convert(number, cells)) for number, cells in islice(records, CHUNK)
        ]
        report.rows += len(chunk)
        if len(chunk) < CHUNK:
            break
        run.add_chunk(chunk)
        _report_progress(source, report, progress, cancelled)
    run.add_chunk(chunk)
    run.finish()
    report.errors.sort(key=lambda error: error.row)
    _report_progress(source, report, progress, cancelled)


def _chosen_mapping(
    kind: TableDefinition, source: TabularFile, mapping: Mapping[str, int] | None
) -> dict[str, int]:
    chosen = dict(mapping) if mapping is not None else suggest_mapping(kind.columns, source.headers)
    fields = {column.field for column in kind.columns}
    for name, index in chosen.items():
        if name not in fields:
            raise ValidationError("'{name}' is not a column of {kind}", name=name, kind=kind.name)
        if not 0 <= index < len(source.headers):
            raise ValidationError(
                "column {number} for '{name}' is not in the file", number=index + 1, name=name
            )
    return chosen


def _report_progress(
    source: TabularFile,
    report: ImportReport,
    progress: ImportProgress | None,
    cancelled: CancelCheck | None,
) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("Import of {file} cancelled; nothing was written", file=report.file)
    if progress is not None:
        progress(source.progress, report.rows)
