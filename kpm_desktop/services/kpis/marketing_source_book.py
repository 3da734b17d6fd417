"""Marketing sources: list, set, exclude and reset the rules that say which customer
sources count as marketing for marketing_roi (docs/kpis.md, "Marketing sources").

Changing a rule needs MANAGE_KPI_SETTINGS, is audited (entity `marketing_source`) and bumps
the data version in its unit of work, so KPI results kept before it are never served again.
"""

from __future__ import annotations

from collections.abc import Sequence

from kpm_desktop.domain.access import Actor, OrgChart, Permission, denial, is_allowed
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.kpi_table import KpiNote
from kpm_desktop.domain.marketing_sources import (
    ChannelRoi,
    MarketingSourceMap,
    MarketingSourceOverview,
    SourceRule,
    channel_rois,
    unmapped_sources_note,
)
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage import marketing_source_repository as repository
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.kpi_queries.grouping import PeriodWindow
from kpm_desktop.storage.kpi_queries.marketing import revenue_by_source, spend_by_channel
from kpm_desktop.storage.sessions import Connection

_ENTITY = "marketing_source"


class MarketingSourceBook:
    """`audit` given, every change is logged in its unit of work with the acting user."""

    def __init__(self, database: Database, audit: AuditTrail | None = None) -> None:
        self._database = database
        self._audit = audit

    def can_manage(self, actor: Actor) -> bool:
        """Whether changing actions belong in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.MANAGE_KPI_SETTINGS, OrgChart())

    def overview(self, actor: Actor) -> MarketingSourceOverview:
        """Every source of the customer data or with a rule, and the spend channels; to a
        user who reads every customer (the counts are the company's)."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.VIEW_CRM, record=_what())
            if not guard.reaches_everyone(actor, Permission.VIEW_CRM):
                raise denial(actor, Permission.VIEW_CRM, _what())
            source_map = _map(uow.session.connection())
            customers = repository.customer_sources(uow.session)
        return MarketingSourceOverview.of(source_map, customers)

    def source_map(self, connection: Connection) -> MarketingSourceMap:
        return _map(connection)

    def notes(self, connection: Connection) -> tuple[KpiNote, ...]:
        """A note naming the customer sources marketing_roi leaves out without anyone
        having decided so (none when every source is classified)."""
        unmapped = _map(connection).unmapped(repository.customer_sources(connection))
        return (unmapped_sources_note(unmapped),) if unmapped else ()

    def channel_rois(self, connection: Connection, window: PeriodWindow) -> list[ChannelRoi]:
        """The company's marketing ROI per spend channel; no access check here."""
        return channel_rois(
            _map(connection),
            repository.customer_sources(connection),
            revenue_by_source(connection, window),
            spend_by_channel(connection, window),
        )

    def set_rules(self, actor: Actor, rules: Sequence[SourceRule]) -> int:
        """Write all rules or none; returns how many changed."""
        return self.apply(actor, rules, ())

    def reset(self, actor: Actor, sources: Sequence[str]) -> int:
        """Remove the rules of these sources: the default rule applies to them again."""
        return self.apply(actor, (), sources)

    def apply(self, actor: Actor, rules: Sequence[SourceRule], resets: Sequence[str]) -> int:
        """Write `rules` and remove the rules of `resets` in one transaction; a paying
        channel must be a channel of the spend data. Returns how many rules changed."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_KPI_SETTINGS, record=_what())
            channels = repository.spend_channels(uow.session)
            unknown = sorted({r.channel for r in rules if r.channel and r.channel not in channels})
            if unknown:
                raise ValidationError(
                    "No marketing spend has the channel {unknown}; the channels are: {known}",
                    unknown=", ".join(f"'{c}'" for c in unknown),
                    known=", ".join(sorted(channels)) or "-",
                )
            before = repository.save_rules(uow.session, rules)
            changed = 0
            for rule in rules:
                if before[rule.source] != rule:
                    changed += 1
                    self._record(uow, actor, rule.source, "set", before[rule.source], rule)
            removed = repository.delete_rules(uow.session, [s.strip() for s in resets])
            for source, old in removed.items():
                self._record(uow, actor, source, "reset", old, None)
            changed += len(removed)
            if changed:
                uow.commit()
            return changed

    def _record(
        self,
        uow: UnitOfWork,
        actor: Actor,
        source: str,
        action: str,
        before: SourceRule | None,
        after: SourceRule | None,
    ) -> None:
        if self._audit is not None:
            snapshots = _snapshot(before), _snapshot(after)
            self._audit.record(uow, actor, _ENTITY, source, action, *snapshots)


def _map(connection: Connection) -> MarketingSourceMap:
    return MarketingSourceMap(
        repository.read_rules(connection), repository.spend_channels(connection)
    )


def _snapshot(rule: SourceRule | None) -> dict[str, object] | None:
    return None if rule is None else {"marketing": rule.marketing, "channel": rule.channel}


def _what() -> UserText:
    return UserText("marketing sources")
