"""The appraisals page: appraisals filtered by cycle, department and state, each with its
next step and who must take it; "Waiting for me" lists, over all cycles, what the signed-in
user must act on now (the default for supervisors and employees), and the navigation entry
shows that count. A double-click (or Enter) opens the form in its own window; HR's context
menu assigns the peer or department head of the selected appraisal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.appraisal_models import appraisal_model
from kpm_desktop.ui.appraisals.appraisal_ports import AppraisalPort, CyclePort, RaterPort
from kpm_desktop.ui.appraisals.rater_dialog import RaterDialog
from kpm_desktop.ui.appraisals.step_confirmation import StepSettings
from kpm_desktop.ui.common.page import Page
from kpm_desktop.ui.common.state_labels import appraisal_state_label
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.sheets.sheet_actions import SheetPort
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings

# Whose default view is "Waiting for me"; HR sees every appraisal of the cycle.
WAITING_BY_DEFAULT = frozenset({Role.SUPERVISOR, Role.EMPLOYEE})


class AppraisalsPage(Page):
    form_opened = Signal(object)  # AppraisalFormWidget

    def __init__(
        self,
        appraisals: AppraisalPort,
        cycles: CyclePort,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        sheets: SheetPort | None = None,
        sheet_settings: SheetSettings | None = None,
        step_settings: StepSettings | None = None,
        raters: RaterPort | None = None,
    ) -> None:
        super().__init__(parent)
        self._sheets = sheets
        self._sheet_settings = sheet_settings
        self._step_settings = step_settings
        self._appraisals = appraisals
        self._cycles = cycles
        self._actor = actor
        self.forms: list[AppraisalFormWidget] = []
        self.cycle = QComboBox()
        self.department = QComboBox()
        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for state in AppraisalState:
            self.state.addItem(appraisal_state_label(state), state.value)
        self.waiting = QCheckBox(self.tr("Waiting for me"))
        self.waiting.setToolTip(
            self.tr("What you must act on now, in every cycle (the Next step column)")
        )
        self.waiting.setChecked(actor.role in WAITING_BY_DEFAULT)
        self.waiting_count = 0
        self.status = QLabel()
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(self.open_selected)
        self.model = appraisal_model(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.activated.connect(lambda _index: self.open_selected())
        if raters is not None and actor.role is Role.HR_ADMIN:
            self._add_assign_rater_action(raters)
        filters = QHBoxLayout()
        filters.addWidget(self.waiting)
        for label, widget in ((self.tr("Cycle"), self.cycle), (self.tr("Department"),
                              self.department), (self.tr("State"), self.state)):  # fmt: skip
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(open_button)
        filters.addStretch(1)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.reload_cycles()
        for combo in (self.cycle, self.department, self.state):
            combo.currentIndexChanged.connect(self.refresh)
        self.waiting.toggled.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_cycles()

    def reload_cycles(self) -> None:
        current = self.cycle.currentData()
        self.cycle.blockSignals(True)
        self.cycle.clear()
        try:
            for cycle in self._cycles.list_cycles(self._actor):
                self.cycle.addItem(f"{cycle.period} {cycle.name}", cycle.period)
        except KpmUserError as exc:
            self.status.setText(user_message(exc))
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(current)))
        self.cycle.blockSignals(False)

    def navigation_title(self) -> str:
        title = QCoreApplication.translate("Navigation", "Appraisals")
        return f"{title} ({self.waiting_count})" if self.waiting_count else title

    def refresh(self) -> None:
        waiting = self.waiting.isChecked()
        self.cycle.setEnabled(not waiting)
        period = self.cycle.currentData()
        try:
            if waiting:
                rows = self._appraisals.list(self._actor, current_only=True, waiting_only=True)
                self._set_waiting_count(len(rows))
            else:
                self._set_waiting_count(self._appraisals.waiting_count(self._actor))
                rows = [] if period is None else self._appraisals.list(self._actor, period=period)
        except KpmUserError as exc:
            self.status.setText(user_message(exc))
            return
        departments = sorted({r.department for r in rows})
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for name in departments:
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(0, self.department.findData(chosen)))
        self.department.blockSignals(False)
        department, state = self.department.currentData(), self.state.currentData()
        shown = [
            r for r in rows
            if (department is None or r.department == department)
            and (state is None or r.state.value == state)
        ]  # fmt: skip
        self.model.set_rows(shown)
        self.status.setText(self.tr("%1 appraisals").replace("%1", str(len(shown))))

    def _set_waiting_count(self, count: int) -> None:
        if count != self.waiting_count:
            self.waiting_count = count
            self.navigationTitleChanged.emit(self.navigation_title())

    def open_selected(self) -> AppraisalFormWidget | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.open_form(self.model.rows[rows[0].row()].id)

    def _add_assign_rater_action(self, raters: RaterPort) -> None:
        """Assign rater… in the table's context menu (also the Menu key or Shift+F10)."""
        self._raters = raters
        self.assign_rater_action = QAction(self.tr("Assign rater…"), self.view)
        self.assign_rater_action.triggered.connect(self.assign_rater_selected)
        self.view.addAction(self.assign_rater_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def assign_rater_selected(self) -> RaterDialog | None:
        """The assign-rater dialog for the selected appraisal, opened (non-blocking)."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        appraisal_id = self.model.rows[rows[0].row()].id
        try:
            form = self._appraisals.form(self._actor, appraisal_id)
            candidates = self._raters.rater_candidates(self._actor, appraisal_id)
        except KpmUserError as exc:
            self.status.setText(user_message(exc))
            return None
        dialog = RaterDialog(self._raters, self._actor, form, candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.assigned.connect(self._rater_assigned)
        dialog.open()
        return dialog

    def _rater_assigned(self, summary: AppraisalSummary) -> None:
        self.refresh()
        for form in self.forms:
            if form.appraisal_id == summary.id:
                form.load()

    def open_form(self, appraisal_id: int) -> AppraisalFormWidget:
        """The appraisal's form window: the open one raised, else a new one. The windows
        belong to this page, so they close with the main window (sign-out, quit)."""
        for form in self.forms:
            if form.appraisal_id == appraisal_id:  # an amendment moves a form to its revision
                form.setWindowState(form.windowState() & ~Qt.WindowState.WindowMinimized)
                form.show()
                form.raise_()
                form.activateWindow()
                return form
        form = AppraisalFormWidget(
            self._appraisals,
            self._actor,
            appraisal_id,
            self,
            sheets=self._sheets,
            sheet_settings=self._sheet_settings,
            step_settings=self._step_settings,
        )
        form.setWindowFlag(Qt.WindowType.Window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.setWindowTitle(self.tr("Appraisal #%1").replace("%1", str(appraisal_id)))
        form.resize(1200, 760)
        form.saved.connect(lambda _version: self.refresh())
        form.destroyed.connect(lambda _object=None, closed=form: self.forms.remove(closed))
        self.forms.append(form)
        form.show()
        self.form_opened.emit(form)
        return form
