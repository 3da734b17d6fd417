"""A demo company with a finished 2026Q3 cycle, made through the services (templates,
cycle, ratings, submit, review, finalize), for screenshots of the dashboard and the
chart page: 销售一部 and 销售二部 on a sales template, 客服部 on a service template."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import Category, GradeQuota, Indicator, RaterRole, RubricTemplate
from kpm_desktop.domain.rubric_methods import KpiLinearMethod, Level, LevelsMethod
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.storage.database import Database

D = Decimal
PERIOD = "2026Q3"
# (S1 level, score, S3 level, score), cycled over the staff: a spread of grades.
# fmt: off
RATINGS = [("优", 96, "优", 92), ("良", 85, "良", 80), ("良", 82, "中", 70), ("优", 91, "良", 86),
           ("中", 72, "中", 65), ("良", 88, "优", 95), ("差", 55, "中", 62), ("良", 78, "良", 84)]
# fmt: on


def _levels(best: str) -> LevelsMethod:
    return LevelsMethod(
        D(100),
        (
            Level("优", best, D(90), D(100)),
            Level("良", "基本达到要求", D(75), D(89)),
            Level("中", "偶有遗漏", D(60), D(74)),
            Level("差", "经常遗漏", D(0), D(59)),
        ),
    )


def quarter_template(name: str, department: str, kpi: Indicator) -> RubricTemplate:
    return RubricTemplate(
        name=name,
        department=department,
        categories=(
            Category("业绩指标", (
                Indicator("S1", "客户跟进质量", D(35), _levels("跟进及时、记录完整")),
                kpi,
            )),
            Category("行为指标", (
                Indicator("S3", "团队协作", D(25), _levels("主动协作、分享经验")),
            )),
        ),
        quotas=(GradeQuota("优秀", D(20)), GradeQuota("良好", D(40))),
    )  # fmt: skip


def templates() -> dict[str, RubricTemplate]:
    """Department code -> its template: sales on revenue, service on satisfaction."""
    revenue = Indicator(
        "S2", "销售额", D(40), KpiLinearMethod("revenue", D(600000)), source="CRM成交记录"
    )
    csat = Indicator(
        "S2", "客户满意度", D(40), KpiLinearMethod("csat", D(90)), source="CRM服务工单"
    )
    sales = quarter_template("销售代表季度考核指标表", "销售部", revenue)
    service = quarter_template("客服专员季度考核指标表", "客服部", csat)
    return {"D02": sales, "D03": sales, "D05": service}


def open_demo_cycle(folder: Path) -> tuple[Database, AppServices, Actor]:
    """The demo company with the 2026Q3 cycle bulk-created, nothing rated yet, and its
    HR admin."""
    database = open_database(folder / "kpm.sqlite3").database
    generate_demo_data(database, DemoSize(staff=60, seed=7, as_of=date(2026, 9, 30)))
    auth = AuthService(
        database, AuditTrail(database), hasher=PasswordHasher.from_parameters(CHEAPEST)
    )
    services = build_services(database, core=replace(build_core_services(database), auth=auth))
    admin = auth.create_first_admin("admin-secret-1")
    ids: dict[str, int] = {}
    choices = []
    for code, template in templates().items():
        if template.name not in ids:
            draft = services.templates.save_draft(admin, template)
            ids[template.name] = services.templates.activate(admin, draft.id).id
        choices.append(TemplateChoice(ids[template.name], department=code))
    services.cycles.create_cycle(admin, PERIOD, choices, name="2026年第三季度考核")
    services.cycles.bulk_create(admin, PERIOD)
    return database, services, admin


def demo_with_finished_cycle(folder: Path) -> Database:
    database, services, admin = open_demo_cycle(folder)
    appraisals = services.appraisals
    for index, summary in enumerate(appraisals.list(admin, period=PERIOD)):
        s1, s1_score, s3, s3_score = RATINGS[index % len(RATINGS)]
        entries = {
            "S1": RatingEntry(IndicatorRating(level=s1, score=D(s1_score))),
            "S3": RatingEntry(IndicatorRating(level=s3, score=D(s3_score))),
        }
        appraisals.save_ratings(admin, summary.id, RaterRole.SUPERIOR, entries, None)
        appraisals.submit(admin, summary.id, RaterRole.SUPERIOR)
        appraisals.review(admin, summary.id)
        appraisals.finalize(admin, summary.id)
    return database
