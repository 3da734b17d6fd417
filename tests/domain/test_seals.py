"""Seals and anchors in the pure domain: canonical content, digests, differences named by
path, a state set back, and the witness comparisons."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from kpm_desktop.domain.audit import AuditEntry, canonical_json
from kpm_desktop.domain.seals import (
    Seal,
    SealKind,
    differences,
    plain,
    seal_digest,
    seal_of,
    seal_payload,
    seal_problems,
    template_content,
    user_content,
)
from kpm_desktop.domain.witness import Anchor, anchor_problems, witness_key

USER = {"username": "viewer", "role": "viewer", "active": True, "password_hash": "$argon2$x",
        "staff_id": None, "last_login_at": datetime(2026, 10, 1)}  # fmt: skip


def _seal(kind: SealKind, content: dict[str, object]) -> Seal:
    return Seal(kind, 7, "label", seal_digest(kind, 7, content), content, 42)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(Decimal("87.0100"), "87.01"), (Decimal("100"), "100"), (Decimal("1E+2"), "100"),
     (Decimal("0.0000"), "0"), (Decimal("-0"), "0"), (date(2026, 10, 1), "2026-10-01"),
     (datetime(2026, 10, 1, 8, 30), "2026-10-01T08:30:00.000000"), (None, None), (True, True)],
)  # fmt: skip
def test_plain_values_do_not_depend_on_the_column_scale(value: object, expected: object) -> None:
    assert plain(value) == expected


def test_user_content_leaves_sign_in_bookkeeping_out() -> None:
    assert set(user_content(USER)) == {"username", "role", "active", "password_hash", "staff_id"}


def test_the_digest_is_deterministic_and_covers_kind_and_id() -> None:
    content = user_content(USER)
    assert seal_digest(SealKind.USER, 7, content) == seal_digest(SealKind.USER, 7, dict(content))
    assert seal_digest(SealKind.USER, 7, content) != seal_digest(SealKind.USER, 8, content)


def test_differences_are_named_by_path() -> None:
    body = '{"categories": [{"indicators": [{"weight": 60}, {"weight": 40}]}]}'
    sealed = template_content({"name": "T", "version": 1, "department": "", "status": "active",
                               "body": body})  # fmt: skip
    changed = template_content({**sealed, "body": body.replace("60", "70")})
    (found,) = differences(sealed, changed)
    assert (found.path, found.sealed, found.current) == (
        "body.categories[0].indicators[0].weight",
        60,
        70,
    )


def test_a_matching_record_has_no_problem_and_a_changed_one_names_field_and_values() -> None:
    content = user_content(USER)
    seal = _seal(SealKind.USER, content)
    assert seal_problems(seal, content) == []
    (problem,) = seal_problems(seal, {**content, "role": "hr_admin"})
    assert str(problem) == (
        'user 7 (label): role differs from its seal: sealed "viewer", now "hr_admin"'
    )


def test_a_missing_record_and_a_state_set_back_are_reported() -> None:
    seal = _seal(SealKind.APPRAISAL, {"state": "finalized", "total": "97"})
    (missing,) = seal_problems(seal, None)
    assert "the sealed record is missing (sealed in audit entry 42)" in str(missing)
    problems = [str(p) for p in seal_problems(seal, {"state": "draft", "total": "97"})]
    assert "state went backwards: sealed finalized, now draft" in problems[0]
    assert len(problems) == 2  # and the field difference itself


def test_a_seal_reads_back_from_its_audit_entry() -> None:
    content = user_content(USER)
    payload = seal_payload(SealKind.USER, 7, "viewer", content)
    entry = AuditEntry(42, datetime(2026, 10, 1), 1, "admin", "user", "7", "seal", None,
                       canonical_json(payload), "0" * 64, "1" * 64)  # fmt: skip
    seal = seal_of(entry)
    assert seal is not None and seal.content == content and seal.entry_id == 42
    assert seal_of(replace(entry, action="create")) is None


def test_an_anchor_round_trips_and_finds_truncation_and_rewriting() -> None:
    anchor = Anchor("abc", "/data/kpm.sqlite3", 10, "a" * 64, datetime(2026, 10, 1, 8, 0))
    assert Anchor.from_json(anchor.to_json()) == anchor
    assert anchor_problems(anchor, 12, "a" * 64) == []
    (shorter,) = anchor_problems(anchor, 7, None)
    assert "ends at entry 7, but entry 10 was witnessed" in str(shorter)
    (rewritten,) = anchor_problems(anchor, 10, "b" * 64)
    assert "the log was rewritten" in str(rewritten)
    assert witness_key("abc", "/x") != witness_key("abc", "/y")
    with pytest.raises(ValueError, match="anchor"):
        Anchor.from_json('{"format": "something else"}')
