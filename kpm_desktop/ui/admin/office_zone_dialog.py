"""File > Office time zone...: the zone the office's clock times are in.

Files are read in it, KPI periods start at its local midnight and times are shown in it
(docs/formats.md). It is a setting of the database, shared by every machine using it; an
HR admin changes it, everyone else sees it.
"""

from __future__ import annotations

from typing import Protocol
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.common.user_messages import user_message


class OfficeZoneSettings(Protocol):
    """Implemented by `services.office_zone.OfficeZoneService`."""

    def zone(self) -> ZoneInfo: ...

    def can_change(self, actor: Actor) -> bool: ...

    def set_zone(self, actor: Actor, name: str) -> ZoneInfo: ...


class OfficeZoneDialog(QDialog):
    def __init__(
        self, settings: OfficeZoneSettings, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._actor = actor
        self.setWindowTitle(self.tr("Office time zone"))
        current = settings.zone().key
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(available_timezones() | {current}))
        self.zone_combo.setCurrentText(current)
        explanation = QLabel(
            self.tr(
                "Clock times in imported files and forms are read in this zone, KPI periods "
                "start at its midnight and times are shown in it. Times already stored keep "
                "their moment."
            )
        )
        explanation.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        editable = settings.can_change(actor)
        self.zone_combo.setEnabled(editable)
        buttons = (
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            if editable
            else QDialogButtonBox.StandardButton.Close
        )
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.zone_combo)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self._settings.set_zone(self._actor, self.zone_combo.currentText())
        except KpmUserError as exc:
            self.error_label.setText(user_message(exc))
            return
        super().accept()


def add_office_zone_action(
    menu: QMenu, settings: OfficeZoneSettings, actor: Actor, parent: QWidget
) -> QAction:
    """Add "Office time zone..." to a menu (the File menu)."""
    action = QAction(QCoreApplication.translate("OfficeZoneDialog", "Office &time zone..."), parent)

    def open_dialog() -> None:
        dialog = OfficeZoneDialog(settings, actor, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action
