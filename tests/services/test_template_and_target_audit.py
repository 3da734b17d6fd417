"""Template and target changes are written to the audit log in their unit of work."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import text

from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.services.template_service import TemplateService
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit


def entries(database: Database, entity: str) -> list[tuple[str, str, str]]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT entity_id, action, username FROM audit_log "
                "WHERE entity_type = :entity ORDER BY id"
            ),
            {"entity": entity},
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_template_changes_are_audited(database: Database):
    auth, audit = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    templates = TemplateService(database, audit)
    first = templates.save_draft(supervisor_template(), actor=admin)
    templates.activate(first.id, actor=admin)
    templates.mark_in_use(first.id)
    edited = replace(supervisor_template(), description="第二版")
    second = templates.save_draft(edited, first.id, actor=admin)
    templates.activate(second.id, actor=admin)
    templates.retire(second.id, actor=admin)
    assert entries(database, "template") == [
        (str(first.id), "create", "admin"),
        (str(first.id), "activate", "admin"),
        (str(second.id), "create_version", "admin"),
        (str(first.id), "retire", "admin"),
        (str(second.id), "activate", "admin"),
        (str(second.id), "retire", "admin"),
    ]
    assert audit.verify().ok


def test_target_changes_are_audited(demo_database: Database):
    auth, audit = auth_and_audit(demo_database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    kpis = KpiService(demo_database, audit=audit)
    target = KpiTarget("2026Q4", "revenue", Decimal(120000), "E00007", None)
    kpis.set_target(target, actor=admin)
    kpis.set_target(target, actor=admin)  # unchanged: nothing to log
    kpis.set_target(replace(target, value=Decimal(150000)), actor=admin)
    kpis.targets.remove_target(
        "2026Q4", "revenue", staff_no="E00007", department_code=None, actor=admin
    )
    assert entries(demo_database, "target") == [
        ("2026Q4/revenue/E00007", "set", "admin"),
        ("2026Q4/revenue/E00007", "set", "admin"),
        ("2026Q4/revenue/E00007", "delete", "admin"),
    ]
    assert audit.verify().ok
