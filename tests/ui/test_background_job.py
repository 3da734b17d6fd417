"""Work off the UI thread: results, user errors and bugs all come back to the UI thread."""

import sys

from PySide6.QtCore import QObject, QThread

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.ui.background_job import start_job


def test_result_and_user_error_arrive_on_the_ui_thread(qtbot) -> None:
    owner = QObject()
    seen: list[tuple[str, object, bool]] = []
    ui_thread = QThread.currentThread()

    def record(kind: str):
        return lambda value: seen.append((kind, value, QThread.currentThread() is ui_thread))

    def refuse() -> None:
        raise ValidationError("工号 E001 重复")

    start_job(lambda: 42, owner, succeeded=record("ok"), failed=record("error"))
    start_job(refuse, owner, succeeded=record("ok"), failed=record("error"))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert sorted(seen, key=str) == [("error", "工号 E001 重复", True), ("ok", 42, True)]


def test_a_bug_reaches_the_crash_handler(qtbot, monkeypatch) -> None:
    owner = QObject()
    reported: list[BaseException] = []
    cleaned_up: list[bool] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(error))

    def broken() -> None:
        raise ZeroDivisionError("a bug")

    start_job(
        broken,
        owner,
        succeeded=lambda _value: None,
        failed=lambda _message: None,
        crashed=lambda: cleaned_up.append(True),
    )
    qtbot.waitUntil(lambda: bool(reported) and bool(cleaned_up))
    assert isinstance(reported[0], ZeroDivisionError)
