"""A small dialog to set one KPI target for a staff member or a department."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.kpi import KPI_DEFINITIONS
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.common.vocabulary import kpi_name
from kpm_desktop.ui.kpis.kpi_source import KpiSource


class KpiTargetDialog(QDialog):
    """Non-blocking: show with `open()`; `saved` is emitted after a target is written."""

    saved = Signal(object)  # KpiTarget

    def __init__(
        self, service: KpiSource, actor: Actor, period: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._actor = service, actor
        self.setWindowTitle(self.tr("Set KPI target"))
        self.period = QLineEdit(period)
        self.owner_kind = QComboBox()
        self.owner_kind.addItem(self.tr("Staff member (employee no.)"), "staff")
        self.owner_kind.addItem(self.tr("Department (code)"), "department")
        self.owner = QLineEdit()
        self.kpi = QComboBox()
        for definition in KPI_DEFINITIONS:
            self.kpi.addItem(f"{kpi_name(definition)} ({definition.key})", definition.key)
        self.value = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Period"), self.period)
        layout.addRow(self.tr("For"), self.owner_kind)
        layout.addRow(self.tr("Who"), self.owner)
        layout.addRow(self.tr("KPI"), self.kpi)
        layout.addRow(self.tr("Target value"), self.value)
        layout.addRow(self.error)
        layout.addRow(buttons)

    def save(self) -> None:
        staff = self.owner_kind.currentData() == "staff"
        try:
            target = KpiTarget.parse(
                self.period.text(),
                self.kpi.currentData(),
                self.value.text(),
                staff_no=self.owner.text() if staff else None,
                department_code=None if staff else self.owner.text(),
            )
            self._service.set_target(self._actor, target)
        except KpmUserError as exc:
            self.error.setText(user_message(exc))
            return
        self.error.setText(self.tr("Saved: {owner} {kpi} = {value}").format(
            owner=target.owner, kpi=target.kpi, value=target.value
        ))  # fmt: skip
        self.saved.emit(target)
