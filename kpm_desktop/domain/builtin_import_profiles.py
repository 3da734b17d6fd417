"""Import profiles shipped as starting points: exports whose column names are publicly
documented (a Salesforce opportunities or accounts report, a HubSpot deals or companies
export) and KPM Desktop's own export format. They can be used as they are; to adjust one
(a company's own stage names, another date format) the user saves a copy under a new name
(docs/user-guide.md, "Import profiles")."""

from __future__ import annotations

from kpm_desktop.domain.crm import DealStatus
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profiles import (
    BlankWhen,
    ColumnRule,
    ImportProfile,
    ReferenceMode,
    Unmapped,
    ValueMap,
)

STARTING_POINT = "starting point: copy it and adjust the copy"

_OPEN, _WON, _LOST = DealStatus.OPEN.value, DealStatus.WON.value, DealStatus.LOST.value

# Salesforce's standard opportunity stages.
_SALESFORCE_STAGES = {
    "Prospecting": "线索",
    "Qualification": "线索",
    "Needs Analysis": "需求确认",
    "Value Proposition": "需求确认",
    "Id. Decision Makers": "需求确认",
    "Perception Analysis": "需求确认",
    "Proposal/Price Quote": "方案报价",
    "Negotiation/Review": "商务谈判",
    "Closed Won": "赢单",
    "Closed Lost": "输单",
}
# The stages of HubSpot's default sales pipeline.
_HUBSPOT_STAGES = {
    "Appointment Scheduled": "线索",
    "Qualified To Buy": "需求确认",
    "Presentation Scheduled": "方案报价",
    "Decision Maker Bought-In": "方案报价",
    "Contract Sent": "商务谈判",
    "Closed Won": "赢单",
    "Closed Lost": "输单",
}
_CLOSED = {"Closed Won": _WON, "Closed Lost": _LOST}
# CRMs give open deals an expected close date; KPM Desktop keeps a close date for closed ones.
_OPEN_DEALS_HAVE_NO_CLOSE_DATE = {"closed_on": BlankWhen("status", (_OPEN,))}


def _rules(*pairs: tuple[str, tuple[str, ...]]) -> tuple[ColumnRule, ...]:
    return tuple(ColumnRule(header, fields) for header, fields in pairs)


def _stage_maps(stages: dict[str, str]) -> dict[str, ValueMap]:
    return {
        "stage": ValueMap(stages),
        "status": ValueMap(_CLOSED, Unmapped.DEFAULT, _OPEN),
    }


SALESFORCE_OPPORTUNITIES = ImportProfile(
    name="Salesforce opportunities report",
    kind="deals",
    columns=_rules(
        ("Opportunity Name", ("code",)),
        ("Account Name", ("customer_code",)),
        ("Opportunity Owner", ("owner_no",)),
        ("Stage", ("stage", "status")),
        ("Amount", ("amount",)),
        ("Created Date", ("created_on",)),
        ("Close Date", ("closed_on",)),
        ("Probability (%)", ()),
        ("Fiscal Period", ()),
    ),
    values=_stage_maps(_SALESFORCE_STAGES),
    blank_when=_OPEN_DEALS_HAVE_NO_CLOSE_DATE,
    date_format="%m/%d/%Y",
    staff_by=ReferenceMode.NAME,
    customers_by=ReferenceMode.NAME,
    description=STARTING_POINT,
    built_in=True,
)

SALESFORCE_ACCOUNTS = ImportProfile(
    name="Salesforce accounts report",
    kind="customers",
    columns=_rules(
        ("Account Name", ("code", "name")),
        ("Account Owner", ("owner_no",)),
        ("Industry", ("industry",)),
        ("Billing State/Province", ("region",)),
        ("Account Source", ("source",)),
        ("Phone", ("phone",)),
        ("Created Date", ("created_on",)),
        ("Type", ()),
    ),
    date_format="%m/%d/%Y",
    staff_by=ReferenceMode.NAME,
    description=STARTING_POINT,
    built_in=True,
)

HUBSPOT_DEALS = ImportProfile(
    name="HubSpot deals export",
    kind="deals",
    columns=_rules(
        ("Record ID", ("code",)),
        ("Associated Company", ("customer_code",)),
        ("Deal owner", ("owner_no",)),
        ("Deal Stage", ("stage", "status")),
        ("Amount", ("amount",)),
        ("Create Date", ("created_on",)),
        ("Close Date", ("closed_on",)),
        ("Deal Name", ()),
        ("Pipeline", ()),
    ),
    values=_stage_maps(_HUBSPOT_STAGES),
    blank_when=_OPEN_DEALS_HAVE_NO_CLOSE_DATE,
    date_format="%Y-%m-%d %H:%M",
    datetime_format="%Y-%m-%d %H:%M",
    staff_by=ReferenceMode.NAME,
    customers_by=ReferenceMode.NAME,
    description=STARTING_POINT,
    built_in=True,
)

HUBSPOT_COMPANIES = ImportProfile(
    name="HubSpot companies export",
    kind="customers",
    columns=_rules(
        ("Record ID", ("code",)),
        ("Company name", ("name",)),
        ("Company owner", ("owner_no",)),
        ("Industry", ("industry",)),
        ("State/Region", ("region",)),
        ("Original Source", ("source",)),
        ("Phone Number", ("phone",)),
        ("Create Date", ("created_on",)),
    ),
    date_format="%Y-%m-%d %H:%M",
    staff_by=ReferenceMode.NAME,
    description=STARTING_POINT,
    built_in=True,
)


def _own_format(kind: str) -> ImportProfile:
    """The Chinese headers KPM Desktop's own export writes for `kind`."""
    return ImportProfile(
        name=f"KPM Desktop export: {kind}",
        kind=kind,
        columns=tuple(ColumnRule(c.zh, (c.field,)) for c in IMPORT_KINDS[kind].columns),
        description=STARTING_POINT,
        built_in=True,
    )


BUILT_IN_PROFILES: tuple[ImportProfile, ...] = (
    SALESFORCE_OPPORTUNITIES,
    SALESFORCE_ACCOUNTS,
    HUBSPOT_DEALS,
    HUBSPOT_COMPANIES,
    *(_own_format(kind) for kind in IMPORT_KINDS),
)
