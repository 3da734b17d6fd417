"""Reading what seals cover: the rows of a sealed record as plain values, the seal entries
of the audit log, and the database's identity. Never commits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpm_desktop.domain.audit import AuditEntry
from kpm_desktop.domain.seals import (
    RELEASE_ACTION,
    SEAL_ACTION,
    SEALED_STATES,
    SEALED_USER_FIELDS,
    Content,
    SealKind,
    appraisal_content,
    cycle_content,
    selection_content,
    template_content,
    user_content,
)
from kpm_desktop.storage.access_records import AuditEntryRecord, UserRecord
from kpm_desktop.storage.appraisal_records import (
    RATING_CONTENT_COLUMNS,
    AppraisalRecord,
    CycleExtraRaterRecord,
    CycleRecord,
    CycleTemplateRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
    ResultLineRecord,
)
from kpm_desktop.storage.audit_repository import entry_of_row
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import StaffRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord
from kpm_desktop.storage.selection_records import (
    SelectionBidderRecord,
    SelectionFigureRecord,
    SelectionMemberRecord,
    SelectionRatingRecord,
    SelectionRecord,
    SelectionSheetRecord,
)

_LOG = table_of(AuditEntryRecord)
_A = table_of(AppraisalRecord)
_RATERS = table_of(RaterAssignmentRecord)
_RATINGS = table_of(RatingRecord)
_RESULTS = table_of(ResultLineRecord)
_KPIS = table_of(KpiSnapshotRecord)
_USERS = table_of(UserRecord)
_TEMPLATES = table_of(RubricTemplateRecord)
_CYCLES = table_of(CycleRecord)
_CYCLE_TEMPLATES = table_of(CycleTemplateRecord)
_EXTRA_RATERS = table_of(CycleExtraRaterRecord)
_STAFF = table_of(StaffRecord)
_SELECTIONS = table_of(SelectionRecord)
_BIDDERS = table_of(SelectionBidderRecord)
_FIGURES = table_of(SelectionFigureRecord)
_MEMBERS = table_of(SelectionMemberRecord)
_SHEETS = table_of(SelectionSheetRecord)
_SELECTION_RATINGS = table_of(SelectionRatingRecord)

_APPRAISAL_FIELDS = (
    "cycle_id",
    "staff_id",
    "template_id",
    "revision",
    "supersedes_id",
    "amendment_reason",
    "state",
    "overall_comment",
    "improvement_plan",
    "total",
    "grade",
    "reviewed_at",
    "reviewed_by",
    "finalized_at",
    "finalized_by",
    "acknowledged_on",
    "created_at",
)
# Sealed only when set: seals made before they existed hold neither (docs/formats.md).
_APPRAISAL_FIELDS_WHEN_SET = ("acknowledgement", "acknowledgement_comment")
_RESULT_FIELDS = (
    "rater_role",
    "indicator_code",
    "effective_weight",
    "points",
    "label",
    "earned",
    "not_applicable",
)
_KPI_FIELDS = ("indicator_code", "kpi_key", "value", "numerator", "denominator", "target", "reason")
_CYCLE_FIELDS = (
    "period",
    "name",
    "status",
    "closed_at",
    "closed_by",
    "close_override_reason",
    "separation_of_duties",
)


def _dicts(session: Session, query: Any) -> list[dict[str, object]]:
    return [dict(row._mapping) for row in session.execute(query)]


def sealed_content(session: Session, kind: SealKind, record_id: int) -> Content | None:
    """The record's canonical content from the current rows; None when it is gone."""
    readers = {
        SealKind.APPRAISAL: _appraisal,
        SealKind.USER: _user,
        SealKind.TEMPLATE: _template,
        SealKind.CYCLE: _cycle,
        SealKind.SELECTION: _selection,
    }
    return readers[kind](session, record_id)


def _appraisal(session: Session, record_id: int) -> Content | None:
    columns = [_A.c[name] for name in _APPRAISAL_FIELDS + _APPRAISAL_FIELDS_WHEN_SET]
    row = session.execute(
        select(
            *columns,
            _TEMPLATES.c.name.label("template_name"),
            _TEMPLATES.c.version.label("template_version"),
        )
        .join(_TEMPLATES, _TEMPLATES.c.id == _A.c.template_id, isouter=True)
        .where(_A.c.id == record_id)
    ).one_or_none()
    if row is None:
        return None
    raters = _dicts(
        session,
        select(
            _RATERS.c.role,
            _RATERS.c.rater_staff_id,
            _RATERS.c.weight,
            _RATERS.c.submitted_at,
            _RATERS.c.submitted_by,
        ).where(_RATERS.c.appraisal_id == record_id),
    )
    ratings = _dicts(
        session,
        select(_RATERS.c.role, *[_RATINGS.c[name] for name in RATING_CONTENT_COLUMNS])
        .join(_RATERS, _RATERS.c.id == _RATINGS.c.assignment_id)
        .where(_RATINGS.c.appraisal_id == record_id),
    )
    results = _dicts(
        session,
        select(*[_RESULTS.c[name] for name in _RESULT_FIELDS]).where(
            _RESULTS.c.appraisal_id == record_id
        ),
    )
    kpis = _dicts(
        session,
        select(*[_KPIS.c[name] for name in _KPI_FIELDS]).where(_KPIS.c.appraisal_id == record_id),
    )
    fields = {
        key: value
        for key, value in row._mapping.items()
        if key not in _APPRAISAL_FIELDS_WHEN_SET or value is not None
    }
    return appraisal_content(fields, raters, ratings, results, kpis)


def _user(session: Session, record_id: int) -> Content | None:
    row = session.execute(
        select(*[_USERS.c[name] for name in SEALED_USER_FIELDS]).where(_USERS.c.id == record_id)
    ).one_or_none()
    return None if row is None else user_content(dict(row._mapping))


def _template(session: Session, record_id: int) -> Content | None:
    row = session.execute(
        select(
            _TEMPLATES.c.name,
            _TEMPLATES.c.version,
            _TEMPLATES.c.department,
            _TEMPLATES.c.status,
            _TEMPLATES.c.body,
        ).where(_TEMPLATES.c.id == record_id)
    ).one_or_none()
    return None if row is None else template_content(dict(row._mapping))


def _cycle(session: Session, record_id: int) -> Content | None:
    row = session.execute(
        select(*[_CYCLES.c[name] for name in _CYCLE_FIELDS]).where(_CYCLES.c.id == record_id)
    ).one_or_none()
    if row is None:
        return None
    choices = _dicts(
        session,
        select(
            _CYCLE_TEMPLATES.c.id,
            _CYCLE_TEMPLATES.c.template_id,
            _CYCLE_TEMPLATES.c.department_id,
            _CYCLE_TEMPLATES.c.position,
        ).where(_CYCLE_TEMPLATES.c.cycle_id == record_id),
    )
    extras = _dicts(
        session,
        select(_EXTRA_RATERS.c.choice_id, _EXTRA_RATERS.c.role, _EXTRA_RATERS.c.weight).where(
            _EXTRA_RATERS.c.choice_id.in_([c["id"] for c in choices])
        ),
    )
    return cycle_content(dict(row._mapping), choices, extras)


_SELECTION_FIELDS = (
    "name",
    "state",
    "deadline",
    "sheets_open",
    "created_at",
    "created_by",
    "closed_at",
    "closed_by",
    "signed_on",
)
_SELECTION_RATING_FIELDS = ("level", "score", "met", "provided", "not_applicable", "comment")


def _selection(session: Session, record_id: int) -> Content | None:
    row = session.execute(
        select(
            *[_SELECTIONS.c[name] for name in _SELECTION_FIELDS],
            _TEMPLATES.c.name.label("template_name"),
            _TEMPLATES.c.version.label("template_version"),
        )
        .join(_TEMPLATES, _TEMPLATES.c.id == _SELECTIONS.c.template_id)
        .where(_SELECTIONS.c.id == record_id)
    ).one_or_none()
    if row is None:
        return None
    of_selection = _BIDDERS.c.selection_id == record_id
    bidders = _dicts(
        session,
        select(
            _BIDDERS.c.name, _BIDDERS.c.position, _BIDDERS.c.contact, _BIDDERS.c.documents
        ).where(of_selection),
    )
    figures = _dicts(
        session,
        select(_BIDDERS.c.name.label("bidder"), _FIGURES.c.indicator_code, _FIGURES.c.value)
        .join(_BIDDERS, _BIDDERS.c.id == _FIGURES.c.bidder_id)
        .where(of_selection),
    )
    members = _dicts(
        session,
        select(_USERS.c.username, _MEMBERS.c.weight)
        .join(_USERS, _USERS.c.id == _MEMBERS.c.user_id)
        .where(_MEMBERS.c.selection_id == record_id),
    )
    sheet_rows = (
        select(_USERS.c.username, _BIDDERS.c.name.label("bidder"))
        .select_from(_SHEETS)
        .join(_MEMBERS, _MEMBERS.c.id == _SHEETS.c.member_id)
        .join(_USERS, _USERS.c.id == _MEMBERS.c.user_id)
        .join(_BIDDERS, _BIDDERS.c.id == _SHEETS.c.bidder_id)
        .where(_MEMBERS.c.selection_id == record_id)
    )
    sheets = _dicts(session, sheet_rows.add_columns(_SHEETS.c.comment))
    ratings = _dicts(
        session,
        sheet_rows.add_columns(
            _SELECTION_RATINGS.c.indicator_code,
            *[_SELECTION_RATINGS.c[name] for name in _SELECTION_RATING_FIELDS],
        ).join(_SELECTION_RATINGS, _SELECTION_RATINGS.c.sheet_id == _SHEETS.c.id),
    )
    return selection_content(dict(row._mapping), bidders, figures, members, ratings, sheets)


def record_label(session: Session, kind: SealKind, record_id: int) -> str:
    """A short name for reports: who and what, as the rows say now."""
    if kind is SealKind.APPRAISAL:
        row = session.execute(
            select(_CYCLES.c.period, _STAFF.c.employee_no, _STAFF.c.name, _A.c.revision)
            .join(_CYCLES, _CYCLES.c.id == _A.c.cycle_id)
            .join(_STAFF, _STAFF.c.id == _A.c.staff_id)
            .where(_A.c.id == record_id)
        ).one_or_none()
        return "" if row is None else f"{row.period} {row.employee_no} {row.name} r{row.revision}"
    if kind is SealKind.USER:
        return str(session.scalar(select(_USERS.c.username).where(_USERS.c.id == record_id)))
    if kind is SealKind.TEMPLATE:
        found = session.execute(
            select(_TEMPLATES.c.name, _TEMPLATES.c.version).where(_TEMPLATES.c.id == record_id)
        ).one_or_none()
        return "" if found is None else f"{found.name} v{found.version}"
    if kind is SealKind.SELECTION:
        query = select(_SELECTIONS.c.name).where(_SELECTIONS.c.id == record_id)
        return str(session.scalar(query))
    return str(session.scalar(select(_CYCLES.c.period).where(_CYCLES.c.id == record_id)))


def records_to_seal(session: Session, kind: SealKind) -> list[tuple[int, str]]:
    """(id, state) of every row that must carry a seal: all users, and the rows of the
    other kinds in a sealed state."""
    if kind is SealKind.USER:
        return [(row.id, "") for row in session.execute(select(_USERS.c.id).order_by(_USERS.c.id))]
    table, column = {
        SealKind.APPRAISAL: (_A, "state"),
        SealKind.TEMPLATE: (_TEMPLATES, "status"),
        SealKind.CYCLE: (_CYCLES, "status"),
        SealKind.SELECTION: (_SELECTIONS, "state"),
    }[kind]
    query = (
        select(table.c.id, table.c[column].label("state"))
        .where(table.c[column].in_(SEALED_STATES[kind]))
        .order_by(table.c.id)
    )
    return [(row.id, row.state) for row in session.execute(query)]


def seal_entries(session: Session) -> Iterator[AuditEntry]:
    """The seal and release entries of the log, in chain order."""
    query = select(_LOG).where(_LOG.c.action.in_((SEAL_ACTION, RELEASE_ACTION))).order_by(_LOG.c.id)
    for row in session.execute(query):
        yield entry_of_row(row)


def has_seals(session: Session) -> bool:
    query = select(_LOG.c.id).where(_LOG.c.action == SEAL_ACTION).limit(1)
    return session.scalar(query) is not None


def latest_seal_entry(session: Session, kind: SealKind, record_id: int) -> AuditEntry | None:
    row = session.execute(
        select(_LOG)
        .where(
            _LOG.c.entity_type == kind.value,
            _LOG.c.entity_id == str(record_id),
            _LOG.c.action.in_((SEAL_ACTION, RELEASE_ACTION)),
        )
        .order_by(_LOG.c.id.desc())
        .limit(1)
    ).one_or_none()
    return None if row is None else entry_of_row(row)
