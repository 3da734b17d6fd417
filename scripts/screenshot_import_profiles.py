"""Save docs/screenshots/import_wizard_profile.png (a Salesforce-style report: the profile
picked automatically) and import_wizard_unmapped.png (its check page listing a stage no
value map lists), on demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_import_profiles.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.records import CustomerRecord, StaffRecord
from kpm_desktop.ui.common.i18n import ENGLISH, LANGUAGE_KEY, install_language
from kpm_desktop.ui.imports.import_wizard import ImportWizard

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def _report(path: Path, owner: str, customer: str) -> Path:
    rows = [
        ["Opportunity Name", "Account Name", "Amount", "Close Date", "Stage", "Created Date",
         "Opportunity Owner", "Probability (%)"],
        ["Q3 renewal", customer, "12,500.00", "9/15/2026", "Closed Won", "7/1/2026", owner, "100"],
        ["Fleet pilot", customer, "8,000.00", "10/30/2026", "Verbal Commit", "8/3/2026", owner,
         "80"],
        ["Spare parts", customer, "3,000.00", "9/20/2026", "Closed Lost", "7/15/2026", owner, "0"],
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _settle(app: QApplication) -> None:
    for _ in range(30):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        opened = open_database(Path(folder) / "kpm.sqlite3")
        generate_demo_data(opened.database, DemoSize(as_of=date(2026, 9, 30)))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(LANGUAGE_KEY, ENGLISH)
        install_language(settings)
        with opened.database.unit_of_work() as uow:
            owner = uow.session.scalars(select(StaffRecord.name)).first()
            customer = uow.session.scalars(select(CustomerRecord.name)).first()
        path = _report(Path(folder) / "opportunities.csv", str(owner), str(customer))
        wizard = ImportWizard(ImportService(opened.database), Actor(1, "hr", "", Role.HR_ADMIN))
        wizard.resize(1280, 760)
        wizard.show()
        wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("deals"))
        wizard.file_page.path.setText(str(path))
        wizard.next()
        _settle(app)
        wizard.grab().save(str(SCREENSHOTS / "import_wizard_profile.png"))
        wizard.next()
        wizard.check_page.wait()
        _settle(app)
        wizard.check_page.unmapped.choose(0, "商务谈判")
        _settle(app)
        wizard.grab().save(str(SCREENSHOTS / "import_wizard_unmapped.png"))
        wizard.reject()
        opened.database.dispose()
    print(SCREENSHOTS / "import_wizard_profile.png", SCREENSHOTS / "import_wizard_unmapped.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
