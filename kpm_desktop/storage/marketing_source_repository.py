"""Marketing source rules, and the customer sources and spend channels seen in the data.
Never commits."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

from kpm_desktop.domain.crm import SpendKind
from kpm_desktop.domain.marketing_sources import SourceRule
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import CustomerRecord, MarketingSpendRecord
from kpm_desktop.storage.marketing_source_records import MarketingSourceRecord

_rules = table_of(MarketingSourceRecord)
_customers = table_of(CustomerRecord)
_spend = table_of(MarketingSpendRecord)


def read_rules(connection: Connection | Session) -> dict[str, SourceRule]:
    rows = connection.execute(select(_rules.c.source, _rules.c.marketing, _rules.c.channel))
    return {
        source: SourceRule(source, bool(marketing), channel) for source, marketing, channel in rows
    }


def spend_channels(connection: Connection | Session) -> frozenset[str]:
    """The channels of marketing spend rows, in any period."""
    s = _spend.c
    query = select(s.channel).where(s.kind == SpendKind.MARKETING.value, s.channel != "")
    return frozenset(connection.scalars(query.distinct()))


def customer_sources(connection: Connection | Session) -> dict[str, int]:
    """Source -> number of customers with it (customers without a source left out)."""
    c = _customers.c
    rows = connection.execute(
        select(c.source, func.count()).where(c.source != "").group_by(c.source)
    )
    return {source: int(count) for source, count in rows}


def save_rules(session: Session, rules: Sequence[SourceRule]) -> dict[str, SourceRule | None]:
    """Write these rules; returns each source's rule before (None when it had none)."""
    before: dict[str, SourceRule | None] = {}
    for rule in rules:
        record = session.scalars(
            select(MarketingSourceRecord).where(MarketingSourceRecord.source == rule.source)
        ).one_or_none()
        if record is None:
            before[rule.source] = None
            record = MarketingSourceRecord(source=rule.source)
            session.add(record)
        else:
            before[rule.source] = SourceRule(record.source, record.marketing, record.channel)
        record.marketing = rule.marketing
        record.channel = rule.channel
    session.flush()
    return before


def delete_rules(session: Session, sources: Sequence[str]) -> dict[str, SourceRule]:
    """Remove the rules of these sources; returns the rules removed."""
    removed = {
        source: rule for source, rule in read_rules(session).items() if source in set(sources)
    }
    if removed:
        session.execute(delete(_rules).where(_rules.c.source.in_(list(removed))))
    return removed
