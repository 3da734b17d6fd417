"""The witness file and the backup sidecars: written after each committed append, private,
only ever moved forward along the same chain, reset by a restore; and the one-time sealing
of records that were there before seals."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kpm_desktop.domain.access import Role
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.witness import Anchor
from kpm_desktop.services.admin.backup import sidecar_of
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.services.audit_trail.audit import utc_now
from kpm_desktop.services.audit_trail.seals import adopt_existing_records, check_seals
from kpm_desktop.storage import user_repository
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD


@pytest.fixture
def services(database: Database, tmp_path: Path) -> AppServices:
    return build_services(database, backups_dir=tmp_path / "backups",
                          witnesses_dir=tmp_path / "witnesses")  # fmt: skip


def _head(database: Database) -> tuple[int, str]:
    with database.engine.connect() as connection:
        row = connection.execute(text("SELECT last_entry_id, last_hash FROM audit_head")).one()
    return row.last_entry_id, row.last_hash


def _witnessed(services: AppServices) -> Anchor:
    witness = services.audit.witness
    assert witness is not None
    path = witness.path()
    assert path is not None
    return Anchor.from_json(path.read_text(encoding="utf-8"))


def test_each_commit_moves_the_private_witness_to_the_chain_head(
    services: AppServices, database: Database
) -> None:
    admin = services.auth.create_first_admin(ADMIN_PASSWORD)
    services.auth.create_user(admin, "viewer", "viewer-pass-1", Role.VIEWER)
    anchor = _witnessed(services)
    assert (anchor.sequence, anchor.hash) == _head(database) and anchor.sequence == 4
    assert anchor.location == database.location
    witness = services.audit.witness
    assert witness is not None and witness.path() is not None
    path = witness.path()
    assert path is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial file left


def test_the_witness_stays_on_the_last_entry_it_saw_when_the_log_was_cut(
    services: AppServices, database: Database
) -> None:
    admin = services.auth.create_first_admin(ADMIN_PASSWORD)
    services.auth.create_user(admin, "viewer", "viewer-pass-1", Role.VIEWER)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE id > 2"))
        last = connection.execute(text("SELECT hash FROM audit_log WHERE id = 2")).scalar_one()
        connection.execute(text("UPDATE audit_head SET last_entry_id = 2, last_hash = :h"),
                           {"h": last})  # fmt: skip
    services.auth.create_user(admin, "other", "other-pass-1", Role.VIEWER)  # entries 3, 4 anew
    services.auth.create_user(admin, "third", "third-pass-1", Role.VIEWER)  # 5, 6
    assert _witnessed(services).sequence == 4  # not moved onto the rewritten chain
    report = services.integrity.run()
    assert not report.ok
    assert any("Audit entry 4 has hash" in str(p) for p in report.problems)


def test_a_backup_gets_a_sidecar_and_a_restore_resets_the_witness(
    services: AppServices, database: Database, tmp_path: Path
) -> None:
    if database.file_path is None:
        pytest.skip("backups from the app are for SQLite files")
    admin = services.auth.create_first_admin(ADMIN_PASSWORD)
    backup = services.backup.backup_to(tmp_path / "copy.sqlite3")
    sidecar = Anchor.from_json(sidecar_of(backup).read_text(encoding="utf-8"))
    assert (sidecar.sequence, sidecar.hash) == _head(database) == (2, sidecar.hash)
    assert stat.S_IMODE(sidecar_of(backup).stat().st_mode) == 0o600
    services.auth.create_user(admin, "viewer", "viewer-pass-1", Role.VIEWER)
    assert _witnessed(services).sequence == 4
    services.backup.restore_from(backup)
    assert _witnessed(services).sequence == 2
    assert services.integrity.run().ok


def test_records_from_before_seals_are_sealed_once_by_the_system(database: Database) -> None:
    with database.unit_of_work() as uow:
        user_repository.add_user(
            uow.session, username="old", display_name="", role="viewer", staff_id=None,
            password_hash="$argon2id$old", created_at=datetime(2025, 1, 1),
        )  # fmt: skip
        uow.session.execute(text("UPDATE database_identity SET seals_adopted = :no"),
                            {"no": False})  # fmt: skip
        uow.commit()
    assert check_seals(database).problems == []  # not adopted yet: nothing is demanded
    assert adopt_existing_records(database) == 1
    assert adopt_existing_records(database) == 0
    report = check_seals(database)
    assert report.problems == [] and report.seals_checked == 1
    with database.engine.connect() as connection:
        row = connection.execute(text("SELECT username, after FROM audit_log")).one()
    assert row.username == "system" and json.loads(row.after)["content"]["username"] == "old"


def test_a_row_written_behind_the_applications_back_has_no_seal(
    services: AppServices, database: Database
) -> None:
    services.auth.create_first_admin(ADMIN_PASSWORD)
    with database.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO users (username, display_name, role, password_hash, active, "
                 "created_at) VALUES ('ghost', '', 'hr_admin', 'x', :yes, :t)"),
            {"yes": True, "t": utc_now()},
        )  # fmt: skip
    (problem,) = services.integrity.run().problems
    assert "(ghost) is present but has no seal" in str(problem)


@pytest.mark.sqlite_only
def test_a_backup_cut_short_after_it_was_written_is_not_restored(
    services: AppServices, database: Database, tmp_path: Path
) -> None:
    admin = services.auth.create_first_admin(ADMIN_PASSWORD)
    services.auth.create_user(admin, "viewer", "viewer-pass-1", Role.VIEWER)
    backup = services.backup.backup_to(tmp_path / "copy.sqlite3")
    with sqlite3.connect(backup) as connection:
        connection.execute("DELETE FROM audit_log WHERE id > 2")
        last = connection.execute("SELECT hash FROM audit_log WHERE id = 2").fetchone()[0]
        connection.execute("UPDATE audit_head SET last_entry_id = 2, last_hash = ?", (last,))
    with pytest.raises(ValidationError, match=r"ends at entry 2 .*anchor .* says entry 4"):
        services.backup.restore_from(backup)
    assert _head(database)[0] == 4  # nothing changed
