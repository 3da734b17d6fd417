"""Screenshots of a rater packet: an appraisee sheet as LibreOffice Calc renders it
(`soffice --convert-to pdf`, then `pdftoppm`) and the import's preview dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/packet_screenshots.py

Writes docs/screenshots/packet-libreoffice.png and docs/screenshots/packet-preview.png;
needs `soffice` (libreoffice-calc-nogui) and `pdftoppm` (poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_cycle import PERIOD, templates

from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.packets.packet_preview_dialog import PacketPreviewDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def _packet_pdf_page(packet: Path, folder: Path) -> None:
    profile = (folder / "profile").as_uri()
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
         "--outdir", str(folder), str(packet)],
        check=True, capture_output=True,
    )  # fmt: skip
    pdf = folder / (packet.stem + ".pdf")
    target = OUT / "packet-libreoffice"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "130", "-f", "2", "-l", "2", "-x", "90", "-y", "120",
         "-W", "1380", "-H", "440", "-singlefile", str(pdf), str(target)],
        check=True,
    )  # fmt: skip


def _open_cycle(folder: Path) -> tuple[Database, AppServices, object]:
    """The demo company with the 2026Q3 cycle bulk-created, nothing rated yet."""
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


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="kpm-packets-"))
    database, services, admin = _open_cycle(folder)
    packets = services.packets.export(admin, PERIOD, folder / "packets", department="D02")
    packet = max(packets, key=lambda p: p.sheets).path
    book = openpyxl.load_workbook(packet)
    first, second = book.sheetnames[1:3]
    book[first]["H5"], book[first]["I5"], book[first]["L5"] = "优", 93, "跟进及时"
    book[first]["H7"], book[first]["I7"] = "良", 85
    book[first]["B10"] = "本季度表现稳定，客户反馈良好"
    book[second]["H5"] = "特优"
    book.save(packet)
    _packet_pdf_page(packet, folder)
    dialog = PacketPreviewDialog(services.packets.preview(admin, [p.path for p in packets]))
    dialog.resize(1000, 560)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "packet-preview.png"))
    database.dispose()


if __name__ == "__main__":
    main()
