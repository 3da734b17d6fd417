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
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_cycle import PERIOD, open_demo_cycle

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


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="kpm-packets-"))
    database, services, admin = open_demo_cycle(folder)
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
