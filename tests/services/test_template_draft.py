"""The editor's mutable draft: an exact round trip, free codes, problems by field."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.builtin_templates import builtin_templates, supervisor_template
from kpm_desktop.domain.rubric_methods import LevelsMethod
from kpm_desktop.services.templates.template_draft import (
    DraftIndicator,
    TemplateDraft,
    default_levels_method,
    field_problems,
)


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.name)
def test_a_draft_gives_back_the_template_it_was_made_from(template) -> None:
    assert TemplateDraft.from_template(template).to_template() == template


def test_nodes_compare_by_identity_and_are_found_after_moves() -> None:
    draft = TemplateDraft.from_template(supervisor_template())
    first, second = draft.categories[0].indicators[:2]
    assert first != first.copy() and first.copy().to_indicator() == first.to_indicator()
    draft.categories[0].indicators.reverse()
    assert draft.locate(first) == (0, 3) and draft.locate(second) == (0, 2)
    with pytest.raises(LookupError):
        draft.locate(first.copy())


def test_next_code_is_the_first_free_one_and_weight_totals_add_up() -> None:
    draft = TemplateDraft.from_template(supervisor_template())
    assert draft.next_code("A") == "A5" and draft.next_code("B") == "B1"
    assert draft.weight_total() == Decimal(100)
    del draft.categories[0].indicators[1]
    assert draft.next_code("A") == "A2" and draft.weight_total() == Decimal(70)


def test_problems_are_sorted_by_the_field_they_belong_to() -> None:
    draft = TemplateDraft.from_template(supervisor_template())
    a1, a2 = draft.categories[0].indicators[:2]
    a2.code, a2.name, a2.weight = "A1", "", Decimal("-1")
    a2.method = LevelsMethod(Decimal(100), ())
    problems = {
        field: [str(m) for m in messages] for field, messages in field_problems(draft, a2).items()
    }
    assert problems["code"] == ["code A1 is used 2 times"]
    assert problems["name"] == ["has no name"]
    assert problems["weight"] == ["weight -1 must be above 0"]
    assert problems["method"] == ["needs at least one level"]
    assert [str(m) for m in field_problems(draft, a1)["code"]] == ["code A1 is used 2 times"]


def test_a_new_indicator_starts_with_the_sheets_four_levels() -> None:
    method = default_levels_method()
    assert [(lv.name, lv.lo, lv.hi) for lv in method.levels] == [
        ("优", 90, 100),
        ("良", 75, 89),
        ("中", 60, 74),
        ("差", 0, 59),
    ]
    fresh = DraftIndicator("A1", "x", Decimal(10), method)
    assert not any(field_problems(TemplateDraft("t", []), fresh).values())
