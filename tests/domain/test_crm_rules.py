"""Record rules of the CRM definitions, and the loop search behind supervisors and parents."""

from datetime import date

from kpm_desktop.domain.crm_rules import cycle_from
from kpm_desktop.domain.crm_tables import DEALS


def test_a_loop_is_found_through_any_number_of_steps() -> None:
    parents = {"A": "B", "B": "C", "C": "A", "X": "Y", "Y": "X", "Z": "X"}
    assert cycle_from("A", "B", parents.get) == ["A", "B", "C", "A"]
    assert cycle_from("A", "A", parents.get) == ["A", "A"]
    assert cycle_from("Z", "X", parents.get) == []  # the loop above X is not Z's
    assert cycle_from("D", "E", {"E": "F"}.get) == []


def test_the_deal_rules_name_the_field_at_fault() -> None:
    open_deal = {"status": "open", "created_on": date(2026, 7, 1), "first_contact_on": None}
    assert DEALS.problems({**open_deal, "closed_on": None}) == []
    problems = DEALS.problems(
        {**open_deal, "status": "won", "closed_on": date(2026, 6, 1),
         "first_contact_on": date(2026, 7, 2)}
    )  # fmt: skip
    assert [(field, str(reason)) for field, reason in problems] == [
        ("first_contact_on", "after Created on 2026-07-01"),
        ("closed_on", "before Created on 2026-07-01"),
    ]
    rules = DEALS.rules_for({"code", "status", "created_on"})  # a file without 成交日期
    assert [str(r) for _f, r in DEALS.problems({**open_deal, "status": "lost"}, rules)] == [
        "required when Status is lost"
    ]
