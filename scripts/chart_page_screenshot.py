"""The chart page of a staff member's sheet, as PDF and as a PNG to look at:
docs/screenshots/sheet-chart-page.png (pdftoppm -r 80).

    .venv/bin/python scripts/chart_page_screenshot.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from demo_cycle import PERIOD, demo_with_finished_cycle

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.period import Period
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService

HR = Actor(0, "hr", "HR", Role.HR_ADMIN)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "sheet-chart-page"


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    database = demo_with_finished_cycle(folder)
    kpis = KpiService(database)
    service = DashboardService(database, kpis)
    staff_no = service.staff(HR, "D02")[1][0]
    pdf = service.staff_chart_pdf(HR, staff_no, Period.parse(PERIOD))
    path = folder / "chart-page.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(path), str(OUT)], check=True)
    print(f"{OUT}.png ({staff_no})")
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
