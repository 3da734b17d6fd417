"""Session basics: File > Sign out hands the app to the next user, File > Quit (Ctrl+Q)
ends it, and an appraisal opens in one window at most."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.ui.admin.login_dialog import LoginDialog
from kpm_desktop.ui.admin.session_start import sign_in
from kpm_desktop.ui.admin.session_switch import Session
from kpm_desktop.ui.appraisals.appraisals_page import AppraisalsPage
from kpm_desktop.ui.main_window import MainWindow
from tests.appraisal_world import PASSWORD, PERIOD, World


def _titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _login_as(world: World, username: str, seen: list[QDialog]) -> Callable[[], Actor | None]:
    """The sign-in as the app asks after a sign-out, with the dialog filled in, not exec()'d."""

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.open()
        assert isinstance(dialog, LoginDialog)
        dialog.username.setText(username)
        dialog.password.setText(PASSWORD)
        dialog.submit()
        return dialog.result()

    return lambda: sign_in(world.services.auth, None, {}, unattended=False, run_dialog=run)


@pytest.fixture
def session_of(world: World, settings: QSettings) -> Iterator[Callable[..., Session]]:
    made: list[Session] = []

    def make(next_sign_in: Callable[[], Actor | None]) -> Session:
        session = Session(
            next_sign_in, lambda user: build_main_window(world.services, user, settings)[0]
        )
        made.append(session)
        return session

    yield make
    for session in made:
        session.close()


def test_signing_out_asks_who_is_next_and_gives_them_a_fresh_window(
    qtbot, world: World, session_of
) -> None:
    dialogs: list[QDialog] = []
    session = session_of(_login_as(world, "renqian", dialogs))
    first = session.open(world.admin)
    assert "Cycles" in _titles(first) and "Audit log" in _titles(first)
    assert first.sign_out_action in first.file_menu.actions()
    with qtbot.waitSignal(session.windowOpened) as opened:
        first.sign_out_action.trigger()
    assert [type(d) for d in dialogs] == [LoginDialog]
    second = opened.args[0]
    assert second is session.window and second is not first
    assert not first.isVisible() and second.isVisible()
    assert "renqian" in second.location.text()
    assert "Appraisals (1)" in _titles(second)  # her self-assessment waits for her
    assert "Cycles" not in _titles(second) and "Audit log" not in _titles(second)
    assert QApplication.quitOnLastWindowClosed()


def test_cancelling_the_sign_in_after_a_sign_out_ends_the_app(
    qtbot, world: World, session_of
) -> None:
    session = session_of(lambda: None)
    window = session.open(world.head)
    with qtbot.waitSignal(session.ended):
        window.sign_out_action.trigger()
    assert session.window is None and not window.isVisible()


def test_quit_has_ctrl_q_and_ends_the_app(qtbot, settings: QSettings) -> None:
    session = Session(lambda: None, lambda _user: MainWindow([], settings))
    window = MainWindow([], settings)
    window.add_session_actions()
    session.show(window, Actor(1, "hr", "", Role.HR_ADMIN))
    qtbot.addWidget(window)
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    assert window.quit_action in window.file_menu.actions()
    with qtbot.waitSignal(session.ended):
        window.quit_action.trigger()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.quitRequested):
        qtbot.keyClick(
            QApplication.focusWidget() or window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
        )


def _appraisal_of(world: World, employee_no: str) -> int:
    rows = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    return next(a.id for a in rows if a.employee_no == employee_no)


def test_an_appraisal_opens_in_one_window_which_a_second_open_raises(qtbot, world: World) -> None:
    page = AppraisalsPage(world.services.appraisals, world.services.cycles, world.head)
    qtbot.addWidget(page)
    page.show()
    appraisal_id = _appraisal_of(world, "E00013")
    first = page.open_form(appraisal_id)
    first.showMinimized()
    page.activateWindow()
    again = page.open_form(appraisal_id)
    assert again is first and page.forms == [first]
    assert not first.isMinimized() and first.isVisible()
    qtbot.waitUntil(first.isActiveWindow)
    other = page.open_form(_appraisal_of(world, "E00002"))
    assert other is not first and len(page.forms) == 2


def test_a_closed_window_is_forgotten_and_the_next_open_makes_a_new_one(
    qtbot, world: World
) -> None:
    page = AppraisalsPage(world.services.appraisals, world.services.cycles, world.head)
    qtbot.addWidget(page)
    appraisal_id = _appraisal_of(world, "E00013")
    first = page.open_form(appraisal_id)
    first.close()  # deleted on close, which forgets it
    qtbot.waitUntil(lambda: page.forms == [])
    with qtbot.waitSignal(page.form_opened) as opened:
        second = page.open_form(appraisal_id)
    assert opened.args[0] is second and page.forms == [second] and second.isVisible()
