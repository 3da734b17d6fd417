"""A sign-in `kpm pdf --appraisal` records with sqlite3 (services/admin/early_sign_in.
record_early_sign_in) writes what `AuthService.authenticate` writes from the command line,
row for row and in the same stored formats, and nothing at all unless the early check
matched and the account is still as the claim read it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from kpm_desktop.domain.access import Role
from kpm_desktop.domain.sign_in import SignInChannel
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
from kpm_desktop.services.admin.early_sign_in import (
    EarlyClaim,
    early_claim,
    record_early_sign_in,
)
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage import early_sign_in_record
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.early_sign_in_record import record_sign_in
from tests.access_helpers import ADMIN_PASSWORD, fast_hasher

# The claims' hashes have the app's parameters: one needing a rehash is never recorded here.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.strong_hashing]

WANG_PASSWORD = "wang-secret-1"
NOW = datetime(2026, 12, 7, 20, 41, 28, 291514)


@pytest.fixture
def path(database: Database, app_hashes: PasswordHasher) -> Path:
    auth = AuthService(database, AuditTrail(database), hasher=app_hashes)
    admin = auth.create_first_admin(ADMIN_PASSWORD, "hr")
    auth.create_user(admin, "wang", WANG_PASSWORD, Role.SUPERVISOR)
    assert database.file_path is not None
    database.dispose()
    return database.file_path


def _copy(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as connection:
        connection.execute(f"VACUUM INTO '{target}'")
    connection.close()
    with sqlite3.connect(target) as copy:
        copy.execute("PRAGMA journal_mode=WAL")
    copy.close()
    return target


def _contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        connection.close()


def _claim(path: Path, password: str = WANG_PASSWORD) -> tuple[EarlyClaim, EarlyPasswordCheck]:
    claim = early_claim(path, "wang")
    check = EarlyPasswordCheck.start(str(path), "wang", password)
    assert claim is not None and check is not None
    # Ended before the test writes: a reader of a WAL file meeting the recovery that the
    # first connection after all were closed runs may find it busy (the check then
    # decides nothing, and the sign-in is recorded the usual way).
    check.result_for(claim.password_hash, password)
    return claim, check


def test_the_rows_written_are_the_orms_row_for_row(path: Path, tmp_path: Path) -> None:
    through_orm, early = (
        _copy(path, tmp_path / "orm.sqlite3"),
        _copy(path, tmp_path / "early.sqlite3"),
    )
    before = _contents(through_orm)
    opened = open_database(through_orm)
    audit = AuditTrail(opened.database)
    sign_ins = SignInService(opened.database, audit, SignInChannel.CLI, clock=lambda: NOW)
    AuthService(opened.database, audit, clock=lambda: NOW, sign_ins=sign_ins).authenticate(
        "wang", WANG_PASSWORD
    )
    opened.database.dispose()
    claim = early_claim(early, "wang")
    assert claim is not None
    assert record_sign_in(early, claim.account, SignInChannel.CLI.value, lambda: NOW) is not None
    written = _contents(early)
    assert written == _contents(through_orm)
    changed = {t for t in written if written[t] != before[t]}
    assert changed == {"users", "sign_in_log"}  # no audit entry, seal or throttle row
    (row,) = [r for r in written["sign_in_log"] if r not in before["sign_in_log"]]
    assert row[1:] == ("2026-12-07 20:41:28.291514", "wang", "cli", "signed_in", 1)


def test_the_head_returned_is_the_chain_head(path: Path) -> None:
    claim, check = _claim(path)
    head = record_early_sign_in(path, claim, check, WANG_PASSWORD)
    with sqlite3.connect(path) as connection:
        stored = connection.execute("SELECT last_entry_id, last_hash FROM audit_head").fetchone()
    connection.close()
    assert head == tuple(stored)


def test_a_wrong_password_records_nothing(path: Path) -> None:
    before = _contents(path)
    claim, check = _claim(path, "not the password")
    assert record_early_sign_in(path, claim, check, "not the password") is None
    assert _contents(path) == before


def test_another_password_than_the_checked_one_records_nothing(path: Path) -> None:
    before = _contents(path)
    claim, check = _claim(path)
    assert record_early_sign_in(path, claim, check, WANG_PASSWORD + "!") is None
    assert _contents(path) == before


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE users SET active = 0 WHERE username = 'wang'",
        "UPDATE users SET role = 'viewer' WHERE username = 'wang'",
        "UPDATE users SET password_hash = 'other' WHERE username = 'wang'",
        "INSERT INTO sign_in_throttle (username, failures) VALUES ('wang', 1)",
        "UPDATE alembic_version SET version_num = '0001'",
    ],
    ids=["deactivated", "role", "password", "failure", "schema"],
)
def test_an_account_or_file_changed_since_the_claim_records_nothing(path: Path, change) -> None:
    claim, check = _claim(path)
    with sqlite3.connect(path) as connection:
        connection.execute(change)
    connection.close()
    before = _contents(path)
    assert record_early_sign_in(path, claim, check, WANG_PASSWORD) is None
    assert _contents(path) == before


def test_a_hash_needing_a_rehash_records_nothing(path: Path) -> None:
    """The usual path rehashes it and seals the account."""
    claim, check = _claim(path)
    cheap = replace(claim.account, password_hash=fast_hasher().hash(WANG_PASSWORD))
    before = _contents(path)
    assert record_early_sign_in(path, EarlyClaim(claim.actor, cheap), check, WANG_PASSWORD) is None
    assert _contents(path) == before


def test_a_busy_file_records_nothing(path: Path, monkeypatch) -> None:
    monkeypatch.setattr(early_sign_in_record, "_BUSY_TIMEOUT_S", 0.05)
    claim, check = _claim(path)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        assert record_early_sign_in(path, claim, check, WANG_PASSWORD) is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert record_early_sign_in(path, claim, check, WANG_PASSWORD) is not None


def test_a_file_gone_meanwhile_is_not_created(path: Path, tmp_path: Path) -> None:
    claim, _check = _claim(path)
    gone = tmp_path / "gone.sqlite3"
    assert record_sign_in(gone, claim.account, SignInChannel.CLI.value, lambda: NOW) is None
    assert not gone.exists()
