"""Screenshots of the appraisal form and the calibration view on a demo database.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/appraisal_screenshots.py

Writes docs/screenshots/appraisal-form.png and docs/screenshots/calibration.png.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from PySide6.QtWidgets import QApplication

from kpm_desktop.domain.builtin_templates import SUPERVISOR_TEMPLATE_NAME
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import (
    Category,
    GradeQuota,
    Indicator,
    RaterRole,
    RubricTemplate,
)
from kpm_desktop.domain.rubric_methods import KpiLinearMethod, Level, LevelsMethod
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import build_services
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.calibration_page import CalibrationPage

D = Decimal
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def sales_template() -> RubricTemplate:
    levels = LevelsMethod(
        D(100),
        (
            Level("优", "客户跟进及时、记录完整、客户满意", D(90), D(100)),
            Level("良", "客户跟进基本及时、记录较完整", D(75), D(89)),
            Level("中", "跟进偶有遗漏", D(60), D(74)),
            Level("差", "跟进经常遗漏", D(0), D(59)),
        ),
    )
    return RubricTemplate(
        name="销售代表季度考核指标表",
        department="销售部",
        categories=(
            Category(
                "业绩指标",
                (
                    Indicator("S1", "客户跟进质量", D(60), levels, source="CRM跟进记录"),
                    Indicator(
                        "S2",
                        "销售额",
                        D(40),
                        KpiLinearMethod("revenue", D(300000)),
                        source="CRM成交记录",
                    ),
                ),
            ),
        ),
        quotas=(GradeQuota("优秀", D(20)), GradeQuota("良好", D(40))),
    )


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "kpm.sqlite3").database
    generate_demo_data(database, DemoSize(staff=60, customers=2000, deals=8000, tickets=2000,
                                          seed=5, as_of=date(2026, 9, 30)))  # fmt: skip
    audit = AuditTrail(database)
    auth = AuthService(database, audit, hasher=PasswordHasher.from_parameters(CHEAPEST))
    services = replace(build_services(database), auth=auth)
    services.templates.install_builtins(None)
    admin = auth.create_first_admin("admin-secret-1")
    supervisor_id = services.templates.find(admin, SUPERVISOR_TEMPLATE_NAME).summary.id
    sales = services.templates.save_draft(admin, sales_template())
    services.templates.activate(admin, sales.id)
    services.cycles.create_cycle(
        admin, "2026Q3",
        [TemplateChoice(supervisor_id, position="CRM系统主管"),
         TemplateChoice(sales.id, department="D02")],
        name="2026年第三季度考核",
    )  # fmt: skip
    services.cycles.bulk_create(admin, "2026Q3")
    rows = services.appraisals.list(admin, period="2026Q3")
    appraisals = services.appraisals
    crm = next(a for a in rows if a.template_name == SUPERVISOR_TEMPLATE_NAME)
    entries = {
        "A1": RatingEntry(IndicatorRating(level="优", score=D(95), comment="规范文件齐全")),
        "A2": RatingEntry(IndicatorRating(level="良", score=D(82))),
        "A3": RatingEntry(IndicatorRating(level="良", score=D(78), comment="培训方式可更多样")),
    }
    appraisals.save_ratings(admin, crm.id, RaterRole.SUPERIOR, entries, None)
    appraisals.save_feedback(admin, crm.id, "本季度CRM规范制定成效明显。",
                             "下季度加强对使用者的分层培训,每月一次复盘。", None)  # fmt: skip
    form = AppraisalFormWidget(appraisals, admin, crm.id)
    form.setWindowTitle(f"Appraisal #{crm.id}")
    form.resize(1380, 760)
    form.show()
    form.rows[3].choice.setFocus()  # type: ignore[union-attr]
    app.processEvents()
    form.grab().save(str(OUT / "appraisal-form.png"))

    levels = [("优", 98, 400000), ("优", 95, 380000), ("优", 92, 310000), ("优", 96, 290000),
              ("良", 85, 260000), ("良", 80, 250000), ("良", 88, 240000), ("中", 70, 200000),
              ("良", 80, 320000)]  # fmt: skip
    sales_rows = [a for a in rows if a.template_name == "销售代表季度考核指标表"]
    for summary, (level, score, revenue) in zip(sales_rows, levels, strict=False):
        appraisals.save_ratings(admin, summary.id, RaterRole.SUPERIOR, {
            "S1": RatingEntry(IndicatorRating(level=level, score=D(score))),
            "S2": RatingEntry(IndicatorRating(value=D(revenue))),
        }, None)  # fmt: skip
    page = CalibrationPage(services.calibration, services.cycles, admin)
    page.resize(1380, 620)
    page.show()
    page.department.setCurrentIndex(page.department.findText("销售一部"))
    page.rows_view.resizeColumnsToContents()
    page.distribution_view.resizeColumnsToContents()
    app.processEvents()
    page.grab().save(str(OUT / "calibration.png"))
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
