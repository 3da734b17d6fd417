"""The printed sheet is built from the typed scored form: whose choice a row shows, and
what a row prints of it (no database: the form is made here)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import (
    Category,
    Indicator,
    RaterRole,
    RaterWeight,
    RubricTemplate,
)
from kpm_desktop.domain.rubric_methods import Level, LevelsMethod, ScaleMethod
from kpm_desktop.domain.scoring import score_appraisal
from kpm_desktop.services.appraisals.appraisal_views import (
    AppraisalForm,
    AppraisalSummary,
    RaterView,
    RatingEntry,
    ScoredForm,
)
from kpm_desktop.services.sheets.sheet_mapping import StaffContext, sheet_of

D = Decimal
LEVELS = LevelsMethod(
    D(100), (Level("优", "及时", D(90), D(100)), Level("差", "遗漏", D(0), D(89)))
)
TEMPLATE = RubricTemplate(
    name="客服季度考核",
    categories=(
        Category(
            "服务",
            (
                Indicator("Q1", "服务态度", D(50), LEVELS, appraiser=RaterRole.HR),
                Indicator(
                    "Q2", "自我评价", D(50), ScaleMethod(D(1), D(5)), appraiser=RaterRole.SELF
                ),
            ),
        ),
    ),
    raters=(RaterWeight(RaterRole.SELF, D(40)), RaterWeight(RaterRole.SUPERIOR, D(60))),
)


def _rater(role: RaterRole, weight: int, name: str, **entries: RatingEntry) -> RaterView:
    return RaterView(1, role, D(weight), None, name, datetime(2026, 10, 8, 1, 0), entries)


def _scored(state: AppraisalState = AppraisalState.REVIEWED) -> ScoredForm:
    raters = (
        _rater(
            RaterRole.SELF, 40, "王伟",
            Q1=RatingEntry(IndicatorRating(level="优", score=D(95))),
            Q2=RatingEntry(IndicatorRating(value=D(4), comment="尚可")),
        ),
        _rater(
            RaterRole.SUPERIOR, 60, "卢波",
            Q1=RatingEntry(IndicatorRating(level="差", score=D(80), comment="偶有投诉")),
            Q2=RatingEntry(IndicatorRating(not_applicable=True), na_reason="本季度未自评"),
        ),
    )  # fmt: skip
    summary = AppraisalSummary(
        7, "2026Q3", 3, "E00003", "王伟", "客服部", 1, TEMPLATE.name, 1, 1, state, None, None, 4
    )
    form = AppraisalForm(
        summary, TEMPLATE, raters, {}, {}, "继续保持", "", None, None, None, None, None
    )
    ratings = [rater.as_ratings() for rater in raters]
    return ScoredForm(form, score_appraisal(TEMPLATE, ratings, form.scoring_inputs(), partial=True))


def test_a_row_shows_its_appraiser_or_the_heaviest_rater_standing_in() -> None:
    sheet = sheet_of(_scored(), "公司", StaffContext("客服专员", "卢波", "董敏"))
    attitude, self_view = sheet.indicators
    # No HR rater: the superior (60 %) stands in and the 考评人 column says so.
    assert (attitude.rater_role, attitude.chosen_level, attitude.score) == ("直接上级", 1, D(80))
    assert attitude.comment == "偶有投诉" and attitude.earned is not None
    assert [level.label for level in attitude.levels] == ["优", "差"]
    assert (self_view.rater_role, self_view.comment, self_view.not_applicable) == (
        "本人", "尚可", False,
    )  # fmt: skip
    assert self_view.scale_rule.startswith("评分区间 1–5分")
    assert [(r.role, r.name) for r in sheet.raters] == [("本人", "王伟"), ("直接上级", "卢波")]
    assert (sheet.overall_comment, sheet.position, sheet.finalized) == (
        "继续保持",
        "客服专员",
        False,
    )
    assert [s.name for s in sheet.signatories] == ["王伟", "卢波", "董敏"]


def test_a_finalized_form_prints_as_final() -> None:
    sheet = sheet_of(_scored(AppraisalState.FINALIZED), "公司", StaffContext())
    assert sheet.finalized and sheet.position == ""
    assert [s.name for s in sheet.signatories] == ["王伟"]
