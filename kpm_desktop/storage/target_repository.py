"""KPI targets by staff member or department and period. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord, TargetRecord


class TargetRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def staff_ids(self, employee_nos: Sequence[str]) -> dict[str, int]:
        rows = self.session.execute(
            select(StaffRecord.employee_no, StaffRecord.id).where(
                StaffRecord.employee_no.in_(set(employee_nos))
            )
        )
        return {no: staff_id for no, staff_id in rows}

    def department_ids(self, codes: Sequence[str]) -> dict[str, int]:
        rows = self.session.execute(
            select(DepartmentRecord.code, DepartmentRecord.id).where(
                DepartmentRecord.code.in_(set(codes))
            )
        )
        return {code: department_id for code, department_id in rows}

    def upsert(
        self,
        period: str,
        kpi: str,
        value: Decimal,
        *,
        staff_id: int | None = None,
        department_id: int | None = None,
    ) -> Decimal | None:
        """Set a target; returns the value it replaced (None when it is new)."""
        record = self.session.scalars(
            select(TargetRecord).where(
                TargetRecord.period == period,
                TargetRecord.kpi == kpi,
                TargetRecord.staff_id.is_(None)
                if staff_id is None
                else TargetRecord.staff_id == staff_id,
                TargetRecord.department_id.is_(None)
                if department_id is None
                else TargetRecord.department_id == department_id,
            )
        ).one_or_none()
        if record is None:
            record = TargetRecord(
                period=period, kpi=kpi, staff_id=staff_id, department_id=department_id
            )
            self.session.add(record)
        previous = record.value
        record.value = value
        return previous

    def delete(
        self, period: str, kpi: str, *, staff_id: int | None, department_id: int | None
    ) -> int:
        records = self.session.scalars(
            select(TargetRecord).where(
                TargetRecord.period == period,
                TargetRecord.kpi == kpi,
                TargetRecord.staff_id == staff_id if staff_id else TargetRecord.staff_id.is_(None),
                TargetRecord.department_id == department_id
                if department_id
                else TargetRecord.department_id.is_(None),
            )
        ).all()
        for record in records:
            self.session.delete(record)
        return len(records)

    def for_period(
        self, period: str
    ) -> list[tuple[str, Decimal, str | None, str | None, int | None, int | None]]:
        """(kpi, value, employee no., department code, staff id, department id) of a period."""
        rows = self.session.execute(
            select(
                TargetRecord.kpi,
                TargetRecord.value,
                StaffRecord.employee_no,
                DepartmentRecord.code,
                TargetRecord.staff_id,
                TargetRecord.department_id,
            )
            .outerjoin(StaffRecord, StaffRecord.id == TargetRecord.staff_id)
            .outerjoin(DepartmentRecord, DepartmentRecord.id == TargetRecord.department_id)
            .where(TargetRecord.period == period)
            .order_by(DepartmentRecord.code, StaffRecord.employee_no, TargetRecord.kpi)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]
