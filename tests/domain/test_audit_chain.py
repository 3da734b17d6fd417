"""The hash chain on plain entries: canonical form, a hand-checked hash, every kind of break."""

import dataclasses
import hashlib
from datetime import date, datetime
from decimal import Decimal

from kpm_desktop.domain.access import Role
from kpm_desktop.domain.audit import (
    GENESIS_HASH,
    AuditEntry,
    canonical_json,
    entry_hash,
    expected_hash,
    verify_chain,
)
from kpm_desktop.domain.audit_diff import ChangeKind, field_changes

T0 = datetime(2026, 10, 1, 8, 30, 0, 123456)


def chain(count: int) -> list[AuditEntry]:
    entries, prev = [], GENESIS_HASH
    for i in range(1, count + 1):
        fields = {
            "entry_id": i,
            "occurred_at": T0,
            "user_id": 1,
            "username": "admin",
            "entity_type": "appraisal",
            "entity_id": str(i),
            "action": "score",
            "before": None,
            "after": canonical_json({"total": Decimal("88.50"), "grade": "良"}),
            "prev_hash": prev,
        }
        digest = entry_hash(**fields)
        entries.append(
            AuditEntry(
                i, T0, 1, "admin", "appraisal", str(i), "score", None, fields["after"], prev, digest
            )
        )
        prev = digest
    return entries


def test_canonical_json_is_sorted_compact_and_keeps_chinese() -> None:
    value = {"b": Decimal("1.10"), "a": "良好", "d": date(2026, 9, 30), "r": Role.VIEWER}
    assert canonical_json(value) == '{"a":"良好","b":"1.10","d":"2026-09-30","r":"viewer"}'


def test_entry_hash_is_sha256_of_the_documented_array() -> None:
    text = (
        '["kpm-audit-1",1,"2026-10-01T08:30:00.123456",null,"system","user","7","create",'
        'null,"{\\"role\\":\\"viewer\\"}","' + GENESIS_HASH + '"]'
    )
    digest = entry_hash(
        entry_id=1,
        occurred_at=T0,
        user_id=None,
        username="system",
        entity_type="user",
        entity_id="7",
        action="create",
        before=None,
        after='{"role":"viewer"}',
        prev_hash=GENESIS_HASH,
    )
    assert digest == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_sound_chain_and_an_empty_one_verify() -> None:
    entries = chain(5)
    assert verify_chain(entries, (5, entries[-1].hash)) == (5, None)
    assert verify_chain([], None) == (0, None)
    assert verify_chain([], (0, GENESIS_HASH)) == (0, None)


def test_a_changed_field_breaks_the_chain_at_that_entry() -> None:
    entries = chain(5)
    entries[2] = dataclasses.replace(entries[2], after=entries[2].after.replace("88", "98"))
    _, broken = verify_chain(entries, (5, entries[-1].hash))
    assert (
        broken is not None and broken.entry_id == 3 and "a field was changed" in str(broken.reason)
    )


def test_a_deleted_entry_is_named() -> None:
    entries = chain(5)
    del entries[1]
    _, broken = verify_chain(entries, (5, entries[-1].hash))
    assert broken is not None and broken.entry_id == 3 and "jump from 1 to 3" in str(broken.reason)


def test_a_recomputed_entry_still_breaks_the_next_link() -> None:
    entries = chain(4)
    forged = dataclasses.replace(entries[1], username="mallory")
    entries[1] = dataclasses.replace(forged, hash=expected_hash(forged))
    _, broken = verify_chain(entries, (4, entries[-1].hash))
    assert broken is not None and broken.entry_id == 3 and "prev_hash" in str(broken.reason)


def test_entries_removed_from_the_end_are_caught_by_the_head() -> None:
    entries = chain(4)
    count, broken = verify_chain(entries[:3], (4, entries[-1].hash))
    assert count == 3 and broken is not None and broken.entry_id == 4
    assert "log ends at entry 3" in str(broken.reason)


def test_field_changes_for_the_detail_pane() -> None:
    changes = field_changes('{"a":1,"b":"x","c":true}', '{"a":2,"b":"x","d":null}')
    assert [(c.name, c.kind, c.before, c.after) for c in changes] == [
        ("a", ChangeKind.CHANGED, "1", "2"),
        ("b", ChangeKind.UNCHANGED, "x", "x"),
        ("c", ChangeKind.REMOVED, "true", ""),
        ("d", ChangeKind.ADDED, "", "null"),
    ]
    assert [c.kind for c in field_changes(None, '{"a":1}')] == [ChangeKind.ADDED]
