"""Screenshot of the dashboard with demo data and a finished 2026Q3 cycle (made through
the services, scripts/demo_cycle.py), a 客服部 member chosen so that the grade
distribution and the profile are filled: docs/screenshots/dashboard.png in English,
dashboard-zh.png in Chinese (`zh_CN` as the argument).

Run under a virtual display, after `make translations`:
xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/dashboard_screenshot.py [zh_CN]
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from demo_cycle import demo_with_finished_cycle
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.ui.common.fonts import ensure_cjk_font
from kpm_desktop.ui.common.i18n import LANGUAGE_KEY, install_language
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage

TODAY = date(2026, 10, 8)
HR = Actor(0, "hr", "HR", Role.HR_ADMIN)
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
FILE_NAMES = {"en": "dashboard.png", "zh_CN": "dashboard-zh.png"}


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    out = SHOTS / FILE_NAMES[language]
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    install_language(settings)
    ensure_cjk_font()
    database = demo_with_finished_cycle(folder)
    kpis = KpiService(database)
    service = DashboardService(database, kpis)
    page = DashboardPage(service, HR, today=TODAY)
    page.resize(1400, 900)
    page.setWindowTitle("KPM Desktop")

    def save() -> None:
        page.grab().save(str(out))
        print(out)
        app.quit()

    steps: list[Callable[[], None]] = [
        lambda: page.department.setCurrentIndex(page.department.findData("D05")),
        lambda: page.staff.setCurrentIndex(3),
        lambda: QTimer.singleShot(300, save),
    ]

    def on_drawn() -> None:
        if steps:
            QTimer.singleShot(0, steps.pop(0))

    # A service team's view: satisfaction and response times rather than revenue.
    for action in page.kpi_menu.actions():
        action.setChecked(action.data() in ("csat", "first_response_minutes"))
    page.comparison_kpi.setCurrentIndex(page.comparison_kpi.findData("csat"))
    page.drawn.connect(on_drawn)
    page.show()
    app.exec()
    page.wait_for_workers()
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
