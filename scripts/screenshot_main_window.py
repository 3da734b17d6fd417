"""Save docs/screenshots/main-window.png: the customers page on demo data.

Run under a virtual display:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_main_window.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import build_services
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.ui.common.i18n import ENGLISH, LANGUAGE_KEY, install_language

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "main-window.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        opened = open_database(Path(folder) / "kpm.sqlite3")
        generate_demo_data(opened.database, DemoSize(as_of=date(2026, 9, 30)))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(LANGUAGE_KEY, ENGLISH)  # dates and numbers as the English UI writes them
        install_language(settings)
        services = build_services(opened.database)
        # The HR administrator's view; no account is needed to read, only to change records.
        hr_admin = Actor(1, "hr", "", Role.HR_ADMIN)
        window, _backups = build_main_window(services, hr_admin, settings)
        window.resize(1360, 820)
        window.navigation.setCurrentRow(2)  # Customers
        window.show()
        page = window.current_page()
        page.select_row(2)
        for _ in range(20):
            app.processEvents()
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUTPUT))
        opened.database.dispose()
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
