"""What the appraisal services return: plain data, no session attached, no storage import
(the UI uses these types)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from kpm_desktop.domain.appraisal import LOCKED_STATES, NOT_SCORED_ZH, AppraisalState
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rating import (
    AppraisalScore,
    IndicatorRating,
    RaterRatings,
)
from kpm_desktop.domain.rubric import RaterRole, RubricTemplate
from kpm_desktop.domain.scoring import ScoringInputs, score_appraisal
from kpm_desktop.domain.turns import Turn
from kpm_desktop.domain.workflow import Action, Relation, who_may


@dataclass(frozen=True)
class Acknowledgement:
    """What the employee said on acknowledging: agree or not, and a comment."""

    agrees: bool
    comment: str = ""


@dataclass(frozen=True)
class RatingEntry:
    """A rater's input for one indicator as the form holds it: the rating and an N/A reason."""

    rating: IndicatorRating
    na_reason: str = ""


@dataclass(frozen=True)
class AppraisalSummary:
    id: int
    period: str
    staff_id: int
    employee_no: str
    staff_name: str
    department: str
    template_id: int
    template_name: str
    template_version: int
    revision: int
    state: AppraisalState
    total: Decimal | None
    grade: str | None
    version: int
    # Whose turn (domain/turns.py): filled by the list, None when nothing is due.
    turn: Turn | None = None
    waiting: bool = False  # the turn is the listing user's to take now
    # The employee acknowledged and disagreed: flagged for HR (list, calibration, CLI).
    disagreed: bool = False
    # In the list, `total` and `grade` of an appraisal not yet finalized are its running
    # score, shown marked as not final (services/appraisals/running_scores.py).
    provisional: bool = False

    @property
    def label(self) -> str:
        """How messages name the appraisal: '#12 (E00012 王伟, 2026Q3, rev 1)'."""
        return (
            f"#{self.id} ({self.employee_no} {self.staff_name}, {self.period}, rev {self.revision})"
        )

    @property
    def locked(self) -> bool:
        return self.state in LOCKED_STATES


# The grade filter's value for the appraisals shown without a grade (the list's 未评分).
NOT_SCORED_GRADE = NOT_SCORED_ZH


@dataclass(frozen=True)
class ListChoices:
    """What the appraisal list's filters offer: the departments of the appraisals it may
    show, (id, name) by name, and the grades of the cycle's templates, best first
    (`NOT_SCORED_GRADE` is always offered besides them)."""

    departments: tuple[tuple[int, str], ...]
    grades: tuple[str, ...]


@dataclass(frozen=True)
class RaterView:
    assignment_id: int
    role: RaterRole
    weight: Decimal
    rater_staff_id: int | None
    rater_name: str
    submitted_at: datetime | None
    entries: Mapping[str, RatingEntry]

    def as_ratings(self) -> RaterRatings:
        return RaterRatings(self.role, {code: e.rating for code, e in self.entries.items()})


@dataclass(frozen=True)
class KpiFigure:
    indicator_code: str
    kpi_key: str
    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    target: Decimal | None
    reason: str
    computed_at: datetime


@dataclass(frozen=True)
class ResultLine:
    rater_role: RaterRole
    indicator_code: str
    effective_weight: Decimal
    points: Decimal | None
    label: str | None
    earned: Decimal
    not_applicable: bool


@dataclass(frozen=True)
class AppraisalForm:
    """Everything the form shows and scores live; `version` goes back with every save."""

    summary: AppraisalSummary
    template: RubricTemplate
    raters: tuple[RaterView, ...]
    kpi_figures: Mapping[str, KpiFigure]
    cohorts: Mapping[str, Sequence[Decimal]]
    overall_comment: str
    improvement_plan: str
    supersedes_id: int | None
    amendment_reason: str | None
    reviewed_at: datetime | None
    finalized_at: datetime | None
    acknowledged_on: date | None
    acknowledgement: Acknowledgement | None = None
    results: tuple[ResultLine, ...] = ()
    editable_roles: frozenset[RaterRole] = field(default_factory=frozenset)
    # What the actor may do now, by the workflow table (domain/workflow.py); the services
    # check again on every call.
    allowed_actions: frozenset[Action] = field(default_factory=frozenset)
    # Steps the actor could take but for the cycle's separation of duties.
    separated_actions: frozenset[Action] = field(default_factory=frozenset)

    def scoring_inputs(self) -> ScoringInputs:
        return scoring_inputs(self.cohorts, self.kpi_figures)

    def live_score(self) -> AppraisalScore:
        """The running score; raises ValidationError when the engine cannot produce one."""
        return live_score(self.template, self.raters, self.scoring_inputs())

    def rater(self, role: RaterRole) -> RaterView | None:
        return next((r for r in self.raters if r.role is role), None)

    def open_to(self, role: RaterRole | None) -> frozenset[Action]:
        """The allowed actions with the rater sheet `role` shown: a rater's action (rating,
        submitting) counts only when that sheet is one the actor may still rate."""
        sheet_open = role is not None and role in self.editable_roles
        return frozenset(
            a
            for a in self.allowed_actions
            if sheet_open or who_may(a).relation is not Relation.RATER
        )


def scoring_inputs(
    cohorts: Mapping[str, Sequence[Decimal]], kpi_figures: Mapping[str, KpiFigure]
) -> ScoringInputs:
    return ScoringInputs(
        cohorts=cohorts, kpi_values={f.kpi_key: f.value for f in kpi_figures.values()}
    )


def live_score(
    template: RubricTemplate, raters: Sequence[RaterView], inputs: ScoringInputs
) -> AppraisalScore:
    """The score as it stands, unrated indicators earning 0 until rated (`complete` says
    whether every one is); the form, calibration and the list all score this way."""
    return score_appraisal(template, [r.as_ratings() for r in raters], inputs, partial=True)


@dataclass(frozen=True)
class ScoredForm:
    form: AppraisalForm
    score: AppraisalScore | None
    problem: str = ""

    @classmethod
    def of(cls, form: AppraisalForm) -> ScoredForm:
        """The form with its live score (unrated indicators earn 0 until rated), or the
        reason it cannot be scored."""
        try:
            score = form.live_score()
        except ValidationError as exc:
            return cls(form, None, str(exc))
        return cls(form, score)

    @property
    def result(self) -> tuple[Decimal | None, str | None]:
        return shown_result(self.form.summary, self.score)


def shown_result(
    summary: AppraisalSummary, score: AppraisalScore | None
) -> tuple[Decimal | None, str | None]:
    """The total and grade to show: the stored ones of a locked appraisal, else the live
    score when it is complete; (None, None) is "not scored" (an unrated indicator or a
    score the engine could not produce), never 0 and the lowest grade."""
    if summary.locked and summary.total is not None:
        return summary.total, summary.grade or ""
    if score is not None and score.complete:
        return score.final, score.grade
    return None, None


def entry_snapshot(entry: RatingEntry) -> dict[str, object]:
    """An entry as the audit log stores it: only the fields that are set."""
    rating = entry.rating
    values: dict[str, object] = {
        "level": rating.level,
        "score": rating.score,
        "value": rating.value,
        "met": None if rating.met is None else rating.met.value,
        "provided": rating.provided,
        "rank": None if rating.rank is None else rating.rank.position,
        "na": rating.not_applicable or None,
        "na_reason": entry.na_reason or None,
        "comment": rating.comment or None,
    }
    return {key: value for key, value in values.items() if value is not None}


@dataclass(frozen=True)
class RaterCandidate:
    """A staff member HR may put on a rater sheet, as the assign-rater picker lists them."""

    employee_no: str
    name: str
    department: str
