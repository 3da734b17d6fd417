"""Which customer sources count as marketing for marketing_roi, and which spend channel
pays for each (docs/kpis.md, "Marketing sources").

A source is classified by its rule when it has one (marketing, paid by a channel or by no
channel stated; or excluded). Without a rule the default applies: a source whose name is
a marketing spend channel counts as marketing paid by that channel; any other source is
unmapped: not counted, and named in a note under the KPI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Self

from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.kpi import KpiValue, ratio
from kpm_desktop.domain.kpi_reasons import NO_MARKETING_SPEND
from kpm_desktop.domain.kpi_table import KpiNote

MAX_NAME_LENGTH = 50  # customers.source and marketing_spend.channel


class SourceStatus(StrEnum):
    MARKETING = "marketing"  # a rule says so
    SPEND_CHANNEL = "spend_channel"  # no rule; a spend channel has the same name
    EXCLUDED = "excluded"  # a rule says it is not marketing
    UNMAPPED = "unmapped"  # no rule, no channel of that name: not counted, noted

    @property
    def counts(self) -> bool:
        return self in (SourceStatus.MARKETING, SourceStatus.SPEND_CHANNEL)


@dataclass(frozen=True)
class SourceRule:
    """A user's decision about one source: marketing (paid by `channel`, "" when not
    stated) or excluded."""

    source: str
    marketing: bool
    channel: str = ""

    @classmethod
    def parse(cls, source: str, *, marketing: bool, channel: str | None = None) -> SourceRule:
        name = _name(source, UserText("customer source"))
        paid_by = _name(channel, UserText("spend channel")) if channel else ""
        if paid_by and not marketing:
            raise ValidationError(
                "An excluded source '{source}' has no paying channel", source=name
            )
        return cls(name, marketing, paid_by)


@dataclass(frozen=True)
class SourceClassification:
    source: str
    status: SourceStatus
    channel: str  # the paying spend channel, "" when none


@dataclass(frozen=True)
class MarketingSourceMap:
    """The rules kept in the database and the marketing spend channels seen in the data."""

    rules: Mapping[str, SourceRule]
    channels: frozenset[str]

    def classify(self, source: str) -> SourceClassification:
        rule = self.rules.get(source)
        if rule is not None:
            status = SourceStatus.MARKETING if rule.marketing else SourceStatus.EXCLUDED
            return SourceClassification(source, status, rule.channel)
        if source in self.channels:
            return SourceClassification(source, SourceStatus.SPEND_CHANNEL, source)
        return SourceClassification(source, SourceStatus.UNMAPPED, "")

    def counted_sources(self) -> tuple[str, ...]:
        """Every source name that counts as marketing, whether or not a customer has it."""
        names = {rule.source for rule in self.rules.values() if rule.marketing}
        names |= {channel for channel in self.channels if channel not in self.rules}
        return tuple(sorted(names))

    def unmapped(self, sources: Iterable[str]) -> tuple[str, ...]:
        """The sources of the data with neither a rule nor a channel of their name."""
        return tuple(
            sorted({s for s in sources if s and self.classify(s).status is SourceStatus.UNMAPPED})
        )


@dataclass(frozen=True)
class SourceEntry:
    """One source as the settings list shows it: how many customers have it and how it
    is classified."""

    source: str
    customers: int
    status: SourceStatus
    channel: str


@dataclass(frozen=True)
class MarketingSourceOverview:
    """The sources seen in the customer data (and those with a rule), the marketing spend
    channels seen in the spend data."""

    sources: tuple[SourceEntry, ...]
    channels: tuple[str, ...]

    @classmethod
    def of(cls, source_map: MarketingSourceMap, customers: Mapping[str, int]) -> Self:
        names = sorted(set(customers) | set(source_map.rules))
        entries = []
        for name in names:
            found = source_map.classify(name)
            entries.append(SourceEntry(name, customers.get(name, 0), found.status, found.channel))
        return cls(tuple(entries), tuple(sorted(source_map.channels)))


def unmapped_sources_note(sources: tuple[str, ...]) -> KpiNote:
    return KpiNote(
        "marketing_roi",
        UserText(
            "Marketing ROI leaves out the customer sources {sources}: they are neither "
            "marketing sources nor excluded (set them under Marketing sources, or with "
            "kpm marketing)",
            sources=", ".join(sources),
        ),
        sources,
    )


@dataclass(frozen=True)
class ChannelRoi:
    """The marketing ROI of one spend channel: revenue of the sources it pays for, less
    its spend, over its spend. `channel` "" gathers spend and sources without a channel."""

    channel: str
    sources: tuple[str, ...]
    revenue: Decimal
    spend: Decimal
    roi: KpiValue


def channel_rois(
    source_map: MarketingSourceMap,
    customer_sources: Iterable[str],
    revenue_by_source: Mapping[str, Decimal],
    spend_by_channel: Mapping[str, Decimal],
) -> list[ChannelRoi]:
    """Per channel (those with spend in the period or paying for a source of the data or
    of a rule), sorted by name; the revenues and spends add up to the company's
    marketing_roi figures."""
    paid: dict[str, set[str]] = {}
    ruled = {rule.source for rule in source_map.rules.values() if rule.marketing}
    for source in {*customer_sources, *revenue_by_source, *ruled}:
        found = source_map.classify(source)
        if found.status.counts:
            paid.setdefault(found.channel, set()).add(source)
    result = []
    for channel in sorted(set(paid) | set(spend_by_channel)):
        sources = tuple(sorted(paid.get(channel, ())))
        revenue = sum((revenue_by_source.get(s, Decimal(0)) for s in sources), Decimal(0))
        spend = spend_by_channel.get(channel, Decimal(0))
        roi = ratio("marketing_roi", revenue - spend, spend, NO_MARKETING_SPEND, percent=True)
        result.append(ChannelRoi(channel, sources, revenue, spend, roi))
    return result


def all_channels(rois: list[ChannelRoi]) -> ChannelRoi:
    """The channels together: the company's marketing_roi (`channel` and `sources` empty)."""
    revenue = sum((r.revenue for r in rois), Decimal(0))
    spend = sum((r.spend for r in rois), Decimal(0))
    roi = ratio("marketing_roi", revenue - spend, spend, NO_MARKETING_SPEND, percent=True)
    return ChannelRoi("", (), revenue, spend, roi)


def _name(text: str | None, what: UserText) -> str:
    name = (text or "").strip()
    if not name:
        raise ValidationError("A {what} needs a name", what=what)
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            "The {what} '{name}' is longer than {limit} characters",
            what=what,
            name=name,
            limit=MAX_NAME_LENGTH,
        )
    return name
