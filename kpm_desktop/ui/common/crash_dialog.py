"""User errors as a plain message; bugs as a crash dialog with a copyable traceback.

A bug in a slot does not end the program: the handler logs it, writes a crash report
into the log folder and shows the dialog, and the event loop goes on. Saved data is safe
because every write commits in its own unit of work and anything not committed is
rolled back.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.diagnostics import write_crash_report
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.common.user_messages import user_message

_log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, title: str, message: str) -> None:
    """A blocking message, for start-up before any window exists."""
    if QApplication.instance() is None or QApplication.platformName() == "offscreen":
        print(f"{title}: {message}", file=sys.stderr)
        return
    QMessageBox.critical(parent, title, message)


def user_error_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A non-blocking warning for an error the user can fix; returned for tests to read."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class CrashDialog(QDialog):
    """Says a bug happened, shows the traceback and copies it with one click."""

    def __init__(
        self, details: str, parent: QWidget | None = None, report: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        self.report = report
        message = QLabel(
            self.tr(
                "KPM Desktop hit a bug. Your saved work is safe; the action that failed "
                "was not saved. Copy the details below and send them to support."
            )
        )
        message.setWordWrap(True)
        report_line = QLabel(
            self.tr("A report was written to {path}; it holds no personal data.").format(
                path=report
            )
            if report is not None
            else self.tr("No report could be written; copy the details instead.")
        )
        report_line.setWordWrap(True)
        report_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = QPushButton(self.tr("Open report folder"))
        self.open_folder_button.setEnabled(report is not None)
        self.open_folder_button.clicked.connect(self.open_report_folder)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(report_line)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(700, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def open_report_folder(self) -> bool:
        if self.report is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.parent)))


class CrashHandler:
    """sys.excepthook for the GUI: user errors as a warning, bugs as the crash dialog."""

    def __init__(self) -> None:
        self.last_dialog: CrashDialog | None = None
        self.last_error_box: QMessageBox | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, KpmUserError):
            # The template, not the message: its values may name people.
            _log.warning("refused (%s): %s", kind.__name__, error.template)
            self.last_error_box = user_error_box(
                QApplication.activeWindow(),
                QApplication.translate("CrashDialog", "KPM Desktop"),
                user_message(error),
            )
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        _log.critical("a bug reached the crash handler", exc_info=(kind, error, tb))
        print(details, file=sys.stderr)
        report = _crash_report(details)
        if QApplication.instance() is None:
            return
        self.last_dialog = CrashDialog(details, QApplication.activeWindow(), report)
        self.last_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog.open()


def _crash_report(details: str) -> Path | None:
    try:
        return write_crash_report(details, {"PySide6": PySide6.__version__, "Qt": qVersion()})
    except OSError:
        _log.exception("the crash report could not be written")
        return None
