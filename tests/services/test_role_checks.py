"""Every template, target, import and export call checks the caller's role in the service,
whatever the UI shows: refused calls raise PermissionDeniedError and change nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.builtin_templates import SUPERVISOR_TEMPLATE_NAME, supervisor_template
from kpm_desktop.domain.errors import PermissionDeniedError
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.domain.rubric_json import template_to_text
from kpm_desktop.services.imports.export_service import ExportService
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.storage.database import Database
from tests.access_helpers import EMPLOYEE, HR_ADMIN, SUPERVISOR, VIEWER
from tests.services.import_helpers import write_csv

NOT_MANAGERS = pytest.mark.parametrize(
    "actor", [SUPERVISOR, EMPLOYEE, VIEWER], ids=lambda a: a.role.value
)


@pytest.fixture
def templates(database: Database) -> TemplateService:
    service = TemplateService(database)
    service.install_builtins(None)
    return service


@NOT_MANAGERS
def test_template_changes_are_refused_below_hr_admin(templates: TemplateService, actor: Actor):
    before = templates.list_templates(HR_ADMIN)
    first = before[0].id
    text = template_to_text(supervisor_template()).replace("CRM各规范文件", "CRM各项规范文件")
    changes: list[Callable[[], object]] = [
        lambda: templates.save_draft(actor, supervisor_template(), first),
        lambda: templates.save_draft(actor, replace(supervisor_template(), name="新模板")),
        lambda: templates.activate(actor, first),
        lambda: templates.retire(actor, first),
        lambda: templates.duplicate(actor, first, "副本"),
        lambda: templates.import_json(actor, text, "t.json", activate=True),
        lambda: templates.install_builtins(actor),
        lambda: templates.mark_in_use(actor, first),
    ]
    for change in changes:
        with pytest.raises(PermissionDeniedError, match=f"role {actor.role.value} may not manage"):
            change()
    assert templates.list_templates(HR_ADMIN) == before
    assert not templates.can_manage(actor) and templates.can_manage(HR_ADMIN)


@NOT_MANAGERS
def test_every_role_reads_templates(templates: TemplateService, actor: Actor):
    stored = templates.find(actor, SUPERVISOR_TEMPLATE_NAME)
    assert templates.get(actor, stored.summary.id) == stored
    assert templates.export_json(actor, stored.summary.id) == template_to_text(stored.template)
    assert len(templates.list_templates(actor)) == 4
    assert templates.free_name(actor, SUPERVISOR_TEMPLATE_NAME) == f"{SUPERVISOR_TEMPLATE_NAME} 2"


@NOT_MANAGERS
def test_targets_are_set_and_removed_by_hr_admins_only(demo_database: Database, actor: Actor):
    kpis = KpiService(demo_database)
    target = KpiTarget("2026Q4", "revenue", Decimal(120000), "E00007", None)
    with pytest.raises(PermissionDeniedError, match="may not manage_targets"):
        kpis.set_target(actor, target)
    with pytest.raises(PermissionDeniedError, match="may not manage_targets"):
        kpis.set_targets(actor, [target])
    assert kpis.targets_for(HR_ADMIN, "2026Q4") == []
    kpis.set_target(HR_ADMIN, target)
    with pytest.raises(PermissionDeniedError, match="may not manage_targets"):
        kpis.targets.remove_target(
            actor, "2026Q4", "revenue", staff_no="E00007", department_code=None
        )
    assert kpis.targets_for(HR_ADMIN, "2026Q4") == [target]
    assert not kpis.can_manage_targets(actor) and kpis.can_manage_targets(HR_ADMIN)


@NOT_MANAGERS
def test_imports_need_import_data(demo_database: Database, tmp_path: Path, actor: Actor):
    path = write_csv(
        tmp_path / "c.csv", [["客户编号", "客户名称", "创建日期"], ["Q1", "客户", "2026/7/1"]]
    )
    imports = ImportService(demo_database)
    for attempt in (imports.check, imports.import_file):
        with pytest.raises(PermissionDeniedError, match="may not import_data"):
            attempt(actor, path, "customers")
    assert not imports.can_import(actor)
    assert imports.import_file(HR_ADMIN, path, "customers").inserted == 1


@pytest.mark.parametrize("actor", [SUPERVISOR, EMPLOYEE], ids=lambda a: a.role.value)
def test_exports_need_export_data(demo_database: Database, tmp_path: Path, actor: Actor):
    exports = ExportService(demo_database)
    with pytest.raises(PermissionDeniedError, match="may not export_data"):
        exports.export(actor, "customers", tmp_path / "c.csv")
    assert not (tmp_path / "c.csv").exists()
    assert not exports.can_export(actor)
    assert exports.export(VIEWER, "customers", tmp_path / "c.csv") > 0
