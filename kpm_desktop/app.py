"""Composition root: settings, database, services and the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kpm_desktop.config import APP_NAME, ORGANISATION, data_dir, default_database_target

NO_DISPLAY_MESSAGE = (
    "kpm-desktop: no display found. Run it under a virtual display with "
    "`xvfb-run -a make run`, or without a window with `QT_QPA_PLATFORM=offscreen make run`; "
    "the `kpm` command works headless."
)


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kpm-desktop", description="KPM Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window with its data, then exit (for checks)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    # Qt, SQLAlchemy and the services load only now: `--help` and the display check stay fast.
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from kpm_desktop.domain.errors import KpmUserError
    from kpm_desktop.services.app_services import build_services
    from kpm_desktop.services.database_setup import open_database
    from kpm_desktop.services.demo_data import DemoSize, generate_demo_data
    from kpm_desktop.ui.crash_dialog import install_crash_handler, show_user_error
    from kpm_desktop.ui.kpi_page import KpiPage
    from kpm_desktop.ui.main_window import MainWindow
    from kpm_desktop.ui.templates_page import TemplatesPage, recovery_store_in

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    install_crash_handler()
    try:
        opened = open_database(args.db or default_database_target())
        if opened.is_empty:
            generate_demo_data(opened.database, DemoSize())
    except KpmUserError as exc:
        show_user_error(None, "Cannot open the database", str(exc))
        return 2
    services = build_services(opened.database)
    services.templates.install_builtins_on_first_start()
    window = MainWindow(
        pages=[
            (app.translate("Navigation", "KPIs"), KpiPage(services.kpis)),
            (
                app.translate("Navigation", "Templates"),
                TemplatesPage(services.templates, recovery_store_in(data_dir())),
            ),
        ],
        settings=QSettings(),
    )
    window.statusBar().showMessage(services.database_location)
    window.show()
    if args.smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        opened.database.dispose()
