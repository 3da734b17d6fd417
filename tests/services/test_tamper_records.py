"""The tamper suite: direct SQL edits of sealed records and of the audit log, each made on
a database with a real finalized appraisal, and each found by the integrity check behind
`kpm verify`. Every edit is one parametrized case named after it, so
`pytest -v tests/services/test_tamper_records.py` reads as detected/attempted per kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import Connection, text

from kpm_desktop.domain.audit import GENESIS_HASH, AuditEntry, expected_hash
from kpm_desktop.domain.errors import LockedError
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.services.audit_trail.integrity import IntegrityReport
from tests.tamper_world import TamperedWorld

Edit = Callable[[Connection, TamperedWorld], None]


def _sql(statement: str, **params: object) -> Edit:
    def edit(connection: Connection, _world: TamperedWorld) -> None:
        connection.execute(text(statement), params)

    return edit


def _per_appraisal(statement: str) -> Edit:
    def edit(connection: Connection, world: TamperedWorld) -> None:
        connection.execute(text(statement), {"id": world.appraisal_id})

    return edit


def _delete_appraisal(connection: Connection, world: TamperedWorld) -> None:
    for table in ("appraisal_result_lines", "appraisal_ratings", "appraisal_kpi_snapshots"):
        connection.execute(
            text(f"DELETE FROM {table} WHERE appraisal_id = :id"), {"id": world.appraisal_id}
        )
    connection.execute(
        text("DELETE FROM appraisal_raters WHERE appraisal_id = :id"), {"id": world.appraisal_id}
    )
    connection.execute(text("DELETE FROM appraisals WHERE id = :id"), {"id": world.appraisal_id})


def _edit_template_body(change: Callable[[dict], None]) -> Edit:  # type: ignore[type-arg]
    def edit(connection: Connection, world: TamperedWorld) -> None:
        body = connection.scalar(
            text("SELECT body FROM rubric_templates WHERE id = :id"), {"id": world.template_id}
        )
        document = json.loads(body)
        change(document)
        connection.execute(
            text("UPDATE rubric_templates SET body = :body WHERE id = :id"),
            {"body": json.dumps(document, ensure_ascii=False, indent=2), "id": world.template_id},
        )

    return edit


def _shift_weights(document: dict) -> None:  # type: ignore[type-arg]
    first, second = document["categories"][0]["indicators"][:2]
    first["weight"], second["weight"] = 70, 30


def _reword_a_level(document: dict) -> None:  # type: ignore[type-arg]
    levels = document["categories"][0]["indicators"][0]["method"]["levels"]
    levels[3]["descriptor"] = "偶尔遗漏"


DATA_EDITS: dict[str, tuple[Edit, list[str]]] = {
    "total-and-grade": (
        _per_appraisal("UPDATE appraisals SET total = 61.5, grade = '合格' WHERE id = :id"),
        [
            'total differs from its seal: sealed "97", now "61.5"',
            'grade differs from its seal: sealed "优秀", now "合格"',
        ],
    ),
    "rating-score": (
        _per_appraisal(
            "UPDATE appraisal_ratings SET score = 99 WHERE appraisal_id = :id "
            "AND indicator_code = 'S1'"
        ),
        ["ratings.superior.S1.score differs from its seal", 'sealed "95", now "99"'],
    ),
    "finalized-back-to-draft": (
        _per_appraisal("UPDATE appraisals SET state = 'draft' WHERE id = :id"),
        ["state went backwards: sealed finalized, now draft"],
    ),
    "finalized-deleted": (_delete_appraisal, ["the sealed record is missing"]),
    "viewer-made-hr-admin": (
        _sql("UPDATE users SET role = 'hr_admin' WHERE username = 'viewer'"),
        ["user", "(viewer)", 'role differs from its seal: sealed "viewer", now "hr_admin"'],
    ),
    "password-hash-copied": (
        _sql(
            "UPDATE users SET password_hash = "
            "(SELECT password_hash FROM users WHERE username = 'admin') WHERE username = 'viewer'"
        ),
        ["(viewer): password_hash differs from its seal"],
    ),
    "active-template-weights": (
        _edit_template_body(_shift_weights),
        ["body.categories[0].indicators[0].weight differs from its seal: sealed 60, now 70"],
    ),
    "cycle-reopened": (
        _sql("UPDATE appraisal_cycles SET status = 'open', closed_at = NULL"),
        ["cycle", "status went backwards: sealed closed, now open"],
    ),
    "level-descriptor-reworded": (
        _edit_template_body(_reword_a_level),
        ["indicators[0].method.levels[3].descriptor differs from its seal"],
    ),
}


def _entries(connection: Connection) -> list[AuditEntry]:
    rows = connection.execute(text("SELECT * FROM audit_log ORDER BY id")).all()
    return [
        AuditEntry(
            r.id,
            r.occurred_at
            if isinstance(r.occurred_at, datetime)
            else datetime.fromisoformat(r.occurred_at),
            r.user_id,
            r.username,
            r.entity_type,
            r.entity_id,
            r.action,
            r.before,
            r.after,
            r.prev_hash,
            r.hash,
        )
        for r in rows
    ]


def _rechain(connection: Connection) -> None:
    """What a careful forger does after an edit: recompute every hash and the head, so the
    chain verifies on its own. Only the witness outside the database can tell."""
    previous = GENESIS_HASH
    last = 0
    for entry in _entries(connection):
        digest = expected_hash(replace(entry, prev_hash=previous))
        connection.execute(
            text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :id"),
            {"p": previous, "h": digest, "id": entry.id},
        )
        previous, last = digest, entry.id
    connection.execute(
        text("UPDATE audit_head SET last_entry_id = :id, last_hash = :h"),
        {"id": last, "h": previous},
    )


def _forge_a_middle_entry(connection: Connection, _world: TamperedWorld) -> None:
    """Make room after entry 5, insert a forged entry 6 and rechain everything."""
    top = connection.scalar(text("SELECT max(id) FROM audit_log"))
    for entry_id in range(top, 5, -1):
        connection.execute(
            text("UPDATE audit_log SET id = :new WHERE id = :old"),
            {"new": entry_id + 1, "old": entry_id},
        )
    connection.execute(
        text(
            "INSERT INTO audit_log (id, occurred_at, user_id, username, entity_type, entity_id, "
            "action, before, after, prev_hash, hash) VALUES (6, :t, NULL, 'system', 'user', "
            "'99', 'create', NULL, '{\"role\":\"hr_admin\"}', '', '')"
        ),
        {"t": datetime(2026, 10, 1, 8, 0)},
    )
    _rechain(connection)


def _truncate(connection: Connection, _world: TamperedWorld) -> None:
    top = connection.scalar(text("SELECT max(id) FROM audit_log"))
    connection.execute(text("DELETE FROM audit_log WHERE id > :keep"), {"keep": top - 3})
    last = connection.execute(
        text("SELECT id, hash FROM audit_log WHERE id = :keep"), {"keep": top - 3}
    ).one()
    connection.execute(
        text("UPDATE audit_head SET last_entry_id = :id, last_hash = :h"),
        {"id": last.id, "h": last.hash},
    )


def _wipe(connection: Connection, _world: TamperedWorld) -> None:
    connection.execute(text("DELETE FROM audit_log"))
    connection.execute(
        text("UPDATE audit_head SET last_entry_id = 0, last_hash = :h"), {"h": GENESIS_HASH}
    )


def _then_rechained(edit: Edit) -> Edit:
    def both(connection: Connection, world: TamperedWorld) -> None:
        edit(connection, world)
        _rechain(connection)

    return both


def _swap_ids(connection: Connection, _world: TamperedWorld) -> None:
    for old, new in ((4, 1_000_000), (5, 4), (1_000_000, 5)):
        connection.execute(
            text("UPDATE audit_log SET id = :new WHERE id = :old"), {"new": new, "old": old}
        )


LOG_EDITS: dict[str, tuple[Edit, str]] = {
    "entry-payload": (
        _sql("UPDATE audit_log SET after = '{\"total\":\"99.99\"}' WHERE action = 'finalize'"),
        "Audit chain broken",
    ),
    "entry-actor": (
        _sql("UPDATE audit_log SET username = 'mallory' WHERE id = 3"),
        "Audit chain broken at entry 3",
    ),
    "entry-timestamp": (
        _sql("UPDATE audit_log SET occurred_at = :t WHERE id = 4", t=datetime(2020, 1, 1)),
        "Audit chain broken at entry 4",
    ),
    "middle-row-deleted": (
        _sql("DELETE FROM audit_log WHERE id = 6"),
        "entry ids jump from 5 to 7",
    ),
    "rows-reordered": (_swap_ids, "Audit chain broken at entry 4"),
    "forged-row-inserted-and-rechained": (_forge_a_middle_entry, "the log was rewritten"),
    "head-changed": (
        _sql("UPDATE audit_head SET last_hash = :h", h="f" * 64),
        "the chain head names entry",
    ),
    "payload-changed-and-rechained": (
        _then_rechained(_sql("UPDATE audit_log SET username = 'mallory' WHERE id = 3")),
        "the log was rewritten",
    ),
    "truncated-head-repointed": (_truncate, "entries were removed (log truncated or wiped)"),
    "wiped-head-zeroed": (_wipe, "The audit log ends at entry 0"),
}


def _run(world: TamperedWorld) -> IntegrityReport:
    return world.services.integrity.run()


def _lines(report: IntegrityReport) -> str:
    return "\n".join(str(problem) for problem in report.problems)


def test_the_untouched_database_is_clean(tampered_world: TamperedWorld) -> None:
    report = _run(tampered_world)
    assert report.ok, _lines(report)
    assert report.seals_checked >= 9 and report.witnessed_entry is not None


@pytest.mark.parametrize("edit_name", sorted(DATA_EDITS))
def test_each_data_edit_is_detected(tampered_world: TamperedWorld, edit_name: str) -> None:
    edit, expected = DATA_EDITS[edit_name]
    with tampered_world.database.engine.begin() as connection:
        edit(connection, tampered_world)
    report = _run(tampered_world)
    found = _lines(report)
    assert not report.ok
    assert all(part in found for part in expected), found


@pytest.mark.parametrize("edit_name", sorted(LOG_EDITS))
def test_each_audit_log_edit_is_detected(tampered_world: TamperedWorld, edit_name: str) -> None:
    edit, expected = LOG_EDITS[edit_name]
    with tampered_world.database.engine.begin() as connection:
        edit(connection, tampered_world)
    report = _run(tampered_world)
    assert not report.ok and expected in _lines(report), _lines(report)


def test_a_finalized_appraisal_set_back_to_draft_is_not_rated_again(
    tampered_world: TamperedWorld,
) -> None:
    world = tampered_world
    with world.database.engine.begin() as connection:
        DATA_EDITS["finalized-back-to-draft"][0](connection, world)
    appraisals = world.services.appraisals
    entries = {"S1": RatingEntry(IndicatorRating(level="差", score=Decimal("10")))}
    with pytest.raises(LockedError, match=r"was sealed as finalized .* now reads draft"):
        appraisals.save_ratings(world.admin, world.appraisal_id, RaterRole.SUPERIOR, entries, None)
    with pytest.raises(LockedError, match="sealed as finalized"):
        appraisals.submit(world.admin, world.appraisal_id, RaterRole.SUPERIOR)


def test_a_cycle_reopened_by_hand_gets_no_new_appraisals(tampered_world: TamperedWorld) -> None:
    world = tampered_world
    with world.database.engine.begin() as connection:
        DATA_EDITS["cycle-reopened"][0](connection, world)
    with pytest.raises(LockedError, match="sealed as closed"):
        world.services.cycles.bulk_create(world.admin, world.period)
