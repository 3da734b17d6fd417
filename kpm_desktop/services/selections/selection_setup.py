"""Changing a selection's set-up once entered: renaming or removing a bidder, removing a
panel member, moving the deadline. HR only (MANAGE_CYCLES), while the selection is a
draft or being scored; every change is audited.

A draft has no sheets. While scoring, a bidder or member who has sheets is removed only
when the caller says to drop those sheets (`drop_sheets`, the page's confirmation, the
command line's `--force`); the audit entry names every sheet dropped and its total, and
the bidders left are ranked again among themselves (their price points follow). A
renamed bidder keeps its sheets. After removing a member the weights must total 100
again before the scoring can be closed (docs/user-guide.md, "Selections").
"""

from __future__ import annotations

from datetime import date

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import ConflictError, LockedError, NotFoundError, ValidationError
from kpm_desktop.domain.selection import SelectionState, compare
from kpm_desktop.services.audit_trail.audit import AuditTrail, Clock, utc_now
from kpm_desktop.services.selections.selection_checks import template_of
from kpm_desktop.services.selections.selection_lookup import editable, summary_of
from kpm_desktop.services.selections.selection_views import SelectionSummary
from kpm_desktop.storage import selection_repository as repo
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.selection_records import (
    SelectionBidderRecord,
    SelectionRecord,
    SelectionSheetRecord,
)

_ENTITY = "selection"
_OPEN_STATES = (SelectionState.DRAFT.value, SelectionState.SCORING.value)


class SelectionSetup:
    def __init__(self, database: Database, audit: AuditTrail, clock: Clock = utc_now) -> None:
        self._database = database
        self._audit = audit
        self._clock = clock

    def rename_bidder(
        self, actor: Actor, selection: str, bidder: str, new_name: str
    ) -> SelectionSummary:
        text = new_name.strip()
        if not text:
            raise ValidationError("A bidder needs a name")
        with self._database.unit_of_work() as uow:
            record = self._open(uow, actor, selection)
            found = _bidder(uow, record, bidder)
            if text != found.name and any(
                b.name == text for b in repo.bidder_records(uow.session, record.id)
            ):
                raise ConflictError(
                    "Selection {name} already has a bidder {bidder}", name=record.name, bidder=text
                )
            before = {"bidder": found.name}
            found.name = text
            self._audit.record(
                uow, actor, _ENTITY, record.id, "rename bidder", before, {"bidder": text}
            )
            uow.commit()
            return summary_of(uow, record, self._clock())

    def remove_bidder(
        self, actor: Actor, selection: str, bidder: str, *, drop_sheets: bool = False
    ) -> SelectionSummary:
        """Refused while the bidder has sheets, unless `drop_sheets`."""
        with self._database.unit_of_work() as uow:
            record = self._open(uow, actor, selection)
            found = _bidder(uow, record, bidder)
            sheets = repo.sheet_records(uow.session, bidder_id=found.id)
            if sheets and not drop_sheets:
                raise ConflictError(
                    "Bidder {bidder} has {count} sheets in selection {name}: removing it drops "
                    "them (confirm, or use --force)",
                    bidder=found.name,
                    count=len(sheets),
                    name=record.name,
                )
            dropped = _dropped(uow, record, sheets)
            repo.delete_sheets(uow.session, [s.id for s in sheets])
            repo.delete_bidder(uow.session, found)
            before = {"bidder": found.name, "contact": found.contact, "dropped_sheets": dropped}
            self._audit.record(uow, actor, _ENTITY, record.id, "remove bidder", before, None)
            uow.commit()
            return summary_of(uow, record, self._clock())

    def remove_member(
        self, actor: Actor, selection: str, username: str, *, drop_sheets: bool = False
    ) -> SelectionSummary:
        """Refused while the member has sheets, unless `drop_sheets`."""
        with self._database.unit_of_work() as uow:
            record = self._open(uow, actor, selection)
            found = repo.active_user(uow.session, username.strip())
            member = None if found is None else repo.member_record(uow.session, record.id, found[0])
            if member is None:
                raise NotFoundError(
                    "{user} is not on the panel of selection {name}",
                    user=username.strip(),
                    name=record.name,
                )
            sheets = repo.sheet_records(uow.session, member_id=member.id)
            if sheets and not drop_sheets:
                raise ConflictError(
                    "Panel member {user} has {count} sheets in selection {name}: removing them "
                    "drops those sheets (confirm, or use --force)",
                    user=username.strip(),
                    count=len(sheets),
                    name=record.name,
                )
            dropped = _dropped(uow, record, sheets)
            repo.delete_sheets(uow.session, [s.id for s in sheets])
            before = {
                "member": username.strip(),
                "weight": fmt(member.weight),
                "dropped_sheets": dropped,
            }
            repo.delete_member(uow.session, member)
            self._audit.record(uow, actor, _ENTITY, record.id, "remove member", before, None)
            uow.commit()
            return summary_of(uow, record, self._clock())

    def set_deadline(self, actor: Actor, selection: str, deadline: date) -> SelectionSummary:
        """A new last day for sheets (office time): extends a passed deadline."""
        with self._database.unit_of_work() as uow:
            record = self._open(uow, actor, selection)
            before = {"deadline": record.deadline}
            record.deadline = deadline
            self._audit.record(
                uow, actor, _ENTITY, record.id, "deadline", before, {"deadline": deadline}
            )
            uow.commit()
            return summary_of(uow, record, self._clock())

    def _open(self, uow: UnitOfWork, actor: Actor, selection: str) -> SelectionRecord:
        record = editable(uow, actor, selection)
        if record.state not in _OPEN_STATES:
            raise LockedError(
                "Selection {name} is {state}: its bidders and panel can no longer change",
                name=record.name,
                state=record.state,
            )
        return record


def _bidder(uow: UnitOfWork, record: SelectionRecord, name: str) -> SelectionBidderRecord:
    found = next(
        (b for b in repo.bidder_records(uow.session, record.id) if b.name == name.strip()), None
    )
    if found is None:
        raise NotFoundError(
            "Selection {name} has no bidder {bidder}", name=record.name, bidder=name
        )
    return found


def _dropped(
    uow: UnitOfWork, record: SelectionRecord, sheets: list[SelectionSheetRecord]
) -> list[str]:
    """'wangfang → 甲公司: 67.50' for each sheet about to be dropped, as the audit keeps it."""
    if not sheets:
        return []
    members = repo.members(uow.session, record.id)
    bidders = repo.bidders(uow.session, record.id)
    comparison = compare(
        template_of(uow, record.template_id), bidders, members, repo.sheets(uow.session, record.id)
    )
    names = {m.id: m.name for m in members}
    totals = {
        (member_id, result.bidder.id): (result.bidder.name, scored.total)
        for result in comparison.results
        for member_id, scored in result.sheets.items()
    }
    lines = []
    for sheet in sheets:
        bidder, total = totals[(sheet.member_id, sheet.bidder_id)]
        lines.append(f"{names[sheet.member_id]} → {bidder}: {fmt(total)}")
    return lines
