"""Rater packets as a use case: export per rater, department or cycle; check and preview
returned packets; apply them all or nothing per packet; the cycle's packet status."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.errors import KpmUserError, NotFoundError, UserText, ValidationError
from kpm_desktop.domain.office_time import to_office
from kpm_desktop.domain.packets.packet_content import PacketSheet
from kpm_desktop.domain.packets.packet_filling import FilledSheet
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.appraisals.appraisal_kpis import KpiSource
from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
from kpm_desktop.services.audit_trail.audit import AuditTrail, utc_now
from kpm_desktop.services.packets.packet_check import check_packet
from kpm_desktop.services.packets.packet_export import ExportRequest, Progress, export_packets
from kpm_desktop.services.packets.packet_preview import appraisal_preview, conflict_of
from kpm_desktop.services.packets.packet_views import (
    ApplyReport,
    AppraisalPreview,
    ExportedPacket,
    PacketPreview,
    PacketStatus,
)
from kpm_desktop.storage import appraisal_repository as appraisals
from kpm_desktop.storage import packet_repository as packets
from kpm_desktop.storage.appraisal_records import CycleRecord
from kpm_desktop.storage.database import Database, UnitOfWork

ENTITY = "rater_packet"
_log = logging.getLogger(__name__)


class PacketService:
    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        kpis: KpiSource,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._database = database
        self._audit = audit
        self._kpis = kpis
        self._clock = clock
        self._appraisals = AppraisalService(database, audit, kpis, clock=clock)

    def export(
        self,
        actor: Actor,
        period: str,
        folder: Path,
        *,
        rater_no: str | None = None,
        department: str | None = None,
        deadline: date | None = None,
        language: str = "zh",
        progress: Progress | None = None,
    ) -> list[ExportedPacket]:
        """One packet per rater with sheets to score in the cycle (of one rater, or for the
        appraisees of one department); each is recorded with its hash key."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            cycle = _cycle(uow, period)
            rater_id = department_id = None
            if rater_no is not None:
                rater = packets.staff_by_number(uow.session, rater_no)
                if rater is None:
                    raise NotFoundError("There is no staff member {number}", number=rater_no)
                rater_id = rater.id
            if department is not None:
                found = appraisals.department_by_code_or_name(uow.session, department)
                if found is None:
                    raise NotFoundError("There is no department {name}", name=department)
                department_id = found.id
            rows = packets.rater_sheets(
                uow.session, cycle.id, rater_staff_id=rater_id, department_id=department_id
            )
            if not rows:
                raise ValidationError(
                    "Cycle {period} has no sheet waiting for a rater to score here", period=period
                )
            request = ExportRequest(
                period,
                cycle.id,
                cycle.name,
                folder,
                deadline,
                language,
                self._clock(),
                actor.user_id,
            )
            exported = export_packets(uow, request, rows, progress)
            for packet in exported:
                self._audit.record(
                    uow,
                    actor,
                    ENTITY,
                    packet.code,
                    "export",
                    None,
                    {"cycle": period, "rater": packet.rater_no, "sheets": packet.sheets},
                )
            uow.commit()
        _log.info("exported %d packets of cycle id %d", len(exported), cycle.id)
        return exported

    def preview(
        self,
        actor: Actor,
        files: Sequence[Path],
        *,
        period: str | None = None,
        rater_no: str | None = None,
        record_return: bool = True,
    ) -> list[PacketPreview]:
        """Each file checked and previewed; a refused one says why. Nothing is applied;
        `record_return` notes when each packet came back (not in check mode)."""
        return [self._preview_one(actor, path, period, rater_no, record_return) for path in files]

    def _preview_one(
        self, actor: Actor, path: Path, period: str | None, rater_no: str | None, record: bool
    ) -> PacketPreview:
        try:
            with self._database.unit_of_work() as uow:
                AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
                checked = check_packet(uow, path, period=period, rater=rater_no)
                rater = checked.record.rater_staff_id
                conflicts = {
                    s.appraisal_id: _conflict(uow, s, rater) for s in checked.manifest.sheets
                }
                if record and checked.record.returned_at is None:
                    checked.record.returned_at = self._clock()
                    uow.commit()
        except KpmUserError as exc:
            _log.info("packet %s refused: %s", path.name, exc.template)
            return PacketPreview(path, refused=exc)
        manifest, applied_at = checked.manifest, checked.record.applied_at
        appraisals = (
            ()
            if applied_at is not None
            else tuple(
                self._appraisal(actor, sheet, checked.filled[sheet.sheet_name], conflicts)
                for sheet in manifest.sheets
            )
        )
        rater_label = f"{manifest.rater_no} {manifest.rater_name}"
        return PacketPreview(
            path, manifest.packet_code, manifest.period, rater_label, appraisals,
            applied_at=applied_at,
        )  # fmt: skip

    def _appraisal(
        self,
        actor: Actor,
        sheet: PacketSheet,
        filled: FilledSheet,
        conflicts: dict[int, UserText | None],
    ) -> AppraisalPreview:
        """Before -> after of one sheet, or the conflict that leaves it untouched."""
        conflict = conflicts[sheet.appraisal_id]
        if conflict is not None:
            label = f"#{sheet.appraisal_id} ({sheet.employee_no})"
            return AppraisalPreview(
                sheet.appraisal_id,
                label,
                sheet.role,
                sheet.version,
                conflict=conflict,
                filled=filled,
            )
        return appraisal_preview(self._appraisals.form(actor, sheet.appraisal_id), sheet, filled)

    def apply(
        self, actor: Actor, preview: PacketPreview, chosen: Sequence[int] | None = None
    ) -> ApplyReport:
        """Enter the packet's ratings of the chosen appraisals (default: every one without a
        conflict or problem) as its rater's, all or nothing; an appraisal the packet does not
        change is left alone, and so is a packet applied before."""
        if preview.refused is not None:
            raise preview.refused
        if preview.applied_at is not None:
            return ApplyReport(preview.code, already_applied=True)
        wanted = [
            a
            for a in preview.appraisals
            if a.applicable and a.changes and (chosen is None or a.appraisal_id in chosen)
        ]
        with self._database.all_or_nothing() as joined:
            audit = AuditTrail(joined, self._clock)  # the witness moves after the commit
            service = AppraisalService(joined, audit, self._kpis, clock=self._clock)
            with joined.unit_of_work() as uow:
                AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
                record = packets.packet_by_code(uow.session, preview.code)
                if record is None or record.applied_at is not None:
                    return ApplyReport(preview.code, already_applied=True)
            # The exported version, then the one each entry leaves: a rater in two roles
            # has two sheets of one appraisal in the packet.
            versions = {a.appraisal_id: a.exported_version for a in wanted}
            for item in wanted:
                versions[item.appraisal_id] = self._enter(
                    service, actor, preview.code, item, versions[item.appraisal_id]
                )
            self._mark_applied(joined, audit, actor, preview, [a.appraisal_id for a in wanted])
        self._advance_witness()
        return ApplyReport(preview.code, [a.appraisal_id for a in wanted])

    def _enter(
        self,
        service: AppraisalService,
        actor: Actor,
        code: str,
        item: AppraisalPreview,
        version: int,
    ) -> int:
        """Enter one sheet at `version`; the appraisal's version afterwards."""
        source = f"packet {code}"
        summary = service.save_ratings(
            actor, item.appraisal_id, item.role, item.entries, version, source=source
        )
        if item.feedback is not None:
            overall, plan = item.feedback
            summary = service.save_feedback(
                actor, item.appraisal_id, overall, plan, summary.version, source=source
            )
        return summary.version

    def _mark_applied(
        self,
        joined: Database,
        audit: AuditTrail,
        actor: Actor,
        preview: PacketPreview,
        applied: list[int],
    ) -> None:
        with joined.unit_of_work() as uow:
            record = packets.packet_by_code(uow.session, preview.code)
            assert record is not None
            now = self._clock()
            record.returned_at = record.returned_at or now
            record.applied_at = now
            record.applied_by = actor.user_id
            record.applied_count = len(applied)
            record.conflict_count = sum(1 for a in preview.appraisals if not a.applicable)
            audit.record(
                uow,
                actor,
                ENTITY,
                preview.code,
                "apply",
                None,
                {"appraisals": applied, "left_untouched": record.conflict_count},
            )
            uow.commit()

    def _advance_witness(self) -> None:
        witness = self._audit.witness
        if witness is None:
            return
        anchor = witness.current_anchor()
        if anchor is not None:
            witness.advance(anchor.sequence, anchor.hash)

    def status(self, actor: Actor, period: str) -> list[PacketStatus]:
        """Every packet of the cycle by rater, latest first; times in the office's zone."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            cycle = _cycle(uow, period)
            zone = read_office_zone(uow.session)
            return [_status_of(row, zone) for row in packets.cycle_packets(uow.session, cycle.id)]


def _status_of(row: packets.PacketRow, zone: ZoneInfo) -> PacketStatus:
    record = row.record

    def local(moment: datetime | None) -> datetime | None:
        return None if moment is None else to_office(moment, zone)

    return PacketStatus(
        row.rater_no,
        row.rater_name,
        record.code,
        to_office(record.exported_at, zone),
        local(record.returned_at),
        local(record.applied_at),
        record.applied_count,
        record.conflict_count,
    )


def _cycle(uow: UnitOfWork, period: str) -> CycleRecord:
    cycle = appraisals.cycle_by_period(uow.session, period)
    if cycle is None:
        raise NotFoundError("There is no cycle for {period}", period=period)
    return cycle


def _conflict(uow: UnitOfWork, sheet: PacketSheet, rater_staff_id: int) -> UserText | None:
    record = appraisals.get_appraisal(uow.session, sheet.appraisal_id)
    assignment = packets.assignment_of(uow.session, sheet.appraisal_id, sheet.role.value)
    return conflict_of(record, assignment, sheet, rater_staff_id)
