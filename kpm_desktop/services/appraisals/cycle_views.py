"""What the cycle service takes and returns: plain data (the UI uses these types)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from kpm_desktop.domain.appraisal import CycleStatus


@dataclass(frozen=True)
class TemplateChoice:
    """A template version for a department, a position, or (neither) everyone else."""

    template_id: int
    department: str | None = None
    position: str | None = None


@dataclass(frozen=True)
class CycleSummary:
    id: int
    period: str
    name: str
    status: CycleStatus
    appraisals: int
    templates: tuple[str, ...]
    close_override_reason: str | None
    closed_at: datetime | None


@dataclass(frozen=True)
class BulkReport:
    created: int
    duplicates: list[str] = field(default_factory=list)
    without_template: list[str] = field(default_factory=list)
    missing_raters: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Created {self.created} appraisals"]
        if self.duplicates:
            out.append(f"Refused {len(self.duplicates)} duplicates: " + _few(self.duplicates))
        if self.without_template:
            out.append(
                f"No template for {len(self.without_template)} staff: "
                + _few(self.without_template)
            )
        out.extend(f"Missing rater: {text}" for text in self.missing_raters)
        return out


def _few(names: Sequence[str], shown: int = 10) -> str:
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")
