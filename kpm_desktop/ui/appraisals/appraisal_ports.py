"""What the appraisal pages need of the services, as protocols: the UI never imports a
service module that reaches storage; the composition root passes the real services."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Protocol

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rubric import RaterRole, RaterWeight
from kpm_desktop.services.appraisals.appraisal_views import (
    Acknowledgement,
    AppraisalForm,
    AppraisalSummary,
    ListChoices,
    RaterCandidate,
    RatingEntry,
)
from kpm_desktop.services.appraisals.calibration_views import Calibration
from kpm_desktop.services.appraisals.cycle_views import BulkReport, CycleSummary, TemplateChoice


class AppraisalPort(Protocol):
    def list(
        self,
        actor: Actor,
        *,
        period: str | None = None,
        state: AppraisalState | None = None,
        department_id: int | None = None,
        current_only: bool = False,
        waiting_only: bool = False,
        grade: str | None = None,
        disagreements: bool = False,
    ) -> list[AppraisalSummary]: ...

    def list_choices(self, actor: Actor, period: str | None) -> ListChoices: ...

    def waiting_count(self, actor: Actor) -> int: ...

    def form(self, actor: Actor, appraisal_id: int) -> AppraisalForm: ...

    def save_ratings(
        self,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        entries: Mapping[str, RatingEntry],
        expected_version: int | None,
    ) -> AppraisalSummary: ...

    def save_feedback(
        self,
        actor: Actor,
        appraisal_id: int,
        overall_comment: str,
        improvement_plan: str,
        expected_version: int | None,
    ) -> AppraisalSummary: ...

    def refresh_kpis(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary: ...

    def submit(
        self, actor: Actor, appraisal_id: int, role: RaterRole, expected_version: int | None = None
    ) -> AppraisalSummary: ...

    def review(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary: ...

    def finalize(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary: ...

    def acknowledge(
        self,
        actor: Actor,
        appraisal_id: int,
        on: date | None = None,
        said: Acknowledgement | None = None,
    ) -> AppraisalSummary: ...

    def amend(self, actor: Actor, appraisal_id: int, reason: str) -> AppraisalSummary: ...


class RaterPort(Protocol):
    def assign_rater(
        self,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        employee_no: str,
        expected_version: int | None = None,
    ) -> AppraisalSummary: ...

    def rater_candidates(self, actor: Actor, appraisal_id: int) -> list[RaterCandidate]: ...


class CyclePort(Protocol):
    def list_cycles(self, actor: Actor) -> list[CycleSummary]: ...

    def get(self, actor: Actor, period: str) -> CycleSummary: ...

    def create_cycle(
        self,
        actor: Actor,
        period: str,
        choices: Sequence[TemplateChoice],
        name: str = "",
        *,
        separation_of_duties: bool = True,
    ) -> CycleSummary: ...

    def bulk_create(
        self, actor: Actor, period: str, progress: Callable[[int, int], None] | None = None
    ) -> BulkReport: ...

    def rater_preview(
        self, actor: Actor, template_id: int, extras: Sequence[RaterWeight]
    ) -> tuple[RaterWeight, ...]: ...

    def close(self, actor: Actor, period: str, override: str | None = None) -> CycleSummary: ...


class CalibrationPort(Protocol):
    def departments(self, actor: Actor, period: str) -> list[tuple[int, str]]: ...

    def view(self, actor: Actor, period: str, department_id: int) -> Calibration: ...


# (template id, label) of the templates a cycle may use; (code, name) of departments.
TemplateChoices = Callable[[], list[tuple[int, str]]]
Departments = Callable[[], list[tuple[str, str]]]
