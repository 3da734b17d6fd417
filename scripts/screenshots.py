"""Screenshots of an appraisal day on a demo company, at laptop sizes, in both languages.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py \
        --out build/screenshots [--docs]

The company: the demo data, cycle 2026Q3 on the built-in supervisor template with a
self-assessment (20 %) added, every appraisal created. In 销售一部 three staff members
assessed themselves; the supervisor (demo.supervisor) scored them and submitted two; the
first, with an indicator marked N/A, is reviewed and finalized by HR. Shots, per language and size:
the appraisal list as the supervisor (waiting for me), that appraisal's form, and, as HR,
the template editor, calibration of 销售一部 and the dashboard; once, page 1 of the
finalized sheet with its N/A (needs pdftoppm). With --docs, the form, list, calibration
and editor shots the README and docs/ show are copied into docs/screenshots.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole, RaterWeight, TemplateStatus
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
from kpm_desktop.services.appraisals.appraisal_views import AppraisalForm, RatingEntry
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.demo.demo_company import create_demo_company
from kpm_desktop.services.demo.demo_data import DemoSize
from kpm_desktop.services.demo.demo_users import DEMO_PASSWORD
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.appraisals_page import AppraisalsPage
from kpm_desktop.ui.appraisals.calibration_page import CalibrationPage
from kpm_desktop.ui.common.i18n import CHINESE, ENGLISH, LANGUAGE_KEY, install_language
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from kpm_desktop.ui.main_window import MainWindow
from kpm_desktop.ui.templates.templates_page import TemplatesPage

PERIOD = "2026Q3"
PASSWORD = "screenshots-pw-1"
TEAM = "销售一部"
SIZES = {"1280x800": QSize(1280, 800), "1366x768": QSize(1366, 768)}
LANGUAGES = {"zh": CHINESE, "en": ENGLISH}
DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# docs/screenshots/NAME.png <- the shot it shows
DOCS_SHOTS = {
    "appraisal-form": "appraisal-form-en-1280x800",
    "appraisals-waiting": "appraisals-waiting-zh-1280x800",
    "calibration": "calibration-en-1280x800",
    "template-editor": "template-editor-en-1280x800",
}  # the dashboard's, with a finished cycle, come from scripts/dashboard_screenshot.py


@dataclass(frozen=True)
class Company:
    services: AppServices
    hr: Actor
    supervisor: Actor
    finalized_id: int  # the appraisal with an N/A indicator


def build_company(folder: Path) -> Company:
    opened = open_database(folder / "kpm.sqlite3")
    create_demo_company(opened.database, DemoSize(as_of=date(2026, 9, 30)))
    services = build_services(opened.database, witnesses_dir=folder / "witnesses")
    hr = services.auth.create_first_admin(PASSWORD)
    supervisor = services.auth.authenticate("demo.supervisor", DEMO_PASSWORD)
    builtin = next(
        t
        for t in services.templates.list_templates(hr)
        if "CRM系统主管" in t.name and t.status is TemplateStatus.ACTIVE
    )
    self_20 = (RaterWeight(RaterRole.SELF, Decimal(20)),)
    services.cycles.create_cycle(
        hr, PERIOD, [TemplateChoice(builtin.id, extra_raters=self_20)], name="2026年第三季度考核"
    )
    services.cycles.bulk_create(hr, PERIOD)
    team = [
        a
        for a in services.appraisals.list(supervisor, period=PERIOD)
        if a.department == TEAM and a.staff_id != supervisor.staff_id
    ]
    appraisals = services.appraisals
    for number, summary in enumerate(team[:3]):
        employee = services.auth.create_user(
            hr, f"staff.{summary.employee_no}", PASSWORD, Role.EMPLOYEE,
            staff_no=summary.employee_no,
        )  # fmt: skip
        _rate(appraisals, employee, summary.id, RaterRole.SELF, submit=True)
        _rate(appraisals, supervisor, summary.id, RaterRole.SUPERIOR, submit=number < 2,
              with_na=number == 0)  # fmt: skip
    finalized_id = team[0].id
    appraisals.review(hr, finalized_id)
    appraisals.finalize(hr, finalized_id)
    return Company(services, hr, supervisor, finalized_id)


def _rate(
    appraisals: AppraisalService,
    rater: Actor,
    appraisal_id: int,
    role: RaterRole,
    *,
    submit: bool,
    with_na: bool = False,
) -> None:
    form = appraisals.form(rater, appraisal_id)
    entries = _entries(form, with_na=with_na)
    version = form.summary.version
    version = appraisals.save_ratings(rater, appraisal_id, role, entries, version).version
    if submit:
        appraisals.submit(rater, appraisal_id, role, version)


def _entries(form: AppraisalForm, *, with_na: bool) -> dict[str, RatingEntry]:
    """The second level of every levelled indicator, its top score; the last one N/A."""
    entries: dict[str, RatingEntry] = {}
    indicators = [i for c in form.template.categories for i in c.indicators]
    for indicator in indicators:
        levels = indicator.method.descriptor_levels()
        if not levels:
            continue
        level = levels[min(1, len(levels) - 1)]
        entries[indicator.code] = RatingEntry(IndicatorRating(level=level.name, score=level.hi))
    if with_na and entries:
        last = list(entries)[-1]
        entries[last] = RatingEntry(IndicatorRating(not_applicable=True), na_reason="本季度未涉及")
    return entries


def _settle(app: QApplication, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()


def _show_page(app: QApplication, window: MainWindow, kind: type[QWidget]) -> QWidget:
    """Show the page of type `kind`, waiting until a page that loads in the background
    has drawn (at most a minute)."""
    row = next(r for r in range(window.stack.count()) if isinstance(window.page_at(r), kind))
    page = window.page_at(row)
    loaded = getattr(page, "computed", None) or getattr(page, "drawn", None)
    done: list[bool] = []
    if loaded is not None:
        loaded.connect(lambda *_: done.append(True))
    window.navigation.setCurrentRow(row)
    clock = QElapsedTimer()
    clock.start()
    while loaded is not None and not done and clock.elapsed() < 60_000:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    _settle(app)
    return page


def shoot(app: QApplication, company: Company, language: str, size: QSize, out: Path) -> None:
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, LANGUAGES[language])
    install_language(settings)
    if language == "zh" and QCoreApplication.translate("Navigation", "Appraisals") == "Appraisals":
        raise SystemExit("no Chinese catalogue: run `make translations` first")
    suffix = f"{language}-{size.width()}x{size.height()}"
    as_supervisor, _ = build_main_window(company.services, company.supervisor, settings)
    as_supervisor.resize(size)
    as_supervisor.show()
    _show_page(app, as_supervisor, AppraisalsPage)
    as_supervisor.grab().save(str(out / f"appraisals-waiting-{suffix}.png"))
    form = AppraisalFormWidget(
        company.services.appraisals, company.supervisor, company.finalized_id
    )
    form.resize(size)
    form.show()
    _settle(app)
    form.grab().save(str(out / f"appraisal-form-{suffix}.png"))
    form.close()
    as_supervisor.close()
    as_hr, _ = build_main_window(company.services, company.hr, settings)
    as_hr.resize(size)
    as_hr.show()
    templates = _show_page(app, as_hr, TemplatesPage)
    assert isinstance(templates, TemplatesPage)
    templates.edit_row(0)
    _settle(app)
    as_hr.grab().save(str(out / f"template-editor-{suffix}.png"))
    for name, kind in (("calibration", CalibrationPage), ("dashboard", DashboardPage)):
        page = _show_page(app, as_hr, kind)
        if isinstance(page, CalibrationPage):
            page.department.setCurrentIndex(max(0, page.department.findText(TEAM)))
            _settle(app)
        as_hr.grab().save(str(out / f"{name}-{suffix}.png"))
    as_hr.close()


def sheet_page(company: Company, out: Path) -> None:
    pdf = company.services.sheets.pdf(company.hr, company.finalized_id)
    path = out / "sheet-with-na.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(path),
                    str(out / "sheet-with-na")], check=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("build/screenshots"))
    parser.add_argument("--docs", action="store_true", help="also refresh docs/screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        company = build_company(Path(folder))
        for language in LANGUAGES:
            for size in SIZES.values():
                shoot(app, company, language, size, args.out)
        sheet_page(company, args.out)
    if args.docs:
        for name, shot in DOCS_SHOTS.items():
            shutil.copyfile(args.out / f"{shot}.png", DOCS / f"{name}.png")
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
