"""What the cycle service takes and returns: plain data (the UI uses these types)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from kpm_desktop.domain.appraisal import CycleStatus
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.rubric import RaterWeight


@dataclass(frozen=True)
class TemplateChoice:
    """A template version for a department, a position, or (neither) everyone else, with
    the raters the cycle adds on top of the template's (domain/extra_raters.py)."""

    template_id: int
    department: str | None = None
    position: str | None = None
    extra_raters: tuple[RaterWeight, ...] = ()


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
    separation_of_duties: bool = True


@dataclass(frozen=True)
class BulkReport:
    created: int
    duplicates: list[str] = field(default_factory=list)
    without_template: list[str] = field(default_factory=list)
    missing_raters: list[UserText] = field(default_factory=list)

    def lines(self) -> list[UserText]:
        """The report as messages: `str()` gives English, the GUI translates them."""
        out = [UserText("Created {count} appraisals", count=self.created)]
        if self.duplicates:
            out.append(
                UserText(
                    "Refused {count} duplicates: {staff}",
                    count=len(self.duplicates),
                    staff=_few(self.duplicates),
                )
            )
        if self.without_template:
            out.append(
                UserText(
                    "No template for {count} staff: {staff}",
                    count=len(self.without_template),
                    staff=_few(self.without_template),
                )
            )
        out.extend(UserText("Missing rater: {problem}", problem=p) for p in self.missing_raters)
        return out


def _few(names: Sequence[str], shown: int = 10) -> str | UserText:
    listed = ", ".join(names[:shown])
    more = len(names) - shown
    return UserText("{staff} and {more} more", staff=listed, more=more) if more > 0 else listed
