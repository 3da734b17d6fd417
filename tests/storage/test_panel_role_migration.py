"""Migration 0019 widens the users' role check for `panel` on a database whose users are
referenced (the audit log): the rows survive, the new role is accepted, the downgrade
narrows the check again, and foreign keys stay enforced afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kpm_desktop.domain.access import Role
from kpm_desktop.storage.database import Database, database_url
from kpm_desktop.storage.migrate import downgrade_to, migrate
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit


def test_users_referenced_by_the_log_survive_the_role_check_change(new_database_target) -> None:
    database = Database(database_url(new_database_target()))
    migrate(database)
    auth, _ = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    auth.create_user(admin, "viewer", ADMIN_PASSWORD, Role.VIEWER)
    downgrade_to(database, "0018")
    with pytest.raises(IntegrityError), database.transaction() as connection:
        connection.execute(text("UPDATE users SET role = 'panel' WHERE username = 'viewer'"))
    migrate(database)
    with database.transaction() as connection:
        connection.execute(text("UPDATE users SET role = 'panel' WHERE username = 'viewer'"))
        names = connection.execute(text("SELECT username, role FROM users ORDER BY id")).all()
        logged = connection.execute(text("SELECT COUNT(*) FROM audit_log")).scalar_one()
    assert [tuple(row) for row in names] == [("admin", "hr_admin"), ("viewer", "panel")]
    assert logged > 0
    assert auth.authenticate("viewer", ADMIN_PASSWORD).role is Role.PANEL
    with pytest.raises(IntegrityError), database.transaction() as connection:
        connection.execute(text("DELETE FROM users WHERE username = 'admin'"))
    database.dispose()


def test_an_upgrade_across_several_revisions_keeps_the_foreign_keys_on(
    new_database_target,
) -> None:
    """From 0014 the migrations before 0019 write rows first: the copy of users still runs
    with foreign keys off, and every connection has them on again afterwards."""
    database = Database(database_url(new_database_target()))
    migrate(database)
    auth, _ = auth_and_audit(database)
    auth.create_first_admin(ADMIN_PASSWORD)
    downgrade_to(database, "0014")
    migrate(database)
    for _ in range(3):
        with pytest.raises(IntegrityError), database.transaction() as connection:
            connection.execute(text("DELETE FROM users"))
    database.dispose()
