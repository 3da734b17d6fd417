"""Calibration: a department's appraisals with totals and grades, the grade distribution
against the forced-distribution quotas (overruns in red), and closing the cycle."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor, Permission, permissions_of
from kpm_desktop.domain.appraisal import CycleStatus
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.services.appraisals.calibration_views import Calibration
from kpm_desktop.ui.appraisals.appraisal_models import CalibrationModel, DistributionModel
from kpm_desktop.ui.appraisals.appraisal_ports import CalibrationPort, CyclePort
from kpm_desktop.ui.common.state_labels import cycle_status_label
from kpm_desktop.ui.common.user_messages import user_message


class OverrideDialog(QDialog):
    """HR's reason for closing a cycle over quota or with appraisals not finalized; `open()`
    it and listen to `reason_given`."""

    reason_given = Signal(str)

    def __init__(self, problems: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the cycle anyway"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why the cycle may close as it is (recorded)"))
        text = QLabel(problems)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.reason.setFocus()
            return
        super().accept()
        self.reason_given.emit(reason)


class CalibrationPage(QWidget):
    closed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        calibration: CalibrationPort,
        cycles: CyclePort,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calibration = calibration
        self._cycles = cycles
        self._actor = actor
        self.view_data: Calibration | None = None
        self.cycle = QComboBox()
        self.department = QComboBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close cycle…"))
        self.close_button.setVisible(Permission.MANAGE_CYCLES in permissions_of(actor.role))
        self.close_button.clicked.connect(self.confirm_close)
        self.rows_model = CalibrationModel(self)
        self.rows_view = QTableView()
        self.rows_view.setModel(self.rows_model)
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.distribution_model = DistributionModel(self)
        self.distribution_view = QTableView()
        self.distribution_view.setModel(self.distribution_model)
        self.distribution_view.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cycle")))
        top.addWidget(self.cycle)
        top.addWidget(QLabel(self.tr("Department")))
        top.addWidget(self.department)
        top.addStretch(1)
        top.addWidget(self.close_button)
        splitter = QSplitter()
        splitter.addWidget(self.rows_view)
        distribution = QWidget()
        side = QVBoxLayout(distribution)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Grade distribution against quotas")))
        side.addWidget(self.distribution_view)
        splitter.addWidget(distribution)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.reload_cycles()
        self.cycle.currentIndexChanged.connect(self._load_departments)
        self.department.currentIndexChanged.connect(self.refresh)
        self._load_departments()

    def reload_cycles(self) -> None:
        self.cycle.blockSignals(True)
        self.cycle.clear()
        try:
            for cycle in self._cycles.list_cycles(self._actor):
                status = cycle_status_label(cycle.status)
                self.cycle.addItem(f"{cycle.period} {cycle.name} ({status})", cycle.period)
        except KpmUserError as exc:
            self._fail(user_message(exc))
        self.cycle.blockSignals(False)

    def _load_departments(self) -> None:
        period = self.cycle.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        if period is not None:
            try:
                for department_id, name in self._calibration.departments(self._actor, period):
                    self.department.addItem(name, department_id)
            except KpmUserError as exc:
                self._fail(user_message(exc))
        self.department.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        period, department_id = self.cycle.currentData(), self.department.currentData()
        if period is None or department_id is None:
            self.rows_model.set_rows([])
            self.distribution_model.set_groups([])
            return
        try:
            view = self._calibration.view(self._actor, period, department_id)
            status = self._cycles.get(self._actor, period).status
        except KpmUserError as exc:
            self._fail(user_message(exc))
            return
        self.view_data = view
        self.rows_model.over_quota = {b.grade for g in view.groups for b in g.breaches}
        self.rows_model.set_rows(view.rows)
        self.distribution_model.set_groups(view.groups)
        self.close_button.setEnabled(status is CycleStatus.OPEN)
        if view.over_quota:
            self.message.setStyleSheet("color: #b00020;")
            text = self.tr("Over quota: the grades in red exceed the forced distribution")
        else:
            self.message.setStyleSheet("")
            text = self.tr("Within the quotas")
        if view.unscored:
            text += " · " + self.tr(
                "%n appraisal(s) not scored, left out of the distribution and quotas",
                "",
                view.unscored,
            )
        self.message.setText(text)

    def confirm_close(self) -> QMessageBox | None:
        """Ask before closing (non-blocking; Cancel is the default): closing locks the
        cycle's results for good. Always asked, like finalizing."""
        period = self.cycle.currentData()
        if period is None:
            return None
        shown = self.view_data
        text = self.tr("Close cycle %1? No appraisal can be added to it afterwards.").replace(
            "%1", str(period)
        )
        if shown is not None and shown.unscored:
            unscored = self.tr("%n appraisal(s) of this department not scored", "", shown.unscored)
            text += "\n" + unscored
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close cycle"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Close"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ok = box.button(QMessageBox.StandardButton.Ok)
        box.buttonClicked.connect(lambda button: button is ok and self.close_cycle())
        box.open()
        return box

    def close_cycle(self) -> OverrideDialog | None:
        """Close at once when no quota is exceeded and every appraisal is finalized; otherwise
        ask HR for the override reason."""
        period = self.cycle.currentData()
        if period is None:
            return None
        try:
            self._cycles.close(self._actor, period)
        except KpmUserError as exc:
            if "override reason" not in exc.template:
                self._fail(user_message(exc))
                return None
            dialog = OverrideDialog(user_message(exc), self)
            dialog.reason_given.connect(lambda reason: self._close_with(period, reason))
            dialog.open()
            return dialog
        self._closed(period)
        return None

    def _close_with(self, period: str, reason: str) -> None:
        try:
            self._cycles.close(self._actor, period, reason)
        except KpmUserError as exc:
            self._fail(user_message(exc))
            return
        self._closed(period)

    def _closed(self, period: str) -> None:
        self.reload_cycles()
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(period)))
        self.refresh()
        self.closed.emit(period)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        self.failed.emit(text)
