"""Importing a CSV or XLSX file: look at it, check it, then write it all or nothing.

`inspect` is cheap (layout, headers, suggested mapping, first rows); `check` reads the
whole file and reports what an import would do and every row error, writing nothing;
`import_file` does the same inside one transaction and commits only a file without errors.
Clock times are read in the office's zone (`services/admin/office_zone.py`), or in the
zone an import profile names. A profile (`services/imports/import_profiles.py`) is applied
to the rows before the usual conversion (`services/imports/profiled_rows.py`): the same
checks, the same all-or-nothing write.

`check` and `import_file` need IMPORT_DATA (`inspect` reads only the file). A written
targets file is audited as one entry with its counts, not one entry per target: rows are
upserted in bulk, so their before values are not read one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import Actor, OrgChart, Permission, is_allowed
from kpm_desktop.domain.cell_values import clean_text
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import KpmUserError, ValidationError
from kpm_desktop.domain.import_columns import IgnoredColumn, ignored_columns, suggest_mapping
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profiles import (
    FileSettings,
    ImportProfile,
    field_indexes,
    header_key,
    ignored_headers,
)
from kpm_desktop.domain.import_rows import RowConverter, RowError, RowErrors
from kpm_desktop.domain.office_time import office_zone
from kpm_desktop.domain.quick_rows import Values
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.imports.file_limits import FileLimits
from kpm_desktop.services.imports.import_profiles import ImportProfileService
from kpm_desktop.services.imports.import_run import ImportReport, ImportRun
from kpm_desktop.services.imports.profiled_rows import ProfiledImport
from kpm_desktop.services.imports.tabular_files import FileLayout, TabularFile, open_tabular
from kpm_desktop.storage.bulk_upsert import bulk_load_cache
from kpm_desktop.storage.database import Database, UnitOfWork

# Rows converted and written together. Small on purpose: a chunk's rows die before the
# cyclic garbage collector moves them to its oldest generation, so a big import sets off no
# full collections (they walk every object of the process) and needs no `gc.disable()`.
# Measured in docs/architecture.md, "Import speed".
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
    profile: ImportProfile | None = None


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
    profile: ImportProfile | None = None  # the one given, or the one matching the headers


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
        self.profiles = ImportProfileService(database, audit)

    def with_limits(self, limits: FileLimits) -> ImportService:
        """The same service reading files up to other limits."""
        return ImportService(self._database, self._known_kpis, self._audit, limits)

    def can_import(self, actor: Actor) -> bool:
        """Whether the import actions belong in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.IMPORT_DATA, OrgChart())

    def inspect(
        self,
        path: Path,
        kind: str,
        sheet: str | None = None,
        profile: ImportProfile | None = None,
        match: bool = True,
    ) -> ImportPreview:
        """The file's layout, headers and first rows, with the mapping of `profile`, or
        (`match`) of the saved or built-in profile fitting its headers, or suggested from
        the headers' names."""
        columns = import_kind(kind).columns
        source = open_tabular(path, sheet, self.limits, profile.file if profile else None)
        if profile is None and match:
            profile = self.profiles.match(kind, source.headers)
            if profile is not None and profile.file != FileSettings():
                source = open_tabular(path, sheet, self.limits, profile.file)
        if profile is not None:
            mapping = field_indexes(profile, source.headers, path.name)
        else:
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
            profile,
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
        profile: ImportProfile | None = None,
    ) -> ImportReport:
        """What importing would do, and every row error; writes nothing. `strict` refuses
        a file with columns nothing reads. A `profile` replaces `mapping`."""
        options = _RunOptions(write=False, strict=strict, profile=profile)
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
        profile: ImportProfile | None = None,
    ) -> ImportReport:
        """Insert or update every row in one transaction; raise ImportRejected on any error.
        `strict` refuses a file with columns nothing reads. A `profile` replaces `mapping`."""
        options = _RunOptions(write=True, strict=strict, profile=profile)
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
        write, profile = options.write, options.profile
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.IMPORT_DATA)
            source = open_tabular(path, sheet, self.limits, profile.file if profile else None)
            connection = uow.session.connection()
            profiled: ProfiledImport | None = None
            if profile is None:
                headers, chosen = source.headers, _chosen_mapping(kind, source, mapping)
                file_mapping, ignored = chosen, ignored_columns(kind.columns, headers, chosen)
            else:
                profiled = ProfiledImport(profile, kind, source.headers, path.name, connection)
                headers, chosen = profiled.layout.headers, profiled.layout.mapping
                file_mapping = profiled.layout.file_mapping
                ignored = _not_ignored_on_purpose(kind, source.headers, file_mapping, profile)
            zone = read_office_zone(uow.session)
            if profile is not None and profile.time_zone:
                zone = office_zone(profile.time_zone)
            converter = _converter(kind, headers, chosen, zone, path.name)
            if options.strict and ignored:
                raise ValidationError(
                    "{file}: nothing was imported: strict mode refuses columns that would be "
                    "ignored: {columns}",
                    file=path.name,
                    columns="; ".join(describe_ignored(column) for column in ignored),
                )
            report = ImportReport(kind.name, path.name, ignored_columns=ignored)
            report.profile = profile.name if profile else None
            report.columns_used = [
                (source.headers[index], name) for name, index in file_mapping.items()
            ]
            run = ImportRun(connection, converter, report, write=write, known_kpis=self._known_kpis)
            with bulk_load_cache(connection):
                _feed(source, converter, run, progress, cancelled, profiled)
            if profiled is not None:
                report.unmapped = profiled.unmapped()
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


def _converter(
    kind: TableDefinition,
    headers: list[str],
    mapping: Mapping[str, int],
    zone: ZoneInfo,
    file: str,
) -> RowConverter:
    try:
        return RowConverter(kind, headers, mapping, zone)
    except ValidationError as exc:  # a required field no column feeds
        raise ValidationError("{file}: {problem}", file=file, problem=exc) from None


def _not_ignored_on_purpose(
    kind: TableDefinition,
    headers: list[str],
    file_mapping: Mapping[str, int],
    profile: ImportProfile,
) -> list[IgnoredColumn]:
    """The file's columns nothing reads, less those the profile ignores by name."""
    on_purpose = ignored_headers(profile)
    return [
        column
        for column in ignored_columns(kind.columns, headers, file_mapping)
        if header_key(column.header) not in on_purpose
    ]


def _converted(
    prepared: Sequence[tuple[int, Sequence[object], RowErrors]], converter: RowConverter
) -> list[tuple[int, Values, RowErrors]]:
    """The row path: each row converted alone, with every error named. A cell a profile
    refused (`prepared`'s errors) is reported once, by the profile, not again as a missing
    value."""
    convert = converter.convert
    if not any(refused for _n, _c, refused in prepared):
        return [(number, *convert(number, cells)) for number, cells, _r in prepared]
    chunk: list[tuple[int, Values, RowErrors]] = []
    for number, cells, refused in prepared:
        values, errors = convert(number, cells)
        if refused:
            columns = {error.column for error in refused}
            kept: list[RowError] = [error for error in errors if error.column not in columns]
            errors = (*refused, *kept)
        chunk.append((number, values, errors))
    return chunk


def _add_chunk(
    prepared: Sequence[tuple[int, Sequence[object], RowErrors]],
    converter: RowConverter,
    run: ImportRun,
) -> None:
    """The column lane when the whole chunk is clean, else the row path."""
    if not any(refused for _n, _c, refused in prepared):
        numbers, rows, _refused = zip(*prepared, strict=True)
        columns = converter.convert_columns(rows)
        if columns is not None and run.add_columns(numbers, columns):
            return
    run.add_chunk(_converted(prepared, converter))


def _feed(
    source: TabularFile,
    converter: RowConverter,
    run: ImportRun,
    progress: ImportProgress | None,
    cancelled: CancelCheck | None,
    profiled: ProfiledImport | None = None,
) -> None:
    report = run.report
    for rows in source.chunks(CHUNK):
        report.rows += len(rows)
        prepared: Sequence[tuple[int, Sequence[object], RowErrors]]
        if profiled is None:
            prepared = [(number, cells, ()) for number, cells in rows]
        else:
            prepared = [
                (number, cells, tuple(refused)) for number, cells, refused in profiled.prepare(rows)
            ]
        _add_chunk(prepared, converter, run)
        if len(rows) == CHUNK:  # a shorter chunk is the last (or one with blank rows)
            _report_progress(source, report, progress, cancelled)
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
