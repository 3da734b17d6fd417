"""Separation of duties (a cycle setting, on by default) and the employee's agreement on
acknowledging: refused in the service, reflected in the available actions, audited, sealed."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.appraisals.appraisal_views import Acknowledgement
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World


def _separation(world: World, on: bool) -> None:
    with world.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE appraisal_cycles SET separation_of_duties = :on WHERE period = :p"),
            {"on": on, "p": PERIOD},
        )


def test_the_superiors_rater_may_neither_review_nor_finalize(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    appraisals = world.services.appraisals
    assert world.services.cycles.list_cycles(world.admin)[0].separation_of_duties
    assert Action.REVIEW not in appraisals.available_actions(world.head, appraisal_id)
    assert appraisals.form(world.head, appraisal_id).separated_actions == {Action.REVIEW}
    with pytest.raises(PermissionDeniedError, match="Separation of duties: you scored"):
        appraisals.review(world.head, appraisal_id)
    assert Action.REVIEW in appraisals.available_actions(world.admin, appraisal_id)
    appraisals.review(world.admin, appraisal_id)
    with pytest.raises(PermissionDeniedError, match="someone else must finalize"):
        appraisals.finalize(world.head, appraisal_id)
    assert appraisals.form(world.admin, appraisal_id).separated_actions == frozenset()


def test_without_separation_the_superiors_rater_reviews_and_finalizes(world: World):
    _separation(world, False)
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    appraisals = world.services.appraisals
    assert Action.REVIEW in appraisals.available_actions(world.head, appraisal_id)
    appraisals.review(world.head, appraisal_id)
    assert appraisals.finalize(world.head, appraisal_id).state is AppraisalState.FINALIZED


def test_cycle_creation_records_the_setting(world: World):
    template = world.supervisor_template_id
    cycle = world.services.cycles.create_cycle(
        world.admin, "2026Q4", [TemplateChoice(template)], separation_of_duties=False
    )
    assert not cycle.separation_of_duties
    with world.database.engine.connect() as connection:
        after = connection.scalar(
            text("SELECT after FROM audit_log WHERE entity_type = 'cycle' AND entity_id = '2026Q4'")
        )
    assert json.loads(after)["separation_of_duties"] is False


def _acknowledged(world: World, said: Acknowledgement | None) -> int:
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    world.services.appraisals.acknowledge(
        world.employee, appraisal_id, date(2026, 10, 12), said=said
    )
    return appraisal_id


def test_a_disagreement_is_stored_audited_sealed_and_flagged(world: World):
    said = Acknowledgement(False, "A3 的评分没有考虑系统上线延期的客观原因")
    appraisal_id = _acknowledged(world, said)
    appraisals = world.services.appraisals
    assert appraisals.form(world.employee, appraisal_id).acknowledgement == said
    listed = [a for a in appraisals.list(world.admin, period=PERIOD) if a.id == appraisal_id]
    assert listed[0].disagreed
    with world.database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT action, after FROM audit_log WHERE entity_type = 'appraisal' "
                "AND entity_id = :id ORDER BY id DESC"
            ),
            {"id": str(appraisal_id)},
        ).all()
    seal, entry = json.loads(rows[0].after), json.loads(rows[1].after)
    assert (rows[1].action, entry["acknowledgement"], entry["comment"]) == (
        "acknowledge", "disagree", said.comment,
    )  # fmt: skip
    assert seal["content"]["acknowledgement"] == "disagree"
    assert seal["content"]["acknowledgement_comment"] == said.comment
    assert world.services.integrity.run().ok


def test_a_changed_disagreement_breaks_the_seal(world: World):
    appraisal_id = _acknowledged(world, Acknowledgement(False, "不同意"))
    with world.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE appraisals SET acknowledgement = 'agree' WHERE id = :id"),
            {"id": appraisal_id},
        )
    problems = "\n".join(str(p) for p in world.services.integrity.run().problems)
    assert "acknowledgement differs from its seal" in problems


def test_an_acknowledgement_without_a_stance_seals_as_before(world: World):
    """Seals made before agree / disagree existed hold neither field; they still verify."""
    appraisal_id = _acknowledged(world, None)
    appraisals = world.services.appraisals
    assert appraisals.form(world.employee, appraisal_id).acknowledgement is None
    with world.database.engine.connect() as connection:
        sealed = connection.scalar(
            text(
                "SELECT after FROM audit_log WHERE entity_type = 'appraisal' AND action = 'seal' "
                "AND entity_id = :id ORDER BY id DESC"
            ),
            {"id": str(appraisal_id)},
        )
    content = json.loads(sealed)["content"]
    assert "acknowledgement" not in content and "acknowledgement_comment" not in content
    assert world.services.integrity.run().ok
