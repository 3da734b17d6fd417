"""What a rater packet holds: the manifest bound by the keyed hash, and its sheets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kpm_desktop.domain.rubric import RaterRole, RubricTemplate

# The packet format this version writes and reads; a packet of a newer one is refused.
PACKET_FORMAT = 1


@dataclass(frozen=True)
class PacketSheet:
    """One appraisal's sheet for the packet's rater: which revision, at which version."""

    sheet_name: str
    appraisal_id: int
    version: int
    role: RaterRole
    template_id: int
    template_version: int
    employee_no: str


@dataclass(frozen=True)
class PacketManifest:
    """What the hidden sheet binds: the packet, its cycle and rater, each appraisal's
    version when exported. The database keeps a copy to name what differs."""

    packet_code: str
    period: str
    rater_no: str
    rater_name: str
    exported_at: datetime
    sheets: tuple[PacketSheet, ...]
    format: int = PACKET_FORMAT

    def sheet(self, name: str) -> PacketSheet | None:
        return next((s for s in self.sheets if s.sheet_name == name), None)


@dataclass(frozen=True)
class KpiLine:
    """A KPI figure already known for an indicator, as the sheet shows it."""

    indicator_code: str
    value: Decimal | None
    reason: str = ""


@dataclass(frozen=True)
class AppraiseeSheet:
    """Everything one appraisee's sheet shows: who, on which template, the known KPIs."""

    sheet: PacketSheet
    staff_name: str
    department: str
    template: RubricTemplate
    kpi_lines: tuple[KpiLine, ...] = ()


@dataclass(frozen=True)
class PacketContent:
    """A whole packet before it becomes a workbook. `language` ("zh" or "en") picks the
    cover sheet's words; the appraisee sheets are Chinese like the printed sheet."""

    manifest: PacketManifest
    appraisees: tuple[AppraiseeSheet, ...]
    deadline: date | None = None
    cycle_name: str = ""
    language: str = "zh"
