"""Finding a selection by name for a use case, and its summary (the selection service and
the set-up operations share them)."""

from __future__ import annotations

from datetime import datetime

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.errors import NotFoundError
from kpm_desktop.domain.selection import SelectionState
from kpm_desktop.domain.selection_deadline import is_overdue
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.selections.selection_checks import not_set_back
from kpm_desktop.services.selections.selection_views import SelectionSummary
from kpm_desktop.storage import selection_repository as repo
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.rubric_repository import TemplateRepository
from kpm_desktop.storage.selection_records import SelectionRecord

_OPEN_STATES = (SelectionState.DRAFT.value, SelectionState.SCORING.value)


def selection_named(uow: UnitOfWork, name: str) -> SelectionRecord:
    record = repo.selection_by_name(uow.session, name.strip())
    if record is None:
        raise NotFoundError("There is no selection named {name}", name=name)
    return record


def editable(uow: UnitOfWork, actor: Actor, name: str) -> SelectionRecord:
    """The selection, for HR (MANAGE_CYCLES), unless it was set back outside the app."""
    AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
    return not_set_back(uow, selection_named(uow, name))


def summary_of(uow: UnitOfWork, record: SelectionRecord, now: datetime) -> SelectionSummary:
    """`now` (naive UTC) tells whether an open selection is past its deadline."""
    template = TemplateRepository(uow.session).get(record.template_id)
    label = "" if template is None else f"{template.name} v{template.version}"
    overdue = record.state in _OPEN_STATES and is_overdue(
        record.deadline, now, read_office_zone(uow.session)
    )
    return SelectionSummary(
        record.id,
        record.name,
        label,
        0 if template is None else template.version,
        SelectionState(record.state),
        record.deadline,
        len(repo.bidder_records(uow.session, record.id)),
        len(repo.members(uow.session, record.id)),
        overdue,
    )
