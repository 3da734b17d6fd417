"""Template and target changes are written to the audit log in their unit of work."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import text

from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit
from tests.services.import_helpers import write_csv


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
    first = templates.save_draft(admin, supervisor_template())
    templates.activate(admin, first.id)
    templates.mark_in_use(admin, first.id)
    edited = replace(supervisor_template(), description="第二版")
    second = templates.save_draft(admin, edited, first.id)
    templates.activate(admin, second.id)
    templates.retire(admin, second.id)
    # An active or retired version is sealed; marking it in use changes nothing sealed.
    assert entries(database, "template") == [
        (str(first.id), "create", "admin"),
        (str(first.id), "activate", "admin"),
        (str(first.id), "seal", "admin"),
        (str(first.id), "mark_in_use", "admin"),
        (str(second.id), "create_version", "admin"),
        (str(first.id), "retire", "admin"),
        (str(first.id), "seal", "admin"),
        (str(second.id), "activate", "admin"),
        (str(second.id), "seal", "admin"),
        (str(second.id), "retire", "admin"),
        (str(second.id), "seal", "admin"),
    ]
    assert audit.verify().ok


def test_target_changes_are_audited(demo_database: Database):
    auth, audit = auth_and_audit(demo_database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    kpis = KpiService(demo_database, audit=audit)
    target = KpiTarget("2026Q4", "revenue", Decimal(120000), "E00007", None)
    kpis.set_target(admin, target)
    kpis.set_target(admin, target)  # unchanged: nothing to log
    kpis.set_target(admin, replace(target, value=Decimal(150000)))
    kpis.targets.remove_target(admin, "2026Q4", "revenue", staff_no="E00007", department_code=None)
    assert entries(demo_database, "target") == [
        ("2026Q4/revenue/E00007", "set", "admin"),
        ("2026Q4/revenue/E00007", "set", "admin"),
        ("2026Q4/revenue/E00007", "delete", "admin"),
    ]
    assert audit.verify().ok


def test_builtins_are_installed_by_the_system_or_by_the_admin_who_asks(database: Database):
    auth, audit = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    templates = TemplateService(database, audit)
    (first, *_rest) = templates.install_builtins(None)
    templates.retire(admin, first.id)
    (again,) = templates.install_builtins(admin)
    logged = entries(database, "template")
    assert logged[0] == (str(first.id), "install_builtin", "system")
    assert logged[-4:] == [
        (str(first.id), "retire", "admin"),
        (str(first.id), "seal", "admin"),
        (str(again.id), "install_builtin", "admin"),
        (str(again.id), "seal", "admin"),
    ]


def test_a_targets_file_import_is_one_audit_entry_with_counts(demo_database: Database, tmp_path):
    auth, audit = auth_and_audit(demo_database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    imports = ImportService(demo_database, audit=audit)
    rows = [["期间", "指标", "员工编号", "目标值"],
            ["2027Q1", "revenue", "E00007", "120000"],
            ["2027Q1", "revenue", "E00008", "90000"]]  # fmt: skip
    path = write_csv(tmp_path / "targets.csv", rows)
    assert imports.import_file(admin, path, "targets").inserted == 2
    assert imports.import_file(admin, path, "targets").unchanged == 2  # nothing to log
    customers = write_csv(
        tmp_path / "c.csv", [["客户编号", "客户名称", "创建日期"], ["Q1", "客户", "2026/7/1"]]
    )
    imports.import_file(admin, customers, "customers")  # CRM data: not an audited entity
    assert entries(demo_database, "target") == [("file targets.csv", "import", "admin")]
    with demo_database.engine.connect() as connection:
        after = connection.exec_driver_sql(
            "SELECT after FROM audit_log WHERE entity_type = 'target'"
        ).scalar_one()
    assert json.loads(after) == {"rows": 2, "inserted": 2, "updated": 0, "unchanged": 0}
    assert audit.verify().ok
