"""Selection evaluations: set up bidders and panel, score, close (sealed), sign.

Panel members are users with the `panel` role or HR administrators. HR (who manages
cycles) creates a selection, its bidders and its panel; each panel member scores each
bidder once; closing is refused while sheets are missing, is audited and seals the results
(`SealKind.SELECTION`). A member sees only their own sheets until the selection is closed,
unless it was created with its sheets open (docs/user-guide.md, "Selections").
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from kpm_desktop.domain.access import Actor, Permission, Role
from kpm_desktop.domain.builtin_templates import VENDOR_TEMPLATE_NAME
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import (
    ConflictError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.domain.selection import (
    MemberSheet,
    SelectionState,
    check_member_weights,
    check_sheet,
    compare,
    figure_cohorts,
    missing_sheets_text,
    score_member_sheet,
)
from kpm_desktop.domain.selection_deadline import refuse_if_overdue
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.audit_trail.audit import AuditTrail, Clock, utc_now
from kpm_desktop.services.audit_trail.seals import Sealer
from kpm_desktop.services.selections.selection_checks import (
    active_template,
    check_figures,
    not_set_back,
    refuse_contact_on_panel,
    require_state,
    template_of,
)
from kpm_desktop.services.selections.selection_lookup import (
    editable,
    selection_named,
    summary_of,
)
from kpm_desktop.services.selections.selection_views import SelectionSummary, SelectionView
from kpm_desktop.storage import selection_repository as repo
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.selection_records import (
    SelectionBidderRecord,
    SelectionMemberRecord,
    SelectionRecord,
    SelectionSheetRecord,
)

_log = logging.getLogger(__name__)
_ENTITY = "selection"
PANEL_ROLES = (Role.PANEL.value, Role.HR_ADMIN.value)


class SelectionService:
    def __init__(self, database: Database, audit: AuditTrail, clock: Clock = utc_now) -> None:
        self._database = database
        self._audit = audit
        self._sealer = Sealer(audit)
        self._clock = clock

    # --- setting up -------------------------------------------------------------------

    def create(
        self,
        actor: Actor,
        name: str,
        template_name: str = VENDOR_TEMPLATE_NAME,
        deadline: date | None = None,
        *,
        sheets_open: bool = False,
    ) -> SelectionSummary:
        text = name.strip()
        if not text:
            raise ValidationError("A selection needs a name")
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            if repo.selection_by_name(uow.session, text) is not None:
                raise ConflictError("There is already a selection named {name}", name=text)
            template_id = active_template(uow, template_name)
            record = SelectionRecord(
                name=text,
                template_id=template_id,
                state=SelectionState.DRAFT.value,
                deadline=deadline,
                sheets_open=sheets_open,
                created_at=self._clock(),
                created_by=actor.user_id,
            )
            uow.session.add(record)
            uow.flush()
            after = {"name": text, "template": template_name, "deadline": deadline}
            self._audit.record(uow, actor, _ENTITY, record.id, "create", None, after)
            uow.commit()
            return self._summary(uow, record)

    def add_bidder(
        self,
        actor: Actor,
        selection: str,
        name: str,
        contact: str = "",
        figures: Mapping[str, Decimal] | None = None,
        documents: Sequence[str] = (),
    ) -> SelectionSummary:
        """A new bidder, or new contact, figures and documents for one already named."""
        text = name.strip()
        if not text:
            raise ValidationError("A bidder needs a name")
        with self._database.unit_of_work() as uow:
            record = editable(uow, actor, selection)
            if record.state not in (SelectionState.DRAFT.value, SelectionState.SCORING.value):
                raise LockedError(
                    "Selection {name} is {state}: its bidders can no longer change",
                    name=record.name,
                    state=record.state,
                )
            template = template_of(uow, record.template_id)
            check_figures(template, figures or {}, text)
            refuse_contact_on_panel(uow, record.id, text, contact)
            bidder = next(
                (b for b in repo.bidder_records(uow.session, record.id) if b.name == text), None
            )
            before = None
            if bidder is None:
                position = len(repo.bidder_records(uow.session, record.id)) + 1
                bidder = SelectionBidderRecord(selection_id=record.id, position=position, name=text)
                uow.session.add(bidder)
            else:
                known = next(b for b in repo.bidders(uow.session, record.id) if b.id == bidder.id)
                before = {
                    "contact": bidder.contact,
                    "documents": bidder.documents,
                    "figures": dict(known.figures),
                }
            bidder.contact = contact.strip()
            bidder.documents = "\n".join(d.strip() for d in documents if d.strip())
            uow.flush()
            for code, value in (figures or {}).items():
                repo.set_figure(uow.session, bidder.id, code, value)
            after = {
                "bidder": text,
                "contact": bidder.contact,
                "documents": bidder.documents,
                "figures": dict(figures or {}),
            }
            self._audit.record(uow, actor, _ENTITY, record.id, "bidder", before, after)
            uow.commit()
            return self._summary(uow, record)

    def add_member(
        self, actor: Actor, selection: str, username: str, weight: Decimal
    ) -> SelectionSummary:
        """A panel member with their weight while the selection is a draft; a member's new
        weight while it is a draft or being scored (the weights must total 100 again
        before the scoring is closed)."""
        if weight <= 0 or weight > 100:
            raise ValidationError(
                "A panel member's weight must be above 0 and at most 100 (got {weight})",
                weight=fmt(weight),
            )
        with self._database.unit_of_work() as uow:
            record = editable(uow, actor, selection)
            found = repo.active_user(uow.session, username.strip())
            if found is None:
                raise NotFoundError("There is no active user {user}", user=username)
            user_id, role = found
            member = repo.member_record(uow.session, record.id, user_id)
            open_states = (SelectionState.DRAFT.value, SelectionState.SCORING.value)
            if record.state not in open_states or (
                member is None and record.state != SelectionState.DRAFT.value
            ):
                raise LockedError(
                    "The panel of selection {name} is fixed once scoring has started",
                    name=record.name,
                )
            if role not in PANEL_ROLES:
                raise ValidationError(
                    "User {user} has role {role}: panel members are users with the panel "
                    "role or HR administrators",
                    user=username.strip(),
                    role=role,
                )
            for bidder in repo.bidders(uow.session, record.id):
                refuse_contact_on_panel(uow, record.id, bidder.name, bidder.contact, user_id)
            before = None if member is None else {"member": username, "weight": fmt(member.weight)}
            if member is None:
                member = SelectionMemberRecord(selection_id=record.id, user_id=user_id)
                uow.session.add(member)
            member.weight = weight
            after = {"member": username, "weight": fmt(weight)}
            self._audit.record(uow, actor, _ENTITY, record.id, "panel", before, after)
            uow.commit()
            return self._summary(uow, record)

    def start_scoring(self, actor: Actor, selection: str) -> SelectionSummary:
        with self._database.unit_of_work() as uow:
            record = editable(uow, actor, selection)
            require_state(record, SelectionState.DRAFT)
            bidders = repo.bidders(uow.session, record.id)
            if not bidders:
                raise ValidationError("Selection {name} has no bidders", name=record.name)
            check_member_weights(repo.members(uow.session, record.id))
            figure_cohorts(template_of(uow, record.template_id), bidders)
            self._move(uow, actor, record, SelectionState.SCORING, "start")
            uow.commit()
            return self._summary(uow, record)

    # --- scoring ------------------------------------------------------------------------

    def score(
        self,
        actor: Actor,
        selection: str,
        bidder_name: str,
        ratings: Mapping[str, IndicatorRating],
        comment: str = "",
    ) -> SelectionView:
        """The asking member's sheet of one bidder; a second sheet of it is refused."""
        with self._database.unit_of_work() as uow:
            record = not_set_back(uow, selection_named(uow, selection))
            require_state(record, SelectionState.SCORING)
            zone = read_office_zone(uow.session)
            refuse_if_overdue(record.name, record.deadline, self._clock(), zone)
            member = repo.member_record(uow.session, record.id, actor.user_id)
            if member is None:
                raise PermissionDeniedError(
                    "{user} is not on the panel of selection {name}",
                    user=actor.label,
                    name=record.name,
                )
            bidders = repo.bidders(uow.session, record.id)
            bidder = next((b for b in bidders if b.name == bidder_name.strip()), None)
            if bidder is None:
                raise NotFoundError(
                    "Selection {name} has no bidder {bidder}", name=record.name, bidder=bidder_name
                )
            if repo.has_sheet(uow.session, member.id, bidder.id):
                raise ConflictError(
                    "{user} has already scored {bidder} in selection {name}",
                    user=actor.label,
                    bidder=bidder.name,
                    name=record.name,
                )
            template = template_of(uow, record.template_id)
            check_sheet(template, ratings)
            sheet = MemberSheet(member.id, bidder.id, dict(ratings), comment.strip())
            scored = score_member_sheet(template, bidder, sheet, figure_cohorts(template, bidders))
            stored = SelectionSheetRecord(
                member_id=member.id,
                bidder_id=bidder.id,
                comment=sheet.comment,
                submitted_at=self._clock(),
            )
            uow.session.add(stored)
            uow.flush()
            uow.session.add_all(repo.rating_records(stored.id, sheet))
            after = {"bidder": bidder.name, "member": actor.username, "total": scored.total}
            self._audit.record(uow, actor, _ENTITY, record.id, "score", None, after)
            uow.commit()
        return self.view(actor, selection)

    # --- closing and signing ------------------------------------------------------------

    def close(self, actor: Actor, selection: str) -> SelectionView:
        """Refused, naming them, while any member's sheet of any bidder is missing."""
        with self._database.unit_of_work() as uow:
            record = editable(uow, actor, selection)
            require_state(record, SelectionState.SCORING)
            check_member_weights(repo.members(uow.session, record.id))
            comparison = compare(
                template_of(uow, record.template_id),
                repo.bidders(uow.session, record.id),
                repo.members(uow.session, record.id),
                repo.sheets(uow.session, record.id),
            )
            if comparison.missing:
                _log.info(
                    "selection %s close refused: %d sheets missing",
                    record.id,
                    len(comparison.missing),
                )
                raise ValidationError(
                    "Selection {name} cannot be closed: sheets missing ({sheets})",
                    name=record.name,
                    sheets=missing_sheets_text(comparison.missing),
                )
            record.closed_at = self._clock()
            record.closed_by = actor.user_id
            results = {r.bidder.name: r.weighted_total for r in comparison.results}
            self._move(uow, actor, record, SelectionState.CLOSED, "close", results)
            self._sealer.seal(uow, actor, SealKind.SELECTION, record.id)
            uow.commit()
        return self.view(actor, selection)

    def sign(self, actor: Actor, selection: str, signed_on: date) -> SelectionView:
        """Records the day the panel signed the printed comparison; sealed again."""
        with self._database.unit_of_work() as uow:
            record = editable(uow, actor, selection)
            require_state(record, SelectionState.CLOSED)
            record.signed_on = signed_on
            self._move(uow, actor, record, SelectionState.SIGNED, "sign", {"signed_on": signed_on})
            self._sealer.seal(uow, actor, SealKind.SELECTION, record.id)
            uow.commit()
        return self.view(actor, selection)

    # --- reading --------------------------------------------------------------------------

    def list_selections(self, actor: Actor) -> list[SelectionSummary]:
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            manages = guard.allows(actor, Permission.MANAGE_CYCLES)
            audits = guard.allows(actor, Permission.VIEW_AUDIT)
            done = (SelectionState.CLOSED.value, SelectionState.SIGNED.value)
            return [
                self._summary(uow, record)
                for record in repo.all_selections(uow.session)
                if manages
                or (audits and record.state in done)
                or repo.member_record(uow.session, record.id, actor.user_id)
            ]

    def view(self, actor: Actor, selection: str) -> SelectionView:
        with self._database.unit_of_work() as uow:
            record = selection_named(uow, selection)
            member = repo.member_record(uow.session, record.id, actor.user_id)
            sees_all = self._sees_all(uow, actor, record, member is not None)
            sheets = repo.sheets(uow.session, record.id)
            if not sees_all:
                sheets = [s for s in sheets if member is not None and s.member_id == member.id]
            bidders = repo.bidders(uow.session, record.id)
            members = repo.members(uow.session, record.id)
            template = template_of(uow, record.template_id)
            return SelectionView(
                self._summary(uow, record),
                tuple(bidders),
                tuple(members),
                tuple(sheets),
                compare(template, bidders, members, sheets),
                sees_all,
                None if member is None else member.id,
                record.closed_at,
                record.signed_on,
            )

    def name_of(self, selection_id: int) -> str:
        """The name of a selection by its id (a printed sheet names the id)."""
        with self._database.unit_of_work() as uow:
            record = uow.session.get(SelectionRecord, selection_id)
            if record is None:
                raise NotFoundError("There is no selection {id}", id=selection_id)
            return record.name

    def template_of(self, actor: Actor, selection: str) -> RubricTemplate:
        """The selection's template, for whoever may see the selection."""
        with self._database.unit_of_work() as uow:
            record = selection_named(uow, selection)
            member = repo.member_record(uow.session, record.id, actor.user_id)
            self._sees_all(uow, actor, record, member is not None)  # refuses an outsider
            return template_of(uow, record.template_id)

    # --- helpers ----------------------------------------------------------------------------

    def _sees_all(
        self, uow: UnitOfWork, actor: Actor, record: SelectionRecord, member: bool
    ) -> bool:
        guard = AccessGuard(uow)
        if guard.allows(actor, Permission.MANAGE_CYCLES):
            return True
        done = record.state in (SelectionState.CLOSED.value, SelectionState.SIGNED.value)
        if done and guard.allows(actor, Permission.VIEW_AUDIT):
            return True
        if not member:
            raise PermissionDeniedError(
                "{user} is not on the panel of selection {name}", user=actor.label, name=record.name
            )
        return done or record.sheets_open

    def _move(
        self,
        uow: UnitOfWork,
        actor: Actor,
        record: SelectionRecord,
        target: SelectionState,
        action: str,
        extra: Mapping[str, object] | None = None,
    ) -> None:
        before = {"state": record.state}
        record.state = target.value
        uow.flush()
        after = {"state": target.value, **(extra or {})}
        self._audit.record(uow, actor, _ENTITY, record.id, action, before, after)

    def _summary(self, uow: UnitOfWork, record: SelectionRecord) -> SelectionSummary:
        return summary_of(uow, record, self._clock())
