"""The audit trail: record changes inside the caller's unit of work, verify, and query.

A service that changes an appraisal, template or target calls `record` in the same unit
of work as the change, before `uow.commit()`: the change and its entry commit together or
not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import Actor, OrgChart, Permission, is_allowed
from kpm_desktop.domain.audit import (
    AuditChoices,
    AuditEntry,
    AuditFilter,
    ChainBreak,
    snapshot_json,
    verify_chain,
)
from kpm_desktop.domain.utc_clock import utc_now as utc_now  # where services take it from
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.audit_trail.witness import ChainWitness
from kpm_desktop.storage import audit_repository as log
from kpm_desktop.storage.database import Database, UnitOfWork

SYSTEM_USERNAME = "system"
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class ChainReport:
    """The outcome of `AuditTrail.verify`: how many entries were checked, the first break."""

    entries_checked: int
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


class AuditTrail:
    """`witness` given, the chain head is written to it after each committed append."""

    def __init__(
        self, database: Database, clock: Clock = utc_now, witness: ChainWitness | None = None
    ) -> None:
        self._database = database
        self._clock = clock
        self.witness = witness

    def record(
        self,
        uow: UnitOfWork,
        actor: Actor | None,
        entity_type: str,
        entity_id: object,
        action: str,
        before: Mapping[str, object] | None,
        after: Mapping[str, object] | None,
    ) -> AuditEntry:
        """Append an entry in `uow`'s transaction. `actor` None means the system itself.

        `before`/`after` are snapshots of the record (plain values, Decimal, dates, enums);
        None for the side that does not exist (creation, deletion).
        """
        entry = log.append_entry(
            uow.session,
            occurred_at=self._clock(),
            user_id=None if actor is None else actor.user_id,
            username=SYSTEM_USERNAME if actor is None else actor.username,
            entity_type=entity_type,
            entity_id=str(entity_id),
            action=action,
            before=snapshot_json(before),
            after=snapshot_json(after),
        )
        witness = self.witness
        if witness is not None:
            uow.after_commit("audit-witness", lambda: witness.advance(entry.id, entry.hash))
        return entry

    def office_zone(self) -> ZoneInfo:
        """The zone the view shows times in (entries are stored in UTC)."""
        with self._database.engine.connect() as connection:
            return read_office_zone(connection)

    def can_view(self, actor: Actor) -> bool:
        """Whether the audit view belongs in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.VIEW_AUDIT, OrgChart())

    def verify(self) -> ChainReport:
        """Recompute every hash in id order and compare with the stored chain head."""
        with self._database.unit_of_work() as uow:
            head = log.chain_head(uow.session)
            count, first_break = verify_chain(log.iter_entries(uow.session), head)
        return ChainReport(count, first_break)

    def query(
        self,
        actor: Actor,
        filters: AuditFilter,
        *,
        before_id: int | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        """One page, newest first; the next page starts before the last id of this one."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_AUDIT)
            return log.find_entries(uow.session, filters, before_id, limit)

    def count(self, actor: Actor, filters: AuditFilter) -> int:
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_AUDIT)
            return log.count_entries(uow.session, filters)

    def choices(self, actor: Actor) -> AuditChoices:
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_AUDIT)
            return AuditChoices(
                log.distinct_values(uow.session, "username"),
                log.distinct_values(uow.session, "entity_type"),
                log.distinct_values(uow.session, "action"),
            )
