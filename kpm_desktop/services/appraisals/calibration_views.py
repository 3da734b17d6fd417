"""What calibration returns: plain data (the UI uses these types)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kpm_desktop.domain.rating import QuotaBreach
from kpm_desktop.domain.rubric import GradeQuota
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary


@dataclass(frozen=True)
class CalibrationRow:
    summary: AppraisalSummary
    total: Decimal | None
    grade: str | None
    final: bool  # the stored result of a finalized appraisal, not a live figure


@dataclass(frozen=True)
class QuotaGroup:
    """One department's appraisals on one template: grade counts against its quotas."""

    department: str
    template: str
    size: int
    counts: dict[str, int]
    grades: tuple[str, ...]  # in the template's band order, best first
    quotas: tuple[GradeQuota, ...]
    breaches: tuple[QuotaBreach, ...]

    def allowed(self, grade: str) -> int | None:
        quota = next((q for q in self.quotas if q.grade == grade), None)
        if quota is None:
            return None
        return int(self.size * quota.max_percent // 100)


@dataclass(frozen=True)
class Calibration:
    period: str
    department: str
    rows: tuple[CalibrationRow, ...]
    groups: tuple[QuotaGroup, ...]

    @property
    def over_quota(self) -> bool:
        return any(group.breaches for group in self.groups)
