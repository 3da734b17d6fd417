"""Start-up: pages built when first shown, the shell painted before the slow part, and the
password from the environment checked beside the first page's imports."""

import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from kpm_desktop.app import (
    _after_first_page_settled,
    build_main_window,
    complete_main_window,
    first_page_window,
)
from kpm_desktop.domain.access import AuthenticationError
from kpm_desktop.domain.errors import NotFoundError
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.session_start import sign_in
from kpm_desktop.ui.admin.sign_in_environment import signs_in_unseen
from kpm_desktop.ui.common.crash_hook import LazyCrashHandler
from kpm_desktop.ui.common.first_paint import after_next_paint, wait_for_first_paint
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from kpm_desktop.ui.main_window import MainWindow
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit
from tests.appraisal_world import World
from tests.ui.signal_waits import HANG


class _Factory:
    """Builds a label page and counts how often it was asked to."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = 0

    def __call__(self) -> QWidget:
        self.calls += 1
        return QLabel(self.text)


def test_a_page_is_built_when_first_shown_and_only_once(qtbot, settings: QSettings) -> None:
    first, second, third = _Factory("one"), _Factory("two"), _Factory("three")
    window = MainWindow([("One", first), ("Two", second), ("Three", third)], settings)
    qtbot.addWidget(window)
    assert (first.calls, second.calls, third.calls) == (1, 0, 0)  # the first page shows
    window.navigation.setCurrentRow(2)
    shown = window.current_page()
    assert isinstance(shown, QLabel) and shown.text() == "three"
    assert window.page_at(2) is shown
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(2)
    assert (first.calls, second.calls, third.calls) == (1, 0, 1)
    assert [page.text() for page in window.built_pages()] == ["one", "three"]  # type: ignore[attr-defined]
    page = window.page_at(1)  # built without being shown
    assert isinstance(page, QLabel) and page.text() == "two" and window.current_page() is shown


def test_a_shell_gets_its_pages_later_and_shows_the_first(qtbot, settings: QSettings) -> None:
    shell = MainWindow([], settings)
    qtbot.addWidget(shell)
    assert shell.current_page() is None and shell.navigation.count() == 0
    shell.add_pages([("One", _Factory("one")), ("Two", QLabel("two"))])
    page = shell.current_page()
    assert isinstance(page, QLabel) and page.text() == "one"
    assert shell.navigation.currentRow() == 0


def test_the_main_window_builds_only_the_dashboard_at_first(qtbot, world: World, settings):
    window, _backups = build_main_window(world.services, world.admin, settings)
    qtbot.addWidget(window)
    assert window.navigation.count() > 5
    [dashboard] = window.built_pages()
    assert isinstance(dashboard, DashboardPage) and window.current_page() is dashboard
    assert not dashboard.views  # the charts (pyqtgraph) come when it is first shown


def test_start_up_shows_the_dashboards_figures_before_the_other_pages_and_menus(
    qtbot, world: World, settings: QSettings
) -> None:
    full, _backups = build_main_window(world.services, world.admin, settings)
    qtbot.addWidget(full)
    window = first_page_window(world.services, world.admin, settings)
    qtbot.addWidget(window)
    assert window.navigation.count() == 1 and window.file_menu.isEmpty()
    dashboard = window.current_page()
    assert isinstance(dashboard, DashboardPage)
    completed: list[list[str]] = []

    def complete() -> None:
        completed.append(dashboard.figures.texts())
        complete_main_window(window, world.services, world.admin, settings)

    _after_first_page_settled(window, complete)
    window.show()
    qtbot.waitUntil(lambda: completed != [], timeout=HANG)
    assert len(completed[0]) > 1  # the scope and its KPI values were shown first
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles == [full.navigation.item(r).text() for r in range(full.navigation.count())]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [action.text() for action in full.menuBar().actions()]
    assert len(window.file_menu.actions()) == len(full.file_menu.actions())
    with qtbot.waitSignal(dashboard.drawn, timeout=HANG):
        dashboard.reload()
    assert len(completed) == 1  # once, not on every refresh


def test_the_appraisals_entry_counts_what_waits_before_the_page_is_built(
    qtbot, world: World, settings: QSettings
) -> None:
    window, _ = build_main_window(world.services, world.employee, settings)
    qtbot.addWidget(window)
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert "Appraisals (1)" in titles
    assert len(window.built_pages()) == 1


class _PaintCounter(QObject):
    painted = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False


def test_waiting_for_the_first_paint_returns_once_the_window_painted(
    qtbot, settings: QSettings
) -> None:
    shell = MainWindow([], settings)
    qtbot.addWidget(shell)
    counter = _PaintCounter()
    shell.installEventFilter(counter)
    shell.show()
    wait_for_first_paint(shell, longest_ms=60_000)
    assert counter.painted >= 1


def test_after_next_paint_calls_back_once_after_the_widget_painted(qtbot) -> None:
    label = QLabel("figures")
    qtbot.addWidget(label)
    counter = _PaintCounter()
    label.installEventFilter(counter)
    painted_before: list[int] = []
    after_next_paint(label, lambda: painted_before.append(counter.painted), longest_ms=60_000)
    label.show()
    qtbot.waitUntil(lambda: painted_before != [], timeout=HANG)
    label.update()
    qtbot.waitUntil(lambda: counter.painted >= 2, timeout=HANG)
    assert painted_before[0] >= 1 and len(painted_before) == 1


def test_after_next_paint_gives_up_waiting_on_a_hidden_widget(qtbot) -> None:
    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    called: list[bool] = []
    after_next_paint(hidden, lambda: called.append(True), longest_ms=0)
    qtbot.waitUntil(lambda: called == [True], timeout=HANG)


@pytest.mark.parametrize(
    ("environ", "unattended", "unseen"),
    [
        ({}, False, False),
        ({"KPM_USER": "hr"}, False, False),  # the dialog asks for the password
        ({"KPM_USER": "hr", "KPM_PASSWORD": "x"}, False, True),
        ({"KPM_PASSWORD": "x"}, False, False),
        ({"KPM_ADMIN_PASSWORD": "x"}, False, True),
        ({}, True, True),  # unattended starts never show a dialog
    ],
)
def test_the_shell_paints_first_only_when_no_dialog_is_expected(
    environ: dict[str, str], unattended: bool, unseen: bool
) -> None:
    assert signs_in_unseen(environ, unattended) is unseen


@pytest.fixture
def auth(database: Database) -> AuthService:
    auth = auth_and_audit(database)[0]
    auth.create_first_admin(ADMIN_PASSWORD)
    return auth


def _no_dialog(dialog: QDialog) -> int:
    raise AssertionError("a dialog was opened")


def test_the_password_is_checked_on_another_thread_while_meanwhile_runs(
    qtbot, auth: AuthService
) -> None:
    threads: list[str] = []
    checking = auth.authenticate

    def authenticate(username: str, password: str):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return checking(username, password)

    auth.authenticate = authenticate  # type: ignore[method-assign]
    here: list[str] = []
    env = {"KPM_USER": "admin", "KPM_PASSWORD": ADMIN_PASSWORD}

    def meanwhile() -> None:
        here.append(threading.current_thread().name)

    actor = sign_in(auth, None, env, unattended=True, run_dialog=_no_dialog, meanwhile=meanwhile)
    assert actor is not None and actor.username == "admin"
    assert here == [threading.current_thread().name]
    assert len(threads) == 1 and threads[0] != here[0]
    with pytest.raises(AuthenticationError, match="Wrong user name"):
        sign_in(
            auth,
            None,
            {**env, "KPM_PASSWORD": "wrong"},
            unattended=True,
            run_dialog=_no_dialog,
            meanwhile=meanwhile,
        )


def test_the_demo_notice_is_read_only_when_the_sign_in_dialog_shows(
    qtbot, auth: AuthService
) -> None:
    asked: list[bool] = []

    def notice() -> str:
        asked.append(True)
        return "Demo accounts can sign in"

    env = {"KPM_USER": "admin", "KPM_PASSWORD": ADMIN_PASSWORD}
    actor = sign_in(auth, None, env, unattended=False, run_dialog=_no_dialog, notice=notice)
    assert actor is not None and asked == []
    shown: list[str] = []

    def cancel(dialog: QDialog) -> int:
        shown.append(dialog.notice.text())  # type: ignore[attr-defined]
        return QDialog.DialogCode.Rejected

    wrong = {**env, "KPM_PASSWORD": "wrong"}
    assert sign_in(auth, None, wrong, unattended=False, run_dialog=cancel, notice=notice) is None
    assert asked == [True] and shown == ["Demo accounts can sign in"]


def test_signing_in_does_not_import_the_first_admin_dialog() -> None:
    code = (
        "import sys, kpm_desktop.ui.admin.session_start\n"
        "print('kpm_desktop.ui.admin.first_admin_dialog' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_crash_hook_makes_its_handler_on_the_first_exception(qtbot) -> None:
    hook = LazyCrashHandler()
    assert hook.handler is None
    error = NotFoundError("There is no cycle for {period}", period="2026Q3")
    hook(type(error), error, None)
    assert hook.handler is not None and hook.handler.last_error_box is not None
    assert hook.handler.last_error_box.text() == "There is no cycle for 2026Q3"
    hook.handler.last_error_box.close()
