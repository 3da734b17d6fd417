"""Importing a CSV or XLSX file: look at it, check it, then write it all or nothing.

`inspect` is cheap (layout, headers, suggested mapping, first rows); `check` reads the
whole file and reports what an import would do and every row error, writing nothing;
`import_file` does the same inside one transaction and commits only a file without errors.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.domain.cell_values import clean_text
from kpm_desktop.domain.errors import KpmUserError, ValidationError
from kpm_desktop.domain.import_columns import suggest_mapping
from kpm_desktop.domain.import_kinds import IMPORT_KINDS, ImportKind
from kpm_desktop.domain.import_rows import RowConverter, RowError, Values
from kpm_desktop.services.import_run import ImportReport, ImportRun
from kpm_desktop.services.tabular_files import FileLayout, TabularFile, open_tabular
from kpm_desktop.storage.bulk_upsert import bulk_load_cache
from kpm_desktop.storage.data_version import bump_data_version
from kpm_desktop.storage.database import Database

CHUNK = 10_000
PREVIEW_ROWS = 20
SHOWN_ERRORS = 10

# (fraction of the file read, rows read so far)
ImportProgress = Callable[[float, int], None]
CancelCheck = Callable[[], bool]


class ImportRejected(ValidationError):
    """The file has row errors; nothing of it was written."""

    def __init__(self, report: ImportReport) -> None:
        first = "; ".join(str(error) for error in report.errors[:SHOWN_ERRORS])
        super().__init__(
            f"{report.file}: {report.error_count} problem(s) found, nothing was imported. {first}"
        )
        self.report = report


class ImportCancelled(KpmUserError):
    """The user stopped the import; the transaction was rolled back."""


def import_kind(name: str) -> ImportKind:
    try:
        return IMPORT_KINDS[name]
    except KeyError:
        known = ", ".join(IMPORT_KINDS)
        raise ValidationError(f"'{name}' is not something to import; use one of {known}") from None


@dataclass(frozen=True)
class ImportPreview:
    layout: FileLayout
    headers: list[str]
    mapping: dict[str, int]  # field -> column index
    unmapped_headers: list[str]
    first_rows: list[list[str]]
    first_row_numbers: list[int]


class ImportService:
    """Imports for the GUI and the CLI.

    `known_kpis` is the seam to the KPI engine: the set of KPI keys targets may name.
    None accepts any key (structure is still checked: period, owner, value >= 0).
    """

    def __init__(self, database: Database, known_kpis: Collection[str] | None = None) -> None:
        self._database = database
        self._known_kpis = frozenset(known_kpis) if known_kpis is not None else None

    def inspect(self, path: Path, kind: str, sheet: str | None = None) -> ImportPreview:
        source = open_tabular(path, sheet)
        mapping = suggest_mapping(import_kind(kind).columns, source.headers)
        used = set(mapping.values())
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
            [header for index, header in enumerate(source.headers) if index not in used],
            first_rows,
            numbers,
        )

    def check(
        self,
        path: Path,
        kind: str,
        mapping: Mapping[str, int] | None = None,
        sheet: str | None = None,
        progress: ImportProgress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """What importing would do, and every row error; writes nothing."""
        return self._run(path, kind, mapping, sheet, False, progress, cancelled)

    def import_file(
        self,
        path: Path,
        kind: str,
        mapping: Mapping[str, int] | None = None,
        sheet: str | None = None,
        progress: ImportProgress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Insert or update every row in one transaction; raise ImportRejected on any error."""
        report = self._run(path, kind, mapping, sheet, True, progress, cancelled)
        if report.error_count:
            raise ImportRejected(report)
        return report

    def _run(
        self,
        path: Path,
        kind_name: str,
        mapping: Mapping[str, int] | None,
        sheet: str | None,
        write: bool,
        progress: ImportProgress | None,
        cancelled: CancelCheck | None,
    ) -> ImportReport:
        kind = import_kind(kind_name)
        source = open_tabular(path, sheet)
        converter = _converter(kind, source, mapping)
        report = ImportReport(kind.name, path.name)
        with self._database.unit_of_work() as uow:
            connection = uow.session.connection()
            run = ImportRun(connection, converter, report, write=write, known_kpis=self._known_kpis)
            with bulk_load_cache(connection):
                _feed(source, converter, run, progress, cancelled)
            if write and not report.error_count:
                bump_data_version(connection)
                uow.commit()
                report.written = True
        return report


def _feed(
    source: TabularFile,
    converter: RowConverter,
    run: ImportRun,
    progress: ImportProgress | None,
    cancelled: CancelCheck | None,
) -> None:
    report = run.report
    chunk: list[tuple[int, Values, list[RowError]]] = []
    for number, cells in source.records():
        report.rows += 1
        values, errors = converter.convert(number, cells)
        chunk.append((number, values, errors))
        if len(chunk) == CHUNK:
            run.add_chunk(chunk)
            chunk = []
            _report_progress(source, report, progress, cancelled)
    run.add_chunk(chunk)
    run.finish()
    report.errors.sort(key=lambda error: error.row)
    _report_progress(source, report, progress, cancelled)


def _converter(
    kind: ImportKind, source: TabularFile, mapping: Mapping[str, int] | None
) -> RowConverter:
    chosen = dict(mapping) if mapping is not None else suggest_mapping(kind.columns, source.headers)
    fields = {column.field for column in kind.columns}
    for name, index in chosen.items():
        if name not in fields:
            raise ValidationError(f"'{name}' is not a column of {kind.name}")
        if not 0 <= index < len(source.headers):
            raise ValidationError(f"column {index + 1} for '{name}' is not in the file")
    return RowConverter(kind, source.headers, chosen)


def _report_progress(
    source: TabularFile,
    report: ImportReport,
    progress: ImportProgress | None,
    cancelled: CancelCheck | None,
) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(f"Import of {report.file} cancelled; nothing was written")
    if progress is not None:
        progress(source.progress, report.rows)
