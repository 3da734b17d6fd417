"""What the packet services return: plain data the UI and the CLI show."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from kpm_desktop.domain.errors import KpmUserError, UserText
from kpm_desktop.domain.packets.packet_filling import FilledSheet
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry


@dataclass(frozen=True)
class ExportedPacket:
    code: str
    rater_no: str
    rater_name: str
    path: Path
    sheets: int


@dataclass(frozen=True)
class IndicatorChange:
    code: str
    name: str
    before: str
    after: str


@dataclass(frozen=True)
class AppraisalPreview:
    """One appraisal of a packet: what changes, the totals before and after (None: not
    scored yet), or why it is left untouched (`conflict`) or cannot be read (`problems`)."""

    appraisal_id: int
    label: str
    role: RaterRole
    exported_version: int
    changes: tuple[IndicatorChange, ...] = ()
    before_total: Decimal | None = None
    before_grade: str | None = None
    after_total: Decimal | None = None
    after_grade: str | None = None
    conflict: UserText | None = None
    problems: tuple[KpmUserError, ...] = ()
    filled: FilledSheet | None = None
    # What applying enters: the rater's whole sheet (the app's ratings with the packet's on
    # top) and the feedback, valid while the appraisal keeps its exported version.
    entries: Mapping[str, RatingEntry] = field(default_factory=dict)
    feedback: tuple[str, str] | None = None

    @property
    def applicable(self) -> bool:
        return self.conflict is None and not self.problems and self.filled is not None


@dataclass(frozen=True)
class PacketPreview:
    """A returned packet read and checked; `refused` set means nothing of it applies."""

    file: Path
    code: str = ""
    period: str = ""
    rater: str = ""
    appraisals: tuple[AppraisalPreview, ...] = ()
    refused: KpmUserError | None = None
    applied_at: datetime | None = None  # already applied: importing again does nothing

    @property
    def applicable_ids(self) -> list[int]:
        if self.refused is not None or self.applied_at is not None:
            return []
        return [a.appraisal_id for a in self.appraisals if a.applicable]


@dataclass(frozen=True)
class ApplyReport:
    code: str
    applied: list[int] = field(default_factory=list)
    already_applied: bool = False


@dataclass(frozen=True)
class PacketStatus:
    """A rater's packets in a cycle, latest first: the cycle page and `kpm packet status`."""

    rater_no: str
    rater_name: str
    code: str
    exported_at: datetime
    returned_at: datetime | None
    applied_at: datetime | None
    applied: int
    conflicts: int
