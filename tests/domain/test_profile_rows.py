"""Applying an import profile to file rows: value maps and their policies, date formats,
blank_when, matching a file's headers to a profile."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kpm_desktop.domain.builtin_import_profiles import (
    BUILT_IN_PROFILES,
    HUBSPOT_DEALS,
    SALESFORCE_OPPORTUNITIES,
)
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profiles import (
    ColumnRule,
    ImportProfile,
    Unmapped,
    ValueMap,
    best_match,
    profile_from_mapping,
)
from kpm_desktop.domain.profile_rows import ProfiledRows, ProfileLayout

HEADERS = ["Opportunity Name", "Account Name", "Amount", "Close Date", "Stage",
           "Created Date", "Opportunity Owner"]  # fmt: skip


def _rows(profile: ImportProfile) -> tuple[ProfileLayout, ProfiledRows]:
    layout = ProfileLayout(profile, IMPORT_KINDS["deals"], HEADERS, "f.csv")
    return layout, ProfiledRows(profile, layout)


def test_one_column_feeds_two_fields_each_through_its_map() -> None:
    layout, rows = _rows(SALESFORCE_OPPORTUNITIES)
    cells = ["A", "Acme", "10", "9/15/2026", "Closed Won", "7/1/2026", "Li Lei"]
    row, errors = rows.prepare(2, cells)
    shown = dict(zip(layout.headers, row, strict=False))
    assert errors == [] and layout.headers.count("Stage") == 2
    assert row[layout.mapping["stage"]] == "赢单" and row[layout.mapping["status"]] == "won"
    assert shown["Close Date"] == date(2026, 9, 15)
    row, _errors = rows.prepare(3, [*cells[:4], "prospecting", *cells[5:]])
    assert row[layout.mapping["status"]] == "open"
    assert row[layout.mapping["closed_on"]] is None  # an open deal has no close date
    assert [(v.field, v.value, v.outcome) for v in rows.unmapped()] == [
        ("status", "prospecting", Unmapped.DEFAULT)
    ]


@pytest.mark.parametrize(
    ("policy", "becomes", "errors"),
    [(Unmapped.REFUSE, None, 1), (Unmapped.KEEP, "Someday", 0), (Unmapped.DEFAULT, "线索", 0)],
)
def test_an_unlisted_value_is_refused_kept_or_defaulted_and_always_listed(
    policy: Unmapped, becomes: str | None, errors: int
) -> None:
    stages = SALESFORCE_OPPORTUNITIES.values["stage"].values
    values = {**SALESFORCE_OPPORTUNITIES.values, "stage": ValueMap(stages, policy, "线索")}
    profile = replace(SALESFORCE_OPPORTUNITIES, values=values)
    layout, rows = _rows(profile)
    cells = ["A", "Acme", "10", "", "Someday", "7/1/2026", "Li Lei"]
    row, found = rows.prepare(2, cells)
    assert row[layout.mapping["stage"]] == becomes and len(found) == errors
    [listed] = [value for value in rows.unmapped() if value.field == "stage"]
    assert (listed.value, listed.rows, listed.first_row, listed.outcome) == (
        "Someday", 1, 2, policy)  # fmt: skip


def test_a_date_the_format_does_not_fit_is_left_to_the_usual_parser() -> None:
    layout, rows = _rows(SALESFORCE_OPPORTUNITIES)
    row, _errors = rows.prepare(2, ["A", "Acme", "1", "2026-09-15", "Closed Won", "x", "L"])
    assert row[layout.mapping["closed_on"]] == "2026-09-15"


def test_best_match_prefers_the_users_copy_and_needs_every_mapped_header() -> None:
    copy = SALESFORCE_OPPORTUNITIES.renamed("ours")
    assert best_match([SALESFORCE_OPPORTUNITIES, copy, HUBSPOT_DEALS], HEADERS) == copy
    assert best_match(list(BUILT_IN_PROFILES), HEADERS[:-1]) is None
    assert best_match(list(BUILT_IN_PROFILES), [h.upper() + " " for h in HEADERS]) is not None


def test_a_missing_mapped_header_names_the_column_and_the_profile() -> None:
    with pytest.raises(ValidationError) as caught:
        ProfileLayout(SALESFORCE_OPPORTUNITIES, IMPORT_KINDS["deals"], HEADERS[1:], "f.csv")
    assert "'Opportunity Name'" in str(caught.value)
    assert "'Salesforce opportunities report'" in str(caught.value)


def test_a_wizard_mapping_keeps_the_profiles_ignored_headers() -> None:
    mapped = profile_from_mapping(HUBSPOT_DEALS, ["Record ID", "Deal Stage"], {"code": 0,
                                  "stage": 1, "status": 1})  # fmt: skip
    assert mapped.columns[:2] == (
        ColumnRule("Record ID", ("code",)),
        ColumnRule("Deal Stage", ("stage", "status")),
    )
    assert {rule.header for rule in mapped.columns if rule.ignored} == {"Deal Name", "Pipeline"}
