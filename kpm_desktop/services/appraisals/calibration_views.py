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
    total: Decimal | None  # None (with grade None): not scored
    grade: str | None
    final: bool  # the stored result of a finalized appraisal, not a live figure


@dataclass(frozen=True)
class QuotaGroup:
    """One department's appraisals on one template: grade counts against its quotas.

    `size` counts the scored appraisals only (the quotas apply to them); `unscored` the
    ones left out for want of a complete score.
    """

    department: str
    template: str  # its name and version, e.g. "CRM系统主管业绩考核指标表 v2"
    size: int
    counts: dict[str, int]
    grades: tuple[str, ...]  # in the template's band order, best first
    quotas: tuple[GradeQuota, ...]
    breaches: tuple[QuotaBreach, ...]
    unscored: int = 0

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

    @property
    def unscored(self) -> int:
        """Appraisals left out of the distributions for want of a complete score."""
        return sum(group.unscored for group in self.groups)
