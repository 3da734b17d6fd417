"""The appraisals page: appraisals filtered by cycle, department, state, grade (未评分 for
those without a final grade) and disagreements, each with its next step and who must take
it; "Waiting for me" lists, over all cycles, what the signed-in user must act on now (the
default for supervisors and employees), and the navigation entry shows that count. The
service filters (the list can be large); the filters are remembered (QSettings). A
double-click (or Enter) opens the form in its own window; HR's context menu assigns the
peer or department head of the selected appraisal."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Signal
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
from kpm_desktop.services.appraisals.appraisal_views import (
    NOT_SCORED_GRADE,
    AppraisalSummary,
    ListChoices,
)
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.appraisal_models import appraisal_model
from kpm_desktop.ui.appraisals.appraisal_pages import appraisals_title
from kpm_desktop.ui.appraisals.appraisal_ports import AppraisalPort, CyclePort, RaterPort
from kpm_desktop.ui.appraisals.rater_dialog import RaterDialog
from kpm_desktop.ui.appraisals.step_confirmation import StepSettings
from kpm_desktop.ui.common.page import Page
from kpm_desktop.ui.common.remembered_filters import RememberedFilters
from kpm_desktop.ui.common.state_labels import appraisal_state_label, not_scored_label
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.sheets.sheet_actions import SheetPort
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings

log = logging.getLogger(__name__)

# Whose default view is "Waiting for me"; HR sees every appraisal of the cycle.
WAITING_BY_DEFAULT = frozenset({Role.SUPERVISOR, Role.EMPLOYEE})
FILTERS_GROUP = "appraisals/filters"
YES, NO = "true", "false"  # a check box as remembered


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
        settings: QSettings | None = None,
        raters: RaterPort | None = None,
    ) -> None:
        super().__init__(parent)
        self._sheets = sheets
        self._sheet_settings = sheet_settings
        self._step_settings = step_settings
        self._appraisals = appraisals
        self._cycles = cycles
        self._actor = actor
        self._remembered = None if settings is None else RememberedFilters(settings, FILTERS_GROUP)
        self._pending: dict[str, str | None] = {}
        self.forms: list[AppraisalFormWidget] = []
        self.cycle = QComboBox()
        # A cycle's name can be long: the combo box keeps a width, its list shows it all.
        self.cycle.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cycle.setMinimumContentsLength(24)
        self.department = QComboBox()
        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for state in AppraisalState:
            self.state.addItem(appraisal_state_label(state), state.value)
        self.grade = QComboBox()
        self.disagreements = QCheckBox(self.tr("Disagreements"))
        self.disagreements.setToolTip(
            self.tr("Appraisals the employee acknowledged with a disagreement (flagged for HR)")
        )
        self.waiting = QCheckBox(self.tr("Waiting for me"))
        self.waiting.setToolTip(
            self.tr("What you must act on now, in every cycle (the Next step column)")
        )
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
        # Two rows: in one, the filters made the window wider than a 1280 px screen.
        whose = _filter_row(self.waiting, (self.tr("Cycle"), self.cycle),
                            (self.tr("Department"), self.department))  # fmt: skip
        whose.addStretch(1)
        whose.addWidget(self.status)
        which = _filter_row(None, (self.tr("State"), self.state), (self.tr("Grade"), self.grade))
        which.addWidget(self.disagreements)
        which.addStretch(1)
        which.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(whose)
        layout.addLayout(which)
        layout.addWidget(self.view, 1)
        self._restore_filters()
        for combo in (self.cycle, self.department, self.state, self.grade):
            combo.currentIndexChanged.connect(self.refresh)
        self.waiting.toggled.connect(self.refresh)
        self.disagreements.toggled.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_cycles()

    def _restore_filters(self) -> None:
        """The filters as remembered; what no longer exists (a deleted cycle) is left at
        its default, and the log says so."""
        waiting = self._wanted("waiting")
        self.waiting.setChecked(
            self._actor.role in WAITING_BY_DEFAULT if waiting is None else waiting == YES
        )
        self.disagreements.setChecked(self._wanted("disagreements") == YES)
        self._choose(self.state, "state", self._wanted("state"))
        # Their entries come with the cycle's choices, on the first refresh.
        self._pending = {name: self._wanted(name) for name in ("department", "grade")}
        self.reload_cycles(self._wanted("cycle"))

    def _wanted(self, name: str) -> str | None:
        return None if self._remembered is None else self._remembered.value(name)

    def _remember_filters(self) -> None:
        if self._remembered is None:
            return
        self._remembered.remember(
            {
                "waiting": YES if self.waiting.isChecked() else NO,
                "disagreements": YES if self.disagreements.isChecked() else NO,
                "cycle": self.cycle.currentData(),
                "department": self.department.currentData(),
                "state": self.state.currentData(),
                "grade": self.grade.currentData(),
            }
        )

    @staticmethod
    def _choose(combo: QComboBox, name: str, value: str | None) -> None:
        """Select `value` quietly; a value not offered any more leaves the first entry."""
        index = 0 if value is None else combo.findData(value)
        if index < 0:
            log.debug("The %s filter's choice is no longer offered: showing all", name)
            index = 0
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def reload_cycles(self, wanted: str | None = None) -> None:
        current = wanted or self.cycle.currentData()
        self.cycle.blockSignals(True)
        self.cycle.clear()
        try:
            for cycle in self._cycles.list_cycles(self._actor):
                self.cycle.addItem(f"{cycle.period} {cycle.name}", cycle.period)
        except KpmUserError as exc:
            self.status.setText(user_message(exc))
        self.cycle.blockSignals(False)
        self._choose(self.cycle, "cycle", current)

    def navigation_title(self) -> str:
        return appraisals_title(self.waiting_count)

    def refresh(self) -> None:
        waiting = self.waiting.isChecked()
        self.cycle.setEnabled(not waiting)
        period = None if waiting else self.cycle.currentData()
        try:
            rows = [] if period is None and not waiting else self._list(period)
            reuse = waiting and self._unfiltered()
            self._set_waiting_count(
                len(rows) if reuse else self._appraisals.waiting_count(self._actor)
            )
        except KpmUserError as exc:
            self.status.setText(user_message(exc))
            return
        self._remember_filters()
        self.model.set_rows(rows)
        for column in (self.model.TOTAL, self.model.GRADE):  # room for "(provisional)"
            self.view.resizeColumnToContents(column)
        self.status.setText(self.tr("%1 appraisals").replace("%1", str(len(rows))))

    def _list(self, period: str | None) -> list[AppraisalSummary]:
        """The appraisals of the cycle (every cycle's current ones waiting for the user:
        `period` None) as the filters choose, after offering the filters' choices."""
        self._offer(self._appraisals.list_choices(self._actor, period))
        department, state = self.department.currentData(), self.state.currentData()
        waiting = self.waiting.isChecked()
        return self._appraisals.list(
            self._actor,
            period=period,
            department_id=None if department is None else int(department),
            state=None if state is None else AppraisalState(state),
            grade=self.grade.currentData(),
            disagreements=self.disagreements.isChecked(),
            current_only=waiting,
            waiting_only=waiting,
        )

    def _unfiltered(self) -> bool:
        combos = (self.department, self.state, self.grade)
        chosen = any(combo.currentIndex() > 0 for combo in combos)
        return not chosen and not self.disagreements.isChecked()

    def _offer(self, choices: ListChoices) -> None:
        """The department and grade filters' entries, keeping the chosen ones."""
        department = self._pending.pop("department", None) or self.department.currentData()
        grade = self._pending.pop("grade", None) or self.grade.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for department_id, name in choices.departments:
            self.department.addItem(name, str(department_id))
        self.department.blockSignals(False)
        self.grade.blockSignals(True)
        self.grade.clear()
        self.grade.addItem(self.tr("All grades"), None)
        for name in choices.grades:
            self.grade.addItem(name, name)
        self.grade.addItem(not_scored_label(), NOT_SCORED_GRADE)
        self.grade.blockSignals(False)
        self._choose(self.department, "department", department)
        self._choose(self.grade, "grade", grade)

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


def _filter_row(check: QCheckBox | None, *labelled: tuple[str, QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    if check is not None:
        row.addWidget(check)
    for label, widget in labelled:
        row.addWidget(QLabel(label))
        row.addWidget(widget)
    return row
