"""Exporting a table to CSV or XLSX, with the same headers the importer reads back.

An exporter is one small class: a name, a title, headers and the rows streamed from a
connection: one per CRM table, and one for appraisal results.

Exporting needs EXPORT_DATA. An export writes every row of a table, so the access policy
grants it only to roles that read every row (HR admin, viewer); a role reading a team's
rows would need exports narrowed to that team first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import Actor, OrgChart, Permission, is_allowed
from kpm_desktop.domain.appraisal import NOT_SCORED_ZH
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.office_time import to_office
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.imports.export_files import (
    ExportProgress,
    export_format,
    write_csv,
    write_xlsx,
)
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.export_queries import appraisal_result_rows, record_table_rows
from kpm_desktop.storage.sessions import Connection


class Exporter(Protocol):
    name: str
    title: str

    @property
    def headers(self) -> Sequence[str]: ...

    def rows(self, connection: Connection) -> Iterator[Sequence[object]]: ...


def _shown(value: object, zone: ZoneInfo) -> object:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return office_time(value, zone)
    return value


class RecordTableExporter:
    """A CRM table, in the columns (Chinese headers) its import reads."""

    def __init__(self, kind: TableDefinition) -> None:
        self.name = kind.name
        self.title = kind.title
        self._kind = kind

    @property
    def headers(self) -> Sequence[str]:
        return [column.zh for column in self._kind.columns]

    def rows(self, connection: Connection) -> Iterator[Sequence[object]]:
        zone = read_office_zone(connection)
        for row in record_table_rows(connection, self._kind):
            yield [_shown(value, zone) for value in row]


class AppraisalResultsExporter:
    """Every appraisal revision with its cycle, staff member, template, state and result.

    Total and grade are the ones stored when the appraisal was finalized; a draft has an
    empty total and the grade 未评分 (not scored) rather than a score that may still change.
    The finalization time is the office's clock time, to the second.
    """

    name = "appraisals"
    title = "考核结果"
    headers = (
        "考核周期", "员工编号", "姓名", "部门", "考核表", "版本", "修订", "状态",
        "总分", "等级", "定稿时间", "员工确认日期",
    )  # fmt: skip

    def rows(self, connection: Connection) -> Iterator[Sequence[object]]:
        zone = read_office_zone(connection)
        for row in appraisal_result_rows(connection):
            values = list(row)
            if values[8] is None:
                values[9] = NOT_SCORED_ZH
            else:  # stored with 4 places; totals are rounded to 2
                values[8] = Decimal(values[8]).quantize(Decimal("0.01"))
            if values[10] is not None:
                values[10] = office_time(values[10], zone)
            yield values


def office_time(moment: datetime, zone: ZoneInfo) -> datetime:
    """A stored moment (naive UTC) as the office's clock time, to the second; files hold
    clock times the importer reads back in the office's zone."""
    return to_office(moment, zone).replace(microsecond=0)


def export_kinds() -> dict[str, Exporter]:
    kinds: dict[str, Exporter] = {
        name: RecordTableExporter(kind) for name, kind in IMPORT_KINDS.items()
    }
    kinds[AppraisalResultsExporter.name] = AppraisalResultsExporter()
    return kinds


class ExportService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._exporters = export_kinds()

    def can_export(self, actor: Actor) -> bool:
        """Whether the export actions belong in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.EXPORT_DATA, OrgChart())

    @property
    def kinds(self) -> list[str]:
        return list(self._exporters)

    def title(self, kind: str) -> str:
        return self._exporter(kind).title

    def _exporter(self, kind: str) -> Exporter:
        try:
            return self._exporters[kind]
        except KeyError:
            known = ", ".join(self._exporters)
            raise ValidationError(
                "'{kind}' cannot be exported; use one of {known}", kind=kind, known=known
            ) from None

    def export(
        self, actor: Actor, kind: str, path: Path, progress: ExportProgress | None = None
    ) -> int:
        """Write every row of `kind` to a .csv or .xlsx file; returns the number of rows."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.EXPORT_DATA)
            exporter = self._exporter(kind)
            file_format = export_format(path)
            if not path.parent.is_dir():
                raise ValidationError(
                    "{path}: folder {parent} does not exist", path=path, parent=path.parent
                )
            rows = exporter.rows(uow.session.connection())
            if file_format == "csv":
                return write_csv(path, exporter.headers, rows, progress)
            return write_xlsx(path, exporter.headers, rows, exporter.title, progress)
