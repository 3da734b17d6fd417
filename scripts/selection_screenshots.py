"""Screenshots of a vendor selection (选型评分) at laptop sizes, in both languages.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/selection_screenshots.py \
        --out build/screenshots

The company: the demo data and a selection "CRM系统选型2026" on the built-in 选型评分
template with three bidders (甲公司 1,200,000; 乙公司 and 丙公司 980,000, sharing the lowest
price) and a panel of two (wangfang 60 %, liqiang 40 %). Shots, per language and size: as
HR, the bidders list while scoring runs; as wangfang, her sheet for 丙公司 half filled in;
as HR after closing, the comparison table. Once: the pages of the signed-off comparison PDF
(needs pdftoppm).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QTabWidget
from screenshots import LANGUAGES, SIZES, _settle, _show_page

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.rating import IndicatorRating, MetLevel
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.services.demo.demo_company import create_demo_company
from kpm_desktop.services.demo.demo_data import DemoSize
from kpm_desktop.ui.common.i18n import LANGUAGE_KEY, install_language
from kpm_desktop.ui.selections.selections_page import SelectionsPage

NAME = "CRM系统选型2026"
PASSWORD = "screenshots-pw-1"
BIDS = {"甲公司": Decimal(1_200_000), "乙公司": Decimal(980_000), "丙公司": Decimal(980_000)}
CONTACTS = {"甲公司": "赵经理", "乙公司": "钱经理", "丙公司": "孙经理"}
PANEL = {"wangfang": ("王芳", Decimal(60)), "liqiang": ("李强", Decimal(40))}
F, P, N = MetLevel.FULL, MetLevel.PARTIAL, MetLevel.NONE
MET_CODES = ("F1", "F2", "F3", "F4", "S1", "S3")
PROVIDED_CODES = ("S2", "S4", "S5", "V1", "V2")
# Per member and bidder: the met levels (MET_CODES order), then provided yes / no.
SHEETS = {
    "wangfang": {
        "甲公司": ((F, F, P, N, F, P), (True, True, False, True, True)),
        "乙公司": ((F, F, F, F, F, F), (True, True, True, True, True)),
        "丙公司": ((F, P, F, F, P, F), (True, False, True, True, True)),
    },
    "liqiang": {
        "甲公司": ((F, F, F, F, F, F), (True, True, True, True, True)),
        "乙公司": ((P, P, F, F, F, N), (True, True, True, False, True)),
        "丙公司": ((F, F, F, F, F, F), (True, True, True, True, True)),
    },
}


def _ratings(met: tuple[MetLevel, ...], provided: tuple[bool, ...]) -> dict[str, IndicatorRating]:
    ratings = {c: IndicatorRating(met=m) for c, m in zip(MET_CODES, met, strict=True)}
    given = zip(PROVIDED_CODES, provided, strict=True)
    return ratings | {c: IndicatorRating(provided=p) for c, p in given}


def build_selection(folder: Path) -> tuple[AppServices, Actor, dict[str, Actor]]:
    """The demo company and the selection, scoring started, every sheet but one submitted
    (wangfang's for 丙公司, which her form shows)."""
    opened = open_database(folder / "kpm.sqlite3")
    create_demo_company(opened.database, DemoSize(as_of=date(2026, 9, 30)))
    services = build_services(opened.database, witnesses_dir=folder / "witnesses")
    hr = services.auth.create_first_admin(PASSWORD)
    services.templates.install_builtins(hr)
    members = {
        user: services.auth.create_user(hr, user, PASSWORD, Role.PANEL, display_name=shown)
        for user, (shown, _weight) in PANEL.items()
    }
    selections = services.selections
    selections.create(hr, NAME, deadline=date(2026, 12, 31))
    for bidder, bid in BIDS.items():
        selections.add_bidder(hr, NAME, bidder, CONTACTS[bidder], {"P1": bid}, ["投标书.pdf"])
    for user, (_shown, weight) in PANEL.items():
        selections.add_member(hr, NAME, user, weight)
    selections.start_scoring(hr, NAME)
    for user, by_bidder in SHEETS.items():
        for bidder, (met, provided) in by_bidder.items():
            if (user, bidder) != ("wangfang", "丙公司"):
                selections.score(members[user], NAME, bidder, _ratings(met, provided))
    return services, hr, members


def _language(folder: Path, language: str) -> QSettings:
    settings = QSettings(str(folder / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, LANGUAGES[language])
    settings.setValue("sheets/company", "示例科技有限公司")
    install_language(settings)
    return settings


def _page_shot(
    app: QApplication, services: AppServices, actor: Actor, settings: QSettings, size: QSize,
    tab: int, path: Path,
) -> None:  # fmt: skip
    window, _ = build_main_window(services, actor, settings)
    window.resize(size)
    window.show()
    page = _show_page(app, window, SelectionsPage)
    page.findChild(QTabWidget).setCurrentIndex(tab)
    _settle(app)
    window.grab().save(str(path))
    window.close()


def _form_shot(
    app: QApplication, services: AppServices, member: Actor, settings: QSettings, path: Path
) -> None:
    window, _ = build_main_window(services, member, settings)
    window.show()
    page = _show_page(app, window, SelectionsPage)
    assert isinstance(page, SelectionsPage)
    dialog = page.score()
    assert dialog is not None
    met, _provided = SHEETS["wangfang"]["丙公司"]
    for row, level in zip(dialog.rows, met[:4], strict=False):  # half filled in
        if row.choice is not None:
            row.choice.setCurrentIndex(row.choice.findData(level.value))
    _settle(app)
    dialog.grab().save(str(path))
    dialog.reject()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("build/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        services, hr, members = build_selection(folder)
        for language in LANGUAGES:
            settings = _language(folder, language)
            for size in SIZES.values():
                suffix = f"{language}-{size.width()}x{size.height()}"
                shot = args.out / f"selection-bidders-{suffix}.png"
                _page_shot(app, services, hr, settings, size, 0, shot)
            _form_shot(app, services, members["wangfang"], settings,
                       args.out / f"selection-member-form-{language}.png")  # fmt: skip
        met, provided = SHEETS["wangfang"]["丙公司"]
        services.selections.score(members["wangfang"], NAME, "丙公司", _ratings(met, provided))
        services.selections.close(hr, NAME)
        for language in LANGUAGES:
            settings = _language(folder, language)
            for size in SIZES.values():
                suffix = f"{language}-{size.width()}x{size.height()}"
                shot = args.out / f"selection-comparison-{suffix}.png"
                _page_shot(app, services, hr, settings, size, 2, shot)
        pdf = args.out / "selection-comparison.pdf"
        pdf.write_bytes(services.selection_outputs.pdf(hr, NAME, "示例科技有限公司"))
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf),
                        str(args.out / "selection-comparison-page")], check=True)  # fmt: skip
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
