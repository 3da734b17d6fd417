"""Composition root: settings, database, services and the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kpm_desktop.config import (
    APP_NAME,
    DB_ENV_VAR,
    ORGANISATION,
    RESOURCES_DIR,
    data_dir,
    default_database_target,
)
from kpm_desktop.diagnostics import configure_logging

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from kpm_desktop.domain.access import Actor
    from kpm_desktop.domain.dashboard import DashboardFigures
    from kpm_desktop.services.admin.database_setup import OpenedDatabase
    from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
    from kpm_desktop.services.app_services import AppServices
    from kpm_desktop.services.kpis.first_figures import FirstFigures
    from kpm_desktop.ui.admin.backup_actions import BackupActions
    from kpm_desktop.ui.admin.session_switch import Session
    from kpm_desktop.ui.common.i18n import LanguageSwitch
    from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
    from kpm_desktop.ui.kpis.dashboard_source import DashboardSource
    from kpm_desktop.ui.main_window import MainWindow, PageFactory
    from kpm_desktop.ui.sheets.sheet_settings import SheetSettings


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
        "--debug",
        action="store_true",
        help="log in detail and echo the log on stderr (also $KPM_DEBUG=1)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window with its data, then exit (for checks)",
    )
    return parser.parse_args(argv)


def first_page(source: Callable[[], DashboardSource], actor: Actor) -> tuple[str, PageFactory]:
    """The first page of the navigation, the dashboard (built when first shown) on the
    source `source()` gives then."""
    from PySide6.QtCore import QCoreApplication

    def dashboard() -> QWidget:
        from kpm_desktop.ui.kpis.dashboard_page import DashboardPage

        return DashboardPage(source(), actor)

    return QCoreApplication.translate("Navigation", "Dashboard"), dashboard


def build_pages(
    services: AppServices, settings: QSettings, actor: Actor
) -> list[tuple[str, PageFactory]]:
    """The main window's pages after the first, in navigation order, each built (and its
    module imported) when first shown; append new pages here."""
    from PySide6.QtCore import QCoreApplication

    from kpm_desktop.ui.appraisals.appraisal_pages import appraisal_page_factories
    from kpm_desktop.ui.appraisals.step_confirmation import StepSettings
    from kpm_desktop.ui.crm_tables.crm_pages import crm_table_page_factories
    from kpm_desktop.ui.imports.export_actions import export_table
    from kpm_desktop.ui.kpis.kpi_page import kpi_page_factories
    from kpm_desktop.ui.sheets.sheet_settings import SheetSettings

    def export(parent: QWidget, kind: str) -> object:
        return export_table(parent, services.exports, actor, kind)

    def templates() -> QWidget:
        from kpm_desktop.ui.templates.templates_page import TemplatesPage, recovery_store_in

        store = recovery_store_in(data_dir())
        return TemplatesPage(services.templates, store, actor, settings=settings)

    def audit() -> QWidget:
        from kpm_desktop.ui.admin.audit_page import AuditPage

        return AuditPage(services.audit, actor)

    can_export = services.exports.can_export(actor)
    sheet_settings = SheetSettings(settings)  # shared: the certificate password is asked once
    pages: list[tuple[str, PageFactory]] = [
        *crm_table_page_factories(services.tables, actor, settings, export if can_export else None),
        *kpi_page_factories(services.kpis, actor),
        (QCoreApplication.translate("Navigation", "Templates"), templates),
    ]
    pages += appraisal_page_factories(
        actor,
        services.appraisals,
        services.cycles,
        services.calibration,
        lambda: [
            (t.id, f"{t.name} v{t.version}")
            for t in services.templates.list_templates(actor)
            if t.status == "active"
        ],
        services.kpis.departments,
        services.sheets,
        sheet_settings,
        StepSettings(settings),
        settings,
        services.raters,
        services.packets,
    )
    pages += selection_pages(services, sheet_settings, actor)
    if services.audit.can_view(actor):
        pages.append((QCoreApplication.translate("App", "Audit log"), audit))
    return pages


def selection_pages(
    services: AppServices, sheet_settings: SheetSettings, actor: Actor
) -> list[tuple[str, PageFactory]]:
    """The Selections page, for HR and whoever sits on a panel (built, and its module
    imported, when first shown)."""
    from PySide6.QtCore import QCoreApplication

    from kpm_desktop.domain.access import OrgChart, Permission, is_allowed

    manages = is_allowed(actor, Permission.MANAGE_CYCLES, OrgChart())
    if not manages and not services.selections.list_selections(actor):
        return []

    def page() -> QWidget:
        from kpm_desktop.ui.selections.selections_page import SelectionsPage

        return SelectionsPage(
            services.selections,
            services.selection_outputs,
            services.selection_setup,
            actor,
            sheet_settings,
        )

    return [(QCoreApplication.translate("Navigation", "Selections"), page)]


def status_warnings(services: AppServices) -> list[tuple[str, str]]:
    """The status bar's warnings: demo accounts that can sign in, a readable database."""
    from PySide6.QtCore import QCoreApplication

    from kpm_desktop.services.admin.database_setup import demo_accounts_warning
    from kpm_desktop.ui.common.user_messages import user_message

    warnings = []
    names = services.demo_accounts.active_names()
    demo = demo_accounts_warning(names)
    if demo is not None:
        short = QCoreApplication.translate("App", "Demo accounts can sign in: %1")
        warnings.append((short.replace("%1", ", ".join(names)), user_message(demo)))
    exposed = services.exposure_warning
    if exposed is not None:
        short = QCoreApplication.translate("App", "Database readable by other users; fix: %1")
        warnings.append((short.replace("%1", str(exposed.params["fix"])), user_message(exposed)))
    return warnings


def build_main_window(
    services: AppServices, actor: Actor, settings: QSettings, shell: MainWindow | None = None
) -> tuple[MainWindow, BackupActions]:
    """The main window with its pages and menus for the signed-in user, and its backup
    actions; `shell` is the empty main window start-up painted first, if any."""
    window = first_page_window(services, actor, settings, shell)
    return window, complete_main_window(window, services, actor, settings)


def first_page_window(
    services: AppServices, actor: Actor, settings: QSettings, shell: MainWindow | None = None
) -> MainWindow:
    """The main window with its first page only: what start-up shows before the other
    pages, the menus and the services behind them are loaded."""
    from kpm_desktop.ui.main_window import MainWindow

    window = MainWindow([], settings) if shell is None else shell
    window.set_location(_location(services.database_location, actor))
    window.add_pages([first_page(lambda: services.dashboard, actor)])
    return window


def _location(database: str, actor: Actor) -> str:
    """The status bar's words for the database and the signed-in user."""
    from kpm_desktop.ui.common.role_labels import role_label

    return f"{database} · {actor.label} ({role_label(actor.role)})"


class FirstPage:
    """The first page of a start that shows its figures before SQLAlchemy is imported (a
    plain class: app.py is imported before the first paint, a dataclass costs there)."""

    def __init__(
        self, actor: Actor, figures: FirstFigures, title: str, page: QWidget, location: str
    ) -> None:
        self.actor = actor
        self.figures = figures
        self.title = title
        self.page = page
        self.location = location  # for the status bar


def complete_main_window(
    window: MainWindow, services: AppServices, actor: Actor, settings: QSettings
) -> BackupActions:
    """Adds the other pages, the menus and the status warnings to a `first_page_window`;
    returns its backup actions."""
    from kpm_desktop.services.admin.database_setup import check_connection
    from kpm_desktop.ui.admin.account_actions import add_account_actions
    from kpm_desktop.ui.admin.backup_actions import add_backup_actions
    from kpm_desktop.ui.admin.connection_dialog import add_connection_action
    from kpm_desktop.ui.admin.integrity_check import add_help_menu
    from kpm_desktop.ui.admin.office_zone_dialog import add_office_zone_action
    from kpm_desktop.ui.appraisals.step_confirmation import StepSettings, skip_action
    from kpm_desktop.ui.common.language_menu import add_view_menu
    from kpm_desktop.ui.imports.export_actions import add_file_menu_actions
    from kpm_desktop.ui.sheets.sheet_check_dialog import add_sheet_check_action

    window.add_pages(build_pages(services, settings, actor))
    add_file_menu_actions(window, window.file_menu, services.imports, services.exports, actor)
    backup_actions = add_backup_actions(window.file_menu, services.backup, window)
    add_connection_action(window.file_menu, settings, check_connection, window)
    add_sheet_check_action(window.file_menu, services.sheets, actor, window)
    accounts = add_account_actions(
        window.file_menu, services.demo_accounts, services.sign_ins, services.auth, actor, window
    )
    window.set_warnings(status_warnings(services))
    if accounts is not None:
        accounts.demoRemoved.connect(lambda text: window.set_warnings(status_warnings(services)))
        for signal in (
            accounts.demoRemoved,
            accounts.unlocked,
            accounts.failed,
            accounts.usersChanged,
        ):
            signal.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    add_office_zone_action(window.file_menu, services.office_zone, actor, window)
    window.add_session_actions()
    add_view_menu(window, settings, window.languageChangeRequested.emit).addAction(
        skip_action(StepSettings(settings), window)
    )
    add_help_menu(window, services.integrity)
    return backup_actions


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    configure_logging("kpm-desktop", debug=args.debug)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    # Qt, SQLAlchemy and the services load only now: `--help` and the display check stay fast.
    from PySide6.QtCore import QTimer

    from kpm_desktop.ui.admin.sign_in_environment import signs_in_unseen

    app, settings, language = _start_application()
    unattended = args.smoke or app.platformName() == "offscreen"
    # Without a dialog to show first, the window paints before the slow part of the start.
    shell = _painted_shell(settings) if signs_in_unseen(os.environ, unattended) else None
    target = _database_target(args, settings)
    # After the paint (not to slow it), argon2 starts on a thread.
    early = _early_password_check(target, os.environ) if shell is not None else None
    first = None if early is None else _early_sign_in(target, early, os.environ)
    if first is not None and shell is not None and early is not None:
        return _start_from_first_figures(
            args, app, settings, language, target, early, shell, first, unattended
        )
    opened = _open_database(target)
    if opened is None:
        return 2
    from kpm_desktop.services.app_services import build_services
    from kpm_desktop.ui.admin.session_switch import Session

    services = build_services(opened.database)
    services.auth.use_early_check(early)
    early = None  # held by the sign-in alone, for that one sign-in
    actor = _sign_in(opened, services, unattended)
    services.auth.use_early_check(None)  # it served the sign-in, or none
    if isinstance(actor, int):
        opened.database.dispose()
        return actor
    window = first_page_window(services, actor, settings, shell)
    session = Session(
        lambda: _sign_in_again(opened, services),
        lambda user: build_main_window(services, user, settings)[0],
        language.apply,
    )
    session.ended.connect(app.quit)

    def complete() -> None:
        # The built-in templates before the pages and menus that use them.
        services.templates.install_builtins_on_first_start()
        complete_main_window(window, services, actor, settings).start_daily_backup()
        if args.smoke:
            QTimer.singleShot(0, app.quit)

    _after_first_page_settled(window, complete)
    return _run_session(app, session, window, actor, lambda: [opened])


def _early_sign_in(
    target: str, early: EarlyPasswordCheck, environ: Mapping[str, str]
) -> FirstPage | None:
    """The first page with its figures for the user signing in, ready before SQLAlchemy is
    imported, when the early check passed for an account nothing would refuse
    (services/admin/early_sign_in.py); None: start-up takes the usual path."""
    from kpm_desktop.services.admin.early_sign_in import early_claim
    from kpm_desktop.services.kpis.first_figures import FirstFigures
    from kpm_desktop.storage.early_reads import EarlyReadError
    from kpm_desktop.ui.admin.sign_in_environment import PASSWORD_ENV_VAR, USER_ENV_VAR
    from kpm_desktop.ui.kpis.dashboard_page import DashboardPage

    _load_first_page_modules()  # beside argon2, which releases the GIL
    path = Path(target).expanduser()
    claim = early_claim(path, environ.get(USER_ENV_VAR, ""))
    if claim is None:
        return None
    # Read and built for the claimed account beside argon2 (which releases the GIL), and
    # shown only once the check passed.
    try:
        figures = FirstFigures.read(path, claim.actor)
    except EarlyReadError:
        return None
    title, build = first_page(lambda: figures, claim.actor)
    page = build()
    if not isinstance(page, DashboardPage):
        return None
    kept = _kept_first_figures(figures, page)
    # Only with the figures at hand: else the page would wait for the sign-in through the
    # ORM, which starts once the figures are painted.
    if kept is None or not claim.verified(early, environ.get(PASSWORD_ENV_VAR, "")):
        page.deleteLater()
        return None
    page.set_first_figures(kept)
    location = _location(str(path.resolve()), claim.actor)
    return FirstPage(claim.actor, figures, title, page, location)


def _kept_first_figures(figures: FirstFigures, page: DashboardPage) -> DashboardFigures | None:
    """The kept figures of the page's first query; None when not all are kept, or when
    there is nothing the user may see there."""
    from kpm_desktop.domain.errors import KpmUserError

    try:
        return figures.kept_figures(page.query())
    except KpmUserError:
        return None


def _start_from_first_figures(
    args: argparse.Namespace,
    app: QApplication,
    settings: QSettings,
    language: LanguageSwitch,
    target: str,
    early: EarlyPasswordCheck,
    window: MainWindow,
    first: FirstPage,
    unattended: bool,
) -> int:
    """The start whose first page shows its figures before SQLAlchemy is imported: once
    they are painted, the database opens and the user signs in as always (throttled,
    checked, recorded and audited through the ORM) before anything else is shown or
    written; the rest of the window follows only if that sign-in gave the same actor."""
    from PySide6.QtCore import QTimer

    from kpm_desktop.ui.admin.session_switch import Session
    from kpm_desktop.ui.common.background_job import JobCancelled

    actor, figures = first.actor, first.figures
    window.set_location(first.location)
    window.add_pages([(first.title, first.page)])
    opened: list[tuple[OpenedDatabase, AppServices]] = []  # once the sign-in passed
    session = Session(
        lambda: _sign_in_again(*opened[0]),
        lambda user: build_main_window(opened[0][1], user, settings)[0],
        language.apply,
    )
    session.ended.connect(app.quit)

    def sign_in_then_complete() -> None:
        from kpm_desktop.services.app_services import build_services

        database = _open_database(target)
        signed: Actor | int = 2
        if database is not None:
            services = build_services(database.database)
            opened.append((database, services))
            services.auth.use_early_check(early)
            # No dialog over the figures: a refusal is reported after they are gone.
            signed = _sign_in(database, services, unattended=True)
            services.auth.use_early_check(None)
        if signed == actor:
            figures.attach(opened[0][1].dashboard)
            opened[0][1].templates.install_builtins_on_first_start()
            complete_main_window(window, opened[0][1], actor, settings).start_daily_backup()
        else:  # the file changed since the early read: the figures go, nothing else shows
            figures.fail(JobCancelled())
            if unattended or not opened:
                window.hide()
                app.exit(signed if isinstance(signed, int) else 2)
                return
            session.sign_out()  # the window closes; the dialog asks who signs in, as usual
        if args.smoke:
            QTimer.singleShot(0, app.quit)

    _after_first_page_settled(window, sign_in_then_complete)
    return _run_session(app, session, window, actor, lambda: [database for database, _ in opened])


def _run_session(
    app: QApplication,
    session: Session,
    window: MainWindow,
    actor: Actor,
    databases: Callable[[], list[OpenedDatabase]],
) -> int:
    """Show `window` for `actor` and run until the application quits; then the session
    ends and the databases opened meanwhile close."""
    session.show(window, actor)
    try:
        return app.exec()
    finally:
        session.close()  # the pages' workers and a backup in progress finish first
        for opened in databases():
            opened.database.dispose()


def _start_application() -> tuple[QApplication, QSettings, LanguageSwitch]:
    """The application object, its language and crash handler, and the CJK font."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from kpm_desktop.ui.common.crash_hook import install_crash_handler
    from kpm_desktop.ui.common.fonts import ensure_cjk_font
    from kpm_desktop.ui.common.i18n import LanguageSwitch, install_language
    from kpm_desktop.ui.common.ui_thread_gc import UiThreadGarbageCollector

    app = QApplication(sys.argv[:1])
    UiThreadGarbageCollector(app)  # before any background job can collect Qt objects
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "kpm-desktop.svg")))
    settings = QSettings()
    # Before any widget: every tr() call then translates.
    language = LanguageSwitch(settings, install_language(settings))
    install_crash_handler()
    ensure_cjk_font()
    return app, settings, language


def _painted_shell(settings: QSettings) -> MainWindow:
    """The main window without pages yet, shown and painted."""
    from PySide6.QtCore import QCoreApplication

    from kpm_desktop.ui.common.first_paint import wait_for_first_paint
    from kpm_desktop.ui.main_window import MainWindow

    shell = MainWindow([], settings)
    shell.statusBar().showMessage(QCoreApplication.translate("App", "Opening the database…"))
    shell.show()
    wait_for_first_paint(shell)
    return shell


def _database_target(args: argparse.Namespace, settings: QSettings) -> str:
    """The database chosen on the command line, in the environment or in the settings."""
    target = args.db or os.environ.get(DB_ENV_VAR)
    if target:  # the settings' dialog module (~8 ms) is not needed before the password check
        return target
    from kpm_desktop.ui.admin.connection_dialog import saved_database_target

    return saved_database_target(settings) or default_database_target()


def _early_password_check(target: str, environ: Mapping[str, str]) -> EarlyPasswordCheck | None:
    """The environment's password checked against the stored hash on a thread, started
    now, for the sign-in to take (services/admin/early_password_check.py)."""
    from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
    from kpm_desktop.ui.admin.sign_in_environment import PASSWORD_ENV_VAR, USER_ENV_VAR

    return EarlyPasswordCheck.start(
        target, environ.get(USER_ENV_VAR), environ.get(PASSWORD_ENV_VAR)
    )


def _open_database(target: str) -> OpenedDatabase | None:
    """The database at `target`; None (the user was told why) when it cannot be opened."""
    from PySide6.QtWidgets import QApplication

    from kpm_desktop.domain.errors import KpmUserError
    from kpm_desktop.services.admin.database_setup import open_database
    from kpm_desktop.ui.common.user_messages import user_message

    try:
        return open_database(target)
    except KpmUserError as exc:
        from kpm_desktop.ui.common.crash_dialog import show_user_error  # only now: rare

        title = QApplication.translate("App", "Cannot open the database")
        show_user_error(None, title, user_message(exc))
        return None


def _after_first_page_settled(window: MainWindow, then: Callable[[], None]) -> None:
    """Calls `then` once the first page (the dashboard) settled: its figures painted, it
    failed, or it has nothing to show. The other pages, the menus and their services load
    then, not before the figures."""
    from PySide6.QtCore import Qt, QTimer

    from kpm_desktop.ui.kpis.dashboard_page import DashboardPage

    page = window.current_page()
    if isinstance(page, DashboardPage):
        page.settled.connect(then, Qt.ConnectionType.SingleShotConnection)
    else:
        QTimer.singleShot(0, then)


def _load_window_modules() -> None:
    """Imports what the first page (the dashboard) needs, beside the password check of a
    start signed in from the environment (argon2 releases the GIL). Not the chart library:
    the dashboard shows its figures first and imports pyqtgraph once they are painted."""
    import kpm_desktop.services.kpis.dashboard_service
    import kpm_desktop.ui.common.role_labels
    import kpm_desktop.ui.kpis.dashboard_page  # noqa: F401


def _load_first_page_modules() -> None:
    """What a start showing its first figures early needs before they show (no
    SQLAlchemy): imported beside the early password check."""
    import kpm_desktop.ui.admin.session_switch
    import kpm_desktop.ui.common.role_labels
    import kpm_desktop.ui.kpis.dashboard_page  # noqa: F401


def _sign_in_again(opened: OpenedDatabase, services: AppServices) -> Actor | None:
    """The next user after a sign-out, always through the dialog; None when cancelled."""
    actor = _sign_in(opened, services, unattended=False, environ={})
    return None if isinstance(actor, int) else actor


def _sign_in(
    opened: OpenedDatabase,
    services: AppServices,
    unattended: bool,
    environ: Mapping[str, str] = os.environ,
) -> Actor | int:
    """The signed-in user, or the exit code when nobody signed in (2 refused, 0 cancelled)."""
    from PySide6.QtWidgets import QApplication

    from kpm_desktop.domain.errors import KpmUserError
    from kpm_desktop.services.admin.database_setup import demo_accounts_warning
    from kpm_desktop.ui.admin.session_start import sign_in
    from kpm_desktop.ui.common.user_messages import user_message

    def make_demo() -> None:
        from kpm_desktop.services.demo.demo_company import create_demo_company
        from kpm_desktop.services.demo.demo_data import DemoSize

        create_demo_company(opened.database, DemoSize())

    def notice() -> str:  # read only when the sign-in dialog shows
        warning = demo_accounts_warning(services.demo_accounts.active_names())
        return "" if warning is None else user_message(warning)

    # Demo data only when chosen, and only offered on a new local file.
    try:
        actor = sign_in(
            services.auth,
            None,
            environ,
            unattended=unattended,
            make_demo=make_demo if opened.offers_demo else None,
            notice=notice,
            meanwhile=_load_window_modules,
        )
    except KpmUserError as exc:
        if unattended:  # a message box would wait for a click nobody makes
            print(f"kpm-desktop: {user_message(exc)}", file=sys.stderr)
        else:
            from kpm_desktop.ui.common.crash_dialog import show_user_error

            title = QApplication.translate("App", "Not signed in")
            show_user_error(None, title, user_message(exc))
        return 2
    return 0 if actor is None else actor
