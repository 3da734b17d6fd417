"""`kpm verify` finds a byte changed in the audit log and names the entry."""

import sqlite3
from pathlib import Path

import pytest

from kpm_desktop.cli import main
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit

# The log is tampered with through sqlite3 and the file's bytes.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def audited_db(database: Database) -> Path:
    """Seven chained entries: the admin's creation and its seal, then five template changes."""
    auth, _ = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    audit = AuditTrail(database)
    for n in range(5):
        with database.unit_of_work() as uow:
            audit.record(
                uow, admin, "template", "销售代表", "update", {"weight": n}, {"weight": n + 1}
            )
            uow.commit()
    path = database.file_path
    assert path is not None
    database.dispose()
    return path


def _tamper(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)


def _verify(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(path), "verify"])
    return code, capsys.readouterr().out


def test_a_sound_log_verifies(audited_db: Path, capsys) -> None:
    code, out = _verify(audited_db, capsys)
    assert code == 0
    assert "note: No witness for this database yet (first check)" in out
    # The admin's creation, its seal and the five changes; the witness is written now.
    assert out.endswith("All clean: 7 audit entries, 1 seals checked, the chain matches its "
                        "witness (entry 7)\n")  # fmt: skip
    assert _verify(audited_db, capsys) == (
        0,
        "All clean: 7 audit entries, 1 seals checked, the chain matches its witness (entry 7)\n",
    )


@pytest.mark.parametrize(
    ("statements", "entry", "reason"),
    [
        (["UPDATE audit_log SET after = '{\"weight\":9}' WHERE id = 3"], 3, "a field was changed"),
        (["UPDATE audit_log SET before = NULL WHERE id = 4"], 4, "a field was changed"),
        (
            [
                "UPDATE audit_log SET hash = CASE WHEN hash LIKE '0%' THEN '1' ELSE '0' END"
                " || substr(hash, 2) WHERE id = 2"
            ],
            2,
            "a field was changed",
        ),
        (["DELETE FROM audit_log WHERE id = 4"], 5, "jump from 3 to 5"),
        (["DELETE FROM audit_log WHERE id = 7"], 7, "log ends at entry 6"),
        (
            [
                "UPDATE audit_log SET id = 100 WHERE id = 2",
                "UPDATE audit_log SET id = 2 WHERE id = 3",
                "UPDATE audit_log SET id = 3 WHERE id = 100",
            ],
            2,
            "",
        ),
    ],
    ids=["after-text", "before-text", "hash", "deleted-row", "deleted-last-row", "reordered-ids"],
)
def test_tampering_is_found_and_named(
    audited_db: Path, capsys, statements: list[str], entry: int, reason: str
) -> None:
    _tamper(audited_db, *statements)
    code, out = _verify(audited_db, capsys)
    assert code == 1
    assert f"Audit chain broken at entry {entry}" in out and reason in out


def test_the_broken_entry_is_described(audited_db: Path, capsys) -> None:
    _tamper(audited_db, "UPDATE audit_log SET username = 'mallory' WHERE id = 3")
    code, out = _verify(audited_db, capsys)
    assert code == 1
    assert "entry 3 (" in out and "template 销售代表, update, by mallory" in out


def _flip_first_byte_of(path: Path, text: bytes) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    where = data.find(text)
    assert where > 0
    data[where + 1] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_byte_flipped_in_the_file_breaks_the_chain(audited_db: Path, capsys) -> None:
    _flip_first_byte_of(audited_db, b'{"weight":3}')
    code, out = _verify(audited_db, capsys)
    assert code == 1 and "Database integrity check failed" not in out
    assert "Audit chain broken at entry" in out and "a field was changed" in out


def test_a_byte_flipped_in_an_indexed_column_fails_the_integrity_check(
    audited_db: Path, capsys
) -> None:
    _flip_first_byte_of(audited_db, "销售代表".encode())
    code, out = _verify(audited_db, capsys)
    assert code == 1 and "Database integrity check failed" in out
    assert "Audit chain broken at entry" in out
