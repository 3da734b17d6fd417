"""A demo company with users, two active templates and an open cycle 2026Q3, for the
appraisal workflow tests (services, CLI and UI).

E00013 任倩 (CRM系统主管, 营销管理部) is appraised on the seed's supervisor template with
three raters: self 20 %, direct superior 50 %, department head 30 % (both E00001 董敏).
The 销售一部 (D02) staff are appraised on a sales template with a KPI-linked indicator.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.rubric import (
    Category,
    GradeQuota,
    Indicator,
    RaterRole,
    RaterWeight,
    RubricTemplate,
)
from kpm_desktop.domain.rubric_methods import KpiLinearMethod, Level, LevelsMethod
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit

PASSWORD = "secret-pass-1"
PERIOD = "2026Q3"
D = Decimal


@dataclass(frozen=True)
class World:
    database: Database
    services: AppServices
    admin: Actor
    head: Actor  # supervisor E00001, head of 营销管理部, rater of E00013
    other_supervisor: Actor  # E00002, head of 销售一部
    employee: Actor  # E00013
    viewer: Actor
    supervisor_template_id: int
    sales_template_id: int


def sales_template_body() -> RubricTemplate:
    levels = LevelsMethod(
        D(100),
        (
            Level("优", "客户跟进及时、记录完整", D(90), D(100)),
            Level("良", "客户跟进基本及时", D(75), D(89)),
            Level("中", "跟进偶有遗漏", D(60), D(74)),
            Level("差", "跟进经常遗漏", D(0), D(59)),
        ),
    )
    return RubricTemplate(
        name="销售代表季度考核(测试)",
        department="销售一部",
        categories=(
            Category(
                "业绩指标",
                (
                    Indicator("S1", "客户跟进质量", D(60), levels),
                    Indicator(
                        "S2", "销售额", D(40), KpiLinearMethod("revenue", D(100000)),
                        source="CRM成交记录",
                    ),
                ),
            ),
        ),
        quotas=(GradeQuota("优秀", D(20)),),
    )  # fmt: skip


def _services(database: Database) -> tuple[AppServices, AuthService]:
    auth, _ = auth_and_audit(database)
    return build_services(database, core=replace(build_core_services(database), auth=auth)), auth


def world_on(built: World, database: Database) -> World:
    """The world `built` elsewhere, on `database`, a copy of its database: new services."""
    return replace(built, database=database, services=world_on_services(database))


def world_on_services(database: Database) -> AppServices:
    """The services a world's tests use on `database` (accounts with argon2's cheapest profile)."""
    return _services(database)[0]


def build_world(database: Database) -> World:
    services, auth = _services(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    head = auth.create_user(admin, "dongmin", PASSWORD, Role.SUPERVISOR, staff_no="E00001")
    other = auth.create_user(admin, "lubo", PASSWORD, Role.SUPERVISOR, staff_no="E00002")
    employee = auth.create_user(admin, "renqian", PASSWORD, Role.EMPLOYEE, staff_no="E00013")
    viewer = auth.create_user(admin, "viewer", PASSWORD, Role.VIEWER)
    templates = services.templates
    three_raters = replace(
        supervisor_template(),
        raters=(
            RaterWeight(RaterRole.SELF, D(20)),
            RaterWeight(RaterRole.SUPERIOR, D(50)),
            RaterWeight(RaterRole.DEPARTMENT_HEAD, D(30)),
        ),
    )
    supervisor_id = templates.activate(admin, templates.save_draft(admin, three_raters).id).id
    sales = sales_template_body()
    sales_id = templates.activate(admin, templates.save_draft(admin, sales).id).id
    services.cycles.create_cycle(
        admin,
        PERIOD,
        [
            TemplateChoice(supervisor_id, position="CRM系统主管"),
            TemplateChoice(sales_id, department="D02"),
        ],
        name="2026年第三季度考核",
    )
    return World(database, services, admin, head, other, employee, viewer, supervisor_id, sales_id)
