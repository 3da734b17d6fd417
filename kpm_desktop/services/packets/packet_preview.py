"""What a checked packet would change: per appraisal the indicators before -> after and
the totals and grades the scoring engine gives (never the workbook's formulas)."""

from __future__ import annotations

from collections.abc import Mapping

from kpm_desktop.domain.appraisal import LOCKED_STATES, AppraisalState
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import KpmUserError, UserText, ValidationError
from kpm_desktop.domain.packets.packet_content import PacketSheet
from kpm_desktop.domain.packets.packet_filling import FilledSheet
from kpm_desktop.domain.rating import AppraisalScore, RaterRatings
from kpm_desktop.domain.rubric import RaterRole, rater_term
from kpm_desktop.domain.scoring import score_appraisal
from kpm_desktop.services.appraisals.appraisal_views import (
    AppraisalForm,
    RatingEntry,
    shown_result,
)
from kpm_desktop.services.packets.packet_views import AppraisalPreview, IndicatorChange
from kpm_desktop.storage.appraisal_records import AppraisalRecord, RaterAssignmentRecord

NA_TEXT = "N/A"


def entry_text(entry: RatingEntry | None) -> str:
    """A rating as the preview shows it: '优 95', '达成', 'N/A: 本季度无此业务'."""
    if entry is None:
        return ""
    rating = entry.rating
    if rating.not_applicable:
        return f"{NA_TEXT}: {entry.na_reason}"
    parts = [
        rating.level or "",
        "" if rating.score is None else fmt(rating.score),
        "" if rating.value is None else fmt(rating.value),
        "" if rating.met is None else rating.met.value,
        "" if rating.provided is None else ("provided" if rating.provided else "not provided"),
    ]
    text = " ".join(p for p in parts if p)
    return f"{text} ({rating.comment})" if rating.comment else text


def merged_entries(
    form: AppraisalForm, role: RaterRole, filled: FilledSheet
) -> dict[str, RatingEntry]:
    """The rater's ratings with the packet's on top: an empty packet row keeps the rating
    the app holds."""
    rater = form.rater(role)
    entries = dict(rater.entries) if rater is not None else {}
    for code, new in filled.ratings.items():
        entries[code] = RatingEntry(new.rating, new.na_reason)
    return entries


def conflict_of(
    record: AppraisalRecord | None,
    assignment: RaterAssignmentRecord | None,
    sheet: PacketSheet,
    rater_staff_id: int,
) -> UserText | None:
    """Why the appraisal must be left untouched, or None."""
    if record is None or assignment is None:
        return UserText(
            "the appraisal or its {role} sheet no longer exists", role=rater_term(sheet.role)
        )
    state = AppraisalState(record.state)
    if state in LOCKED_STATES:
        return UserText("the appraisal is locked ({state})", state=state.value)
    if assignment.submitted_at is not None or state is not AppraisalState.DRAFT:
        return UserText("the {role} sheet is already submitted", role=rater_term(sheet.role))
    if assignment.rater_staff_id != rater_staff_id:
        return UserText("the {role} sheet was given to another rater", role=rater_term(sheet.role))
    if record.version != sheet.version:
        return UserText(
            "the appraisal changed since the export (version {exported}, now {now})",
            exported=sheet.version,
            now=record.version,
        )
    return None


def _score(
    form: AppraisalForm, replaced: Mapping[str, RatingEntry] | None, sheet: PacketSheet
) -> AppraisalScore:
    ratings = [
        r.as_ratings()
        if replaced is None or r.role is not sheet.role
        else RaterRatings(r.role, {c: e.rating for c, e in replaced.items()})
        for r in form.raters
    ]
    return score_appraisal(form.template, ratings, form.scoring_inputs(), partial=True)


def _changes(
    form: AppraisalForm, sheet: PacketSheet, after: Mapping[str, RatingEntry], filled: FilledSheet
) -> list[IndicatorChange]:
    rater = form.rater(sheet.role)
    before = rater.entries if rater is not None else {}
    changes = [
        IndicatorChange(
            i.code, i.name, entry_text(before.get(i.code)), entry_text(after.get(i.code))
        )
        for i in form.template.indicators()
        if entry_text(before.get(i.code)) != entry_text(after.get(i.code))
    ]
    if filled.overall_comment and filled.overall_comment != form.overall_comment:
        changes.append(
            IndicatorChange("", "总体评价", form.overall_comment, filled.overall_comment)
        )
    if filled.improvement_plan and filled.improvement_plan != form.improvement_plan:
        changes.append(
            IndicatorChange("", "改进计划", form.improvement_plan, filled.improvement_plan)
        )
    return changes


def appraisal_preview(
    form: AppraisalForm, sheet: PacketSheet, filled: FilledSheet
) -> AppraisalPreview:
    """Before -> after of one appraisal without a conflict."""
    after = merged_entries(form, sheet.role, filled)
    missing = sorted(c for c, e in after.items() if e.rating.not_applicable and not e.na_reason)
    problems: list[KpmUserError] = list(filled.problems)
    if missing:
        problems.append(
            ValidationError("indicator {codes} is N/A without a reason", codes=", ".join(missing))
        )
    try:
        before_total, before_grade = shown_result(form.summary, _score(form, None, sheet))
        after_total, after_grade = shown_result(form.summary, _score(form, after, sheet))
    except ValidationError as exc:
        problems.append(exc)
        before_total = before_grade = after_total = after_grade = None
    return AppraisalPreview(
        sheet.appraisal_id,
        form.summary.label,
        sheet.role,
        sheet.version,
        tuple(_changes(form, sheet, after, filled)),
        before_total,
        before_grade,
        after_total,
        after_grade,
        None,
        tuple(problems),
        filled,
        after,
        _feedback(form, filled),
    )


def _feedback(form: AppraisalForm, filled: FilledSheet) -> tuple[str, str] | None:
    """The overall comment and plan to store, or None when the packet leaves them."""
    if not (filled.overall_comment or filled.improvement_plan):
        return None
    return (
        filled.overall_comment or form.overall_comment,
        filled.improvement_plan or form.improvement_plan,
    )
