"""The audit view: a lazy model that passes qtmodeltester, filters, and the change detail."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.audit import AuditFilter
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.audit_page import PAGE_SIZE, AuditPage, AuditTableModel, local_text
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit

START = datetime(2026, 10, 1, 2, 0)


@pytest.fixture
def filled(database: Database) -> tuple[AuditTrail, Actor]:
    """The admin's creation and its seal plus 450 entries, one per hour from 2026-10-01
    02:00 UTC."""
    auth, _ = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    ticks = iter(START + timedelta(hours=h) for h in range(1000))
    audit = AuditTrail(database, clock=lambda: next(ticks))
    with database.unit_of_work() as uow:
        for i in range(450):
            kind, action = ("appraisal", "score") if i % 3 else ("target", "update")
            before = {"总分": f"{80 + i % 7}.50", "等级": "良"}
            after = {"总分": f"{81 + i % 7}.00", "等级": "优", "备注": "复核"}
            audit.record(uow, admin, kind, 1000 + i, action, before, after)
        uow.commit()
    return audit, admin


def test_the_model_fetches_pages_lazily_and_passes_qtmodeltester(qtmodeltester, filled) -> None:
    audit, admin = filled
    model = AuditTableModel(audit, admin)
    model.set_filter(AuditFilter())
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 452 and model.total() == 452
    assert model.entry_at(0).id == 452 and model.entry_at(451).id == 1
    assert model.data(model.index(0, 4)) == "score"
    qtmodeltester.check(model)


def test_filters_narrow_the_table_and_the_detail_shows_the_changes(qtbot, filled) -> None:
    audit, admin = filled
    page = AuditPage(audit, admin)
    qtbot.addWidget(page)
    page.show()
    assert page.count_label.text().startswith("452")
    page.entity_filter.setCurrentIndex(page.entity_filter.findData("target"))
    assert page.model.total() == 150 and page.count_label.text().startswith("150")
    page.action_filter.setCurrentIndex(page.action_filter.findData("score"))
    assert page.model.rowCount() == 0
    page.action_filter.setCurrentIndex(0)
    zone = page.model.zone
    day = START.replace(hour=12, tzinfo=UTC).astimezone(zone)  # an office day holding entries
    page.date_from.setDate(QDate(day.year, day.month, day.day))
    page.date_to.setDate(QDate(day.year, day.month, day.day))
    page.date_filter.setChecked(True)
    rows = [page.model.entry_at(r) for r in range(page.model.rowCount())]
    assert rows and all(
        local_text(e.occurred_at, zone).startswith(day.strftime("%Y-%m-%d")) for e in rows
    )
    page.table.selectRow(0)
    detail = page.detail.toPlainText()
    assert "备注" in detail and "复核" in detail and "总分" in detail and "target" in detail


def test_readers_of_the_audit_get_the_page_supervisors_do_not(filled) -> None:
    audit, admin = filled
    assert audit.can_view(admin)
    assert audit.can_view(Actor(8, "v", "", Role.VIEWER))
    assert not audit.can_view(Actor(9, "s", "", Role.SUPERVISOR, 2))
