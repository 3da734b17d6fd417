"""Screenshot of the template editor with the seed's supervisor template open.

Run under a virtual display:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_template_editor.py
Writes docs/screenshots/template-editor.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.builtin_templates import SUPERVISOR_TEMPLATE_NAME
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.ui.main_window import MainWindow
from kpm_desktop.ui.templates.templates_page import TemplatesPage

# No account is needed: the service has no audit trail here, and the role check reads none.
HR_ADMIN = Actor(1, "hr", "", Role.HR_ADMIN)
OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "template-editor.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="kpm-shot-"))
    opened = open_database(folder / "kpm.sqlite3")
    service = TemplateService(opened.database)
    service.install_builtins(None)
    page = TemplatesPage(service, DraftRecoveryStore(folder / "drafts"), HR_ADMIN)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pages=[("Templates", page)], settings=settings)
    window.resize(1400, 900)
    window.show()
    editor = page.edit_id(service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary.id)
    assert editor is not None
    category = editor.model.index(0, 0)
    editor.tree.setCurrentIndex(editor.model.index(1, 0, category))

    def shoot() -> None:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUTPUT))
        print(OUTPUT)
        app.quit()

    QTimer.singleShot(500, shoot)
    code = app.exec()
    opened.database.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
