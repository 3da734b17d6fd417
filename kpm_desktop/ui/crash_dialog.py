"""User errors as a plain message; bugs as a crash dialog with a copyable traceback."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kpm_desktop.domain.errors import KpmUserError


def show_user_error(parent: QWidget | None, title: str, message: str) -> None:
    if QApplication.instance() is None or QApplication.platformName() == "offscreen":
        print(f"{title}: {message}", file=sys.stderr)
        return
    QMessageBox.critical(parent, title, message)


def crash_dialog(details: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("CrashDialog", "Unexpected error"),
        QApplication.translate(
            "CrashDialog",
            "KPM Desktop hit a bug. Your saved work is safe. "
            "Copy the details below and send them to support.",
        ),
    )
    box.setDetailedText(details)
    return box


def _handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if isinstance(error, KpmUserError):
        show_user_error(
            QApplication.activeWindow(),
            QApplication.translate("CrashDialog", "KPM Desktop"),
            str(error),
        )
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    print(details, file=sys.stderr)
    if QApplication.instance() is not None and QApplication.platformName() != "offscreen":
        crash_dialog(details).exec()


def install_crash_handler() -> None:
    sys.excepthook = _handle_exception
