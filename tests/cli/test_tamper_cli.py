"""`kpm verify` on a tampered database: one line per problem naming the record, the field
and both values, a summary, and exit 1; exit 0 with a note when only the witness is new."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kpm_desktop.cli import main
from tests.tamper_world import TamperedWorld


def _verify(world: TamperedWorld, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["--db", world.database.url, "verify"])
    return code, capsys.readouterr().out.splitlines()


def test_a_clean_database_exits_0_with_a_summary(tampered_world, capsys) -> None:
    code, lines = _verify(tampered_world, capsys)
    assert code == 0
    assert lines[-1].startswith("All clean: ") and "matches its witness" in lines[-1]


def test_a_changed_total_is_named_with_both_values(tampered_world, capsys) -> None:
    with tampered_world.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE appraisals SET total = 61.5, grade = '合格' WHERE id = :id"),
            {"id": tampered_world.appraisal_id},
        )
    code, lines = _verify(tampered_world, capsys)
    assert code == 1
    problems = [line for line in lines if line.startswith("PROBLEM: ")]
    assert len(problems) == 2 and lines[-1].startswith("2 problem(s) found")
    assert problems[1].startswith(f"PROBLEM: appraisal {tampered_world.appraisal_id} (2026Q3 ")
    assert problems[1].endswith('total differs from its seal: sealed "97", now "61.5"')


def test_a_wiped_log_fails_against_the_witness(tampered_world, capsys) -> None:
    with tampered_world.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log"))
        connection.execute(text("UPDATE audit_head SET last_entry_id = 0, last_hash = :h"),
                           {"h": "0" * 64})  # fmt: skip
    code, lines = _verify(tampered_world, capsys)
    assert code == 1
    assert any("The audit log ends at entry 0, but entry" in line for line in lines)


def test_without_a_witness_the_first_check_notes_it_and_passes(
    tampered_world, capsys, private_data_folder
) -> None:
    for witness in private_data_folder.glob("kpm-desktop/witnesses/*.json"):
        witness.unlink()
    code, lines = _verify(tampered_world, capsys)
    assert code == 0
    assert lines[0].startswith("note: No witness for this database yet (first check)")
