"""Demo data only when asked for: a fresh database stays empty, `create_demo_company`
writes all or nothing, demo accounts are flagged, and removing them is audited."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpm_desktop.domain.access import AuthenticationError, Role
from kpm_desktop.domain.errors import ConflictError, PermissionDeniedError
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.demo import demo_company
from kpm_desktop.services.demo.demo_accounts import DemoAccounts
from kpm_desktop.services.demo.demo_company import create_demo_company
from kpm_desktop.services.demo.demo_data import DemoSize
from kpm_desktop.services.demo.demo_users import DEMO_PASSWORD
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    AuditEntryRecord,
    RubricTemplateRecord,
    StaffRecord,
    UserRecord,
)
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit

SIZE = DemoSize(staff=20, customers=50, deals=120, tickets=40, seed=5, as_of=date(2026, 9, 30))


def _count(database: Database, record: type) -> int:
    with database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(record)) or 0)


def test_a_fresh_database_gets_no_demo_and_no_users(new_database_target) -> None:
    opened = open_database(new_database_target())
    try:
        assert _count(opened.database, StaffRecord) == 0
        assert _count(opened.database, UserRecord) == 0
        # Only a new local file offers the demo choice; an office database never does.
        assert opened.offers_demo is (opened.database.file_path is not None)
    finally:
        opened.database.dispose()


def test_the_demo_company_is_complete_and_its_accounts_flagged(database: Database) -> None:
    demo = create_demo_company(database, SIZE)
    assert _count(database, StaffRecord) == 20
    assert _count(database, RubricTemplateRecord) == demo.templates_installed > 0
    accounts = DemoAccounts(database, AuditTrail(database))
    assert accounts.active_names() == ["demo.employee", "demo.supervisor", "demo.viewer"]
    with database.unit_of_work() as uow:
        flags = dict(uow.session.execute(select(UserRecord.username, UserRecord.is_demo)).all())
    assert flags == dict.fromkeys(accounts.active_names(), True)


def test_a_failure_midway_leaves_no_part_of_the_demo(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_users(*args: object) -> None:
        raise RuntimeError("killed while adding the demo users")

    monkeypatch.setattr(demo_company, "create_demo_users", broken_users)
    with pytest.raises(RuntimeError):
        create_demo_company(database, SIZE)
    assert _count(database, StaffRecord) == 0
    assert _count(database, RubricTemplateRecord) == 0
    assert _count(database, AuditEntryRecord) == 0


def test_a_refused_demo_changes_nothing(database: Database) -> None:
    create_demo_company(database, SIZE)
    users_before = _count(database, UserRecord)
    with pytest.raises(ConflictError):
        create_demo_company(database, SIZE)
    assert _count(database, UserRecord) == users_before


def test_removing_demo_accounts_is_for_hr_and_audited(database: Database) -> None:
    create_demo_company(database, SIZE)
    auth, audit = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD, "hr")
    viewer = auth.authenticate("demo.viewer", DEMO_PASSWORD)
    # demo.supervisor authors an audit entry, so the log keeps needing the account.
    supervisor = auth.authenticate("demo.supervisor", DEMO_PASSWORD)
    auth.set_password(supervisor, "demo.supervisor", "changed-secret-1")
    accounts = DemoAccounts(database, audit)
    with pytest.raises(PermissionDeniedError):
        accounts.remove(viewer)
    removal = accounts.remove(admin)
    assert removal.deleted == ("demo.employee", "demo.viewer")
    assert removal.retired == ("demo.supervisor",)
    assert accounts.active_names() == []
    with pytest.raises(AuthenticationError):
        auth.authenticate("demo.supervisor", "changed-secret-1")
    with database.unit_of_work() as uow:
        usernames = set(uow.session.scalars(select(UserRecord.username)))
        removed = uow.session.scalars(
            select(AuditEntryRecord.username).where(AuditEntryRecord.action == "remove_demo")
        ).all()
    assert usernames == {"hr", "demo.supervisor"}
    assert removed == ["hr", "hr", "hr"]
    assert admin.role is Role.HR_ADMIN


@pytest.mark.sqlite_only
def test_demo_accounts_made_before_the_flag_are_flagged_by_the_migration(tmp_path: Path) -> None:
    from kpm_desktop.storage.migrate import downgrade_to, migrate

    opened = open_database(tmp_path / "old.sqlite3")
    create_demo_company(opened.database, SIZE)
    downgrade_to(opened.database, "0009")
    migrate(opened.database)
    names = DemoAccounts(opened.database, AuditTrail(opened.database)).active_names()
    opened.database.dispose()
    assert names == ["demo.employee", "demo.supervisor", "demo.viewer"]
