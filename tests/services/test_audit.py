"""The audit trail: entries commit with the change, chain under concurrency, query in pages."""

import threading
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.audit import GENESIS_HASH, AuditFilter
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import AuditEntryRecord, TargetRecord
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit


def _admin(database: Database) -> Actor:
    auth, _ = auth_and_audit(database)
    return auth.create_first_admin(ADMIN_PASSWORD)


def test_the_entry_commits_with_the_change_or_not_at_all(demo_database: Database) -> None:
    admin = _admin(demo_database)
    audit = AuditTrail(demo_database)
    with demo_database.unit_of_work() as uow:
        target = uow.session.scalars(select(TargetRecord).limit(1)).one()
        before = {"value": target.value, "period": target.period}
        target.value = Decimal("123000")
        audit.record(uow, admin, "target", target.id, "update", before, {"value": target.value})
        uow.rollback()
    assert audit.verify().entries_checked == 2  # only the admin's creation and its seal
    with demo_database.unit_of_work() as uow:
        target = uow.session.scalars(select(TargetRecord).limit(1)).one()
        entry = audit.record(
            uow, admin, "target", target.id, "update", {"value": target.value}, {"value": 1}
        )
        uow.commit()
    report = audit.verify()
    assert report.ok and report.entries_checked == 3
    assert entry.id == 3 and entry.username == "admin" and entry.after == '{"value":1}'


def test_concurrent_appends_form_one_chain(tmp_path, database: Database) -> None:
    audit = AuditTrail(database)
    errors: list[BaseException] = []

    def append(worker: int) -> None:
        try:
            for n in range(10):
                with database.unit_of_work() as uow:
                    audit.record(uow, None, "target", f"{worker}-{n}", "create", None, {"n": n})
                    uow.commit()
        except BaseException as exc:  # reported below, with the thread's traceback lost
            errors.append(exc)

    threads = [threading.Thread(target=append, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = audit.verify()
    assert report.ok and report.entries_checked == 40


def test_the_first_entry_follows_the_zero_hash(database: Database) -> None:
    audit = AuditTrail(database)
    with database.unit_of_work() as uow:
        entry = audit.record(uow, None, "template", "T1", "create", None, {"name": "销售岗"})
        uow.commit()
    assert entry.prev_hash == GENESIS_HASH and entry.username == "system"


def test_query_pages_and_filters(database: Database) -> None:
    admin = _admin(database)
    start = datetime(2026, 10, 1)
    ticks = iter(start + timedelta(hours=h) for h in range(100))
    audit = AuditTrail(database, clock=lambda: next(ticks))
    with database.unit_of_work() as uow:
        for i in range(25):
            kind = "appraisal" if i % 2 else "target"
            audit.record(uow, admin, kind, i, "score" if i % 2 else "update", None, {"i": i})
        uow.commit()
    everything = AuditFilter()
    assert audit.count(admin, everything) == 27  # with the admin's creation and its seal
    first = audit.query(admin, everything, limit=10)
    second = audit.query(admin, everything, before_id=first[-1].id, limit=10)
    assert [e.id for e in first] == list(range(27, 17, -1))
    assert [e.id for e in second] == list(range(17, 7, -1))
    appraisals = AuditFilter(entity_type="appraisal", action="score")
    assert audit.count(admin, appraisals) == 12
    window = AuditFilter(since=start + timedelta(hours=3), until=start + timedelta(hours=6))
    assert [e.entity_id for e in audit.query(admin, window)] == ["5", "4", "3"]
    assert audit.count(admin, AuditFilter(username="admin", entity_id="7")) == 1
    choices = audit.choices(admin)
    assert choices.entity_types == ["appraisal", "target", "user"]
    assert choices.actions == ["create", "score", "seal", "update"]


def test_only_readers_of_the_audit_may_query_it(database: Database) -> None:
    audit = AuditTrail(database)
    viewer = Actor(5, "auditor", "", Role.VIEWER)
    assert audit.query(viewer, AuditFilter()) == []
    with pytest.raises(PermissionDeniedError, match="view_audit"):
        audit.count(Actor(6, "boss", "", Role.SUPERVISOR, 2), AuditFilter())


def test_verify_names_a_changed_row(database: Database) -> None:
    admin = _admin(database)
    audit = AuditTrail(database)
    with database.unit_of_work() as uow:
        audit.record(uow, admin, "target", 1, "update", {"value": 1}, {"value": 2})
        uow.commit()
    with database.engine.begin() as connection:
        connection.execute(
            update(AuditEntryRecord).where(AuditEntryRecord.id == 2).values(after='{"value":3}')
        )
    report = audit.verify()
    assert report.first_break is not None and report.first_break.entry_id == 2
