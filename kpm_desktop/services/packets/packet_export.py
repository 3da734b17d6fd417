"""Exporting rater packets: one XLSX per rater with every sheet that rater has to score in
the cycle, recorded with the key of its keyed hash (docs/formats.md, "Rater packets")."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from pathlib import Path

from kpm_desktop.domain.packets.packet_book import packet_book
from kpm_desktop.domain.packets.packet_content import (
    AppraiseeSheet,
    KpiLine,
    PacketContent,
    PacketManifest,
    PacketSheet,
)
from kpm_desktop.domain.packets.packet_hash import digest, manifest_json
from kpm_desktop.domain.packets.packet_layout import sheet_name_for
from kpm_desktop.domain.rubric import RATER_ROLE_LABELS, RaterRole, RubricTemplate
from kpm_desktop.private_files import make_private_dir, write_private_bytes
from kpm_desktop.services.appraisals.appraisal_loading import load_template
from kpm_desktop.services.packets.packet_views import ExportedPacket
from kpm_desktop.storage import appraisal_repository as appraisals
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.packet_records import PacketRecord
from kpm_desktop.storage.packet_repository import RaterSheetRow

# A file name keeps letters, digits and these; anything else becomes '_'.
_NAME_KEEPS = "-_. "
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportRequest:
    period: str
    cycle_id: int
    cycle_name: str
    folder: Path
    deadline: date | None
    language: str
    exported_at: datetime
    exported_by: int | None


def _file_name(period: str, rater_no: str, rater_name: str) -> str:
    raw = f"{period}_{rater_no}_{rater_name}"
    safe = "".join(c if c.isalnum() or c in _NAME_KEEPS else "_" for c in raw)
    return f"{safe.strip()}.xlsx"


class _Templates:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._known: dict[int, RubricTemplate] = {}

    def get(self, template_id: int) -> RubricTemplate:
        if template_id not in self._known:
            self._known[template_id] = load_template(self._uow, template_id)
        return self._known[template_id]


def _appraisee(
    uow: UnitOfWork, row: RaterSheetRow, template: RubricTemplate, name: str
) -> AppraiseeSheet:
    sheet = PacketSheet(
        name,
        row.appraisal_id,
        row.version,
        RaterRole(row.role),
        row.template_id,
        template.version,
        row.appraisee_no,
    )
    kpis = tuple(
        KpiLine(s.indicator_code, s.value, s.reason)
        for s in appraisals.snapshots(uow.session, row.appraisal_id)
    )
    return AppraiseeSheet(sheet, row.appraisee_name, row.department, template, kpis)


def _packet_content(
    uow: UnitOfWork, templates: _Templates, request: ExportRequest, rows: list[RaterSheetRow]
) -> PacketContent:
    first = rows[0]
    taken: set[str] = set()
    sheets = []
    sheets_of = Counter(row.appraisal_id for row in rows)
    for row in rows:
        label = row.appraisee_name
        if sheets_of[row.appraisal_id] > 1:  # one rater in two roles: a sheet per role
            label = f"{label} {RATER_ROLE_LABELS[RaterRole(row.role)]}"
        name = sheet_name_for(label, row.appraisee_no, taken)
        taken.add(name)
        sheets.append(_appraisee(uow, row, templates.get(row.template_id), name))
    code = f"P{request.period}-{first.rater_no}-{secrets.token_hex(3)}"
    manifest = PacketManifest(
        code,
        request.period,
        first.rater_no,
        first.rater_name,
        request.exported_at,
        tuple(s.sheet for s in sheets),
    )
    return PacketContent(
        manifest, tuple(sheets), request.deadline, request.cycle_name, request.language
    )


def export_packets(
    uow: UnitOfWork,
    request: ExportRequest,
    rows: list[RaterSheetRow],
    progress: Progress | None = None,
) -> list[ExportedPacket]:
    """Write one packet per rater of `rows` (ordered by rater) into the folder; each packet
    is recorded and committed once its file is written."""
    # openpyxl (and numpy, which it loads when present) only when packets are written.
    from kpm_desktop.reports.packet_workbook import packet_workbook

    make_private_dir(request.folder)
    templates = _Templates(uow)
    groups = [list(g) for _, g in groupby(rows, key=lambda r: r.rater_staff_id)]
    exported: list[ExportedPacket] = []
    for number, group in enumerate(groups, start=1):
        content = _packet_content(uow, templates, request, group)
        manifest = content.manifest
        key = secrets.token_bytes(32)
        book = packet_book(content)
        data = packet_workbook(book, digest(key, book.hidden), manifest.packet_code)
        path = request.folder / _file_name(request.period, manifest.rater_no, manifest.rater_name)
        write_private_bytes(path, data)
        uow.session.add(
            PacketRecord(
                code=manifest.packet_code,
                cycle_id=request.cycle_id,
                rater_staff_id=group[0].rater_staff_id,
                exported_at=request.exported_at,
                exported_by=request.exported_by,
                deadline=request.deadline,
                hash_key=key.hex(),
                manifest=manifest_json(manifest),
                applied_count=0,
                conflict_count=0,
            )
        )
        exported.append(
            ExportedPacket(
                manifest.packet_code,
                manifest.rater_no,
                manifest.rater_name,
                path,
                len(manifest.sheets),
            )
        )
        if progress is not None:
            progress(number, len(groups))
    return exported
