"""Rater packets: the sheets a rater has to score in a cycle, and the packet records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleRecord,
    RaterAssignmentRecord,
)
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord
from kpm_desktop.storage.packet_records import PacketRecord


@dataclass(frozen=True)
class RaterSheetRow:
    """One not yet submitted rater sheet of a current appraisal, with both people named."""

    appraisal_id: int
    version: int
    state: str
    role: str
    template_id: int
    appraisee_no: str
    appraisee_name: str
    department: str
    rater_staff_id: int
    rater_no: str
    rater_name: str


def rater_sheets(
    session: Session,
    cycle_id: int,
    *,
    rater_staff_id: int | None = None,
    department_id: int | None = None,
) -> list[RaterSheetRow]:
    """Sheets with a rater assigned and not submitted, of appraisals not superseded,
    ordered by rater then appraisee; `department_id` keeps the appraisees of one department."""
    rater = aliased(StaffRecord)
    query = (
        select(
            AppraisalRecord.id,
            AppraisalRecord.version,
            AppraisalRecord.state,
            RaterAssignmentRecord.role,
            AppraisalRecord.template_id,
            StaffRecord.employee_no,
            StaffRecord.name,
            DepartmentRecord.name,
            rater.id,
            rater.employee_no,
            rater.name,
        )
        .join(RaterAssignmentRecord, RaterAssignmentRecord.appraisal_id == AppraisalRecord.id)
        .join(StaffRecord, StaffRecord.id == AppraisalRecord.staff_id)
        .join(DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id)
        .join(rater, rater.id == RaterAssignmentRecord.rater_staff_id)
        .where(
            AppraisalRecord.cycle_id == cycle_id,
            AppraisalRecord.state == "draft",
            RaterAssignmentRecord.submitted_at.is_(None),
        )
        .order_by(rater.employee_no, StaffRecord.employee_no, RaterAssignmentRecord.role)
    )
    if rater_staff_id is not None:
        query = query.where(rater.id == rater_staff_id)
    if department_id is not None:
        query = query.where(StaffRecord.department_id == department_id)
    return [RaterSheetRow(*row) for row in session.execute(query)]


def staff_by_number(session: Session, employee_no: str) -> StaffRecord | None:
    return session.scalars(
        select(StaffRecord).where(StaffRecord.employee_no == employee_no)
    ).one_or_none()


def packet_by_code(session: Session, code: str) -> PacketRecord | None:
    return session.scalars(select(PacketRecord).where(PacketRecord.code == code)).one_or_none()


@dataclass(frozen=True)
class PacketRow:
    record: PacketRecord
    period: str
    rater_no: str
    rater_name: str


def cycle_packets(session: Session, cycle_id: int) -> list[PacketRow]:
    """The cycle's packets, by rater and then newest first."""
    query = (
        select(PacketRecord, CycleRecord.period, StaffRecord.employee_no, StaffRecord.name)
        .join(CycleRecord, CycleRecord.id == PacketRecord.cycle_id)
        .join(StaffRecord, StaffRecord.id == PacketRecord.rater_staff_id)
        .where(PacketRecord.cycle_id == cycle_id)
        .order_by(StaffRecord.employee_no, PacketRecord.exported_at.desc(), PacketRecord.id.desc())
    )
    return [PacketRow(*row) for row in session.execute(query)]


def assignment_of(session: Session, appraisal_id: int, role: str) -> RaterAssignmentRecord | None:
    return session.scalars(
        select(RaterAssignmentRecord).where(
            RaterAssignmentRecord.appraisal_id == appraisal_id,
            RaterAssignmentRecord.role == role,
        )
    ).one_or_none()


def cycle_period(session: Session, cycle_id: int) -> str | None:
    return session.scalar(select(CycleRecord.period).where(CycleRecord.id == cycle_id))
