"""Screenshots of the main window in Chinese and English: docs/screenshots/main-window-*.png.

Run under a virtual display, after `make translations`:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_languages.py
Each language runs in its own process: translators are installed once per application.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
FILE_NAMES = {"zh_CN": "main-window-zh.png", "en": "main-window-en.png"}


def shoot(language: str, folder: Path) -> Path:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from kpm_desktop.app import build_main_window
    from kpm_desktop.services.admin.database_setup import open_database
    from kpm_desktop.services.app_services import build_services
    from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
    from kpm_desktop.ui.common.fonts import ensure_cjk_font
    from kpm_desktop.ui.common.i18n import LANGUAGE_KEY, install_language

    app = QApplication([])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    install_language(settings)
    ensure_cjk_font()
    opened = open_database(folder / "demo.sqlite3")
    size = DemoSize(
        staff=30, customers=400, deals=1500, tickets=600, seed=3, as_of=date(2026, 9, 30)
    )
    generate_demo_data(opened.database, size)
    services = build_services(opened.database)
    admin = services.auth.create_first_admin("screenshot-pw", "hr.admin", "人事 王敏")
    window, _backups = build_main_window(services, admin, settings)
    window.resize(1360, 860)
    loop = QEventLoop()
    page = window.page_at(0)  # the dashboard: it draws its charts in a worker
    (getattr(page, "computed", None) or page.drawn).connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.show()
    loop.exec()
    app.processEvents()
    path = SHOTS / FILE_NAMES[language]
    window.grab().save(str(path))
    page.wait_for_workers()
    opened.database.dispose()
    return path


def main() -> int:
    if len(sys.argv) == 2:
        with tempfile.TemporaryDirectory() as folder:
            print(shoot(sys.argv[1], Path(folder)))
        return 0
    for language in FILE_NAMES:
        subprocess.run([sys.executable, __file__, language], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
