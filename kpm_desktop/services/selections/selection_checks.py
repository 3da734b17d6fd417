"""What the selection service checks before it changes anything: the template, the quoted
figures, a panel member who is a bidder's contact, the state, a state set back outside
KPM Desktop."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import LockedError, NotFoundError, UserText, ValidationError
from kpm_desktop.domain.rubric import RubricTemplate, TemplateStatus
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.domain.selection import SelectionState, check_panel_template, rank_indicators
from kpm_desktop.services.audit_trail.seals import refuse_if_set_back
from kpm_desktop.storage import selection_repository as repo
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.rubric_repository import TemplateRepository
from kpm_desktop.storage.selection_records import SelectionRecord

_LARGEST_FIGURE = Decimal(10) ** 12


def not_set_back(uow: UnitOfWork, record: SelectionRecord) -> SelectionRecord:
    """A closed selection set back to scoring outside KPM Desktop takes no new sheet."""
    label = UserText("Selection {name}", name=record.name)
    refuse_if_set_back(uow, SealKind.SELECTION, record.id, record.state, label)
    return record


def require_state(record: SelectionRecord, state: SelectionState) -> None:
    if record.state != state.value:
        raise LockedError(
            "Selection {name} is {state}; this needs it {needed}",
            name=record.name,
            state=record.state,
            needed=state.value,
        )


def active_template(uow: UnitOfWork, name: str) -> int:
    records = TemplateRepository(uow.session).versions(name)
    active = [r for r in records if r.status == TemplateStatus.ACTIVE]
    if not active:
        raise NotFoundError("There is no active template '{name}'", name=name)
    template = template_from_text(active[-1].body, f"template {active[-1].id}")
    check_panel_template(template)
    return active[-1].id


def template_of(uow: UnitOfWork, template_id: int) -> RubricTemplate:
    record = TemplateRepository(uow.session).get(template_id)
    if record is None:
        raise NotFoundError("There is no template with id {template_id}", template_id=template_id)
    return template_from_text(record.body, f"template {record.id}")


def check_figures(template: RubricTemplate, figures: Mapping[str, Decimal], bidder: str) -> None:
    ranked = {i.code for i in rank_indicators(template)}
    for code, value in figures.items():
        if code not in ranked:
            raise ValidationError(
                "Bidder {bidder}: {code} is not a ranked indicator of the template (those are "
                "{codes})",
                bidder=bidder,
                code=code,
                codes=", ".join(sorted(ranked)),
            )
        if value < 0 or value >= _LARGEST_FIGURE:
            raise ValidationError(
                "Bidder {bidder}: the figure for {code} must be between 0 and 10^12 (got {value})",
                bidder=bidder,
                code=code,
                value=fmt(value),
            )


def refuse_contact_on_panel(
    uow: UnitOfWork, selection_id: int, bidder: str, contact: str, user_id: int | None = None
) -> None:
    """A panel member must not be a bidder's contact: compared with their user name, display
    name, and their staff record's name and e-mail, ignoring case and spaces."""
    wanted = contact.strip().casefold()
    if not wanted:
        return
    ids = [m.user_id for m in repo.members(uow.session, selection_id)]
    if user_id is not None:
        ids = [user_id]
    for identity in repo.identities(uow.session, ids):
        if wanted in (name.strip().casefold() for name in identity.names):
            raise ValidationError(
                "Panel member {user} is the contact of bidder {bidder}: a bidder's contact "
                "cannot score the selection",
                user=identity.username,
                bidder=bidder,
            )
