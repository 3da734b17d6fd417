"""Screenshot of the dashboard with demo data: docs/screenshots/dashboard.png.

Run under a virtual display:
xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/dashboard_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kpm_desktop.services.dashboard_service import DashboardService
from kpm_desktop.services.database_setup import open_database
from kpm_desktop.services.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.ui.dashboard_page import DashboardPage
from kpm_desktop.ui.fonts import ensure_cjk_font

TODAY = date(2026, 10, 8)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "dashboard.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    ensure_cjk_font()
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "demo.sqlite3").database
    generate_demo_data(database, DemoSize(staff=60, seed=7, as_of=date(2026, 9, 30)))
    kpis = KpiService(database, utc_offset=timedelta(hours=8))
    service = DashboardService(database, kpis, utc_offset=timedelta(hours=8))
    page = DashboardPage(service, today=TODAY)
    page.resize(1400, 900)
    page.setWindowTitle("KPM Desktop")

    def on_drawn() -> None:
        QTimer.singleShot(300, save)

    def save() -> None:
        page.grab().save(str(OUT))
        print(OUT)
        app.quit()

    page.drawn.connect(on_drawn)
    page.show()
    app.exec()
    page.wait_for_workers()
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
