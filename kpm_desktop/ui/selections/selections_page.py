"""The Selections page: the selection evaluations (选型评分), and for the one chosen its
bidders, its panel and the comparison; HR sets them up (renames and removes bidders and
members through `SetupActions`, moves the deadline), starts and closes the scoring and
saves the comparison (XLSX, the PDF with the panel's signature boxes, signed when the sheet
settings name a certificate); a panel member scores the bidders until the deadline day
ends (office time). Every dialog is opened with `open()` (non-blocking)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor, OrgChart, Permission, is_allowed
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.selection import SelectionState, rank_indicators
from kpm_desktop.domain.selection_sheet import comparison_sheet
from kpm_desktop.services.selections.selection_views import SelectionSummary, SelectionView
from kpm_desktop.ui.common.page import Page
from kpm_desktop.ui.common.state_labels import selection_state_label
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.selections.comparison_export import ComparisonExport
from kpm_desktop.ui.selections.comparison_table import fill_comparison
from kpm_desktop.ui.selections.score_sheet_dialog import ScoreSheetDialog
from kpm_desktop.ui.selections.selection_dialogs import (
    BidderDialog,
    DeadlineDialog,
    MemberDialog,
    NewSelectionDialog,
)
from kpm_desktop.ui.selections.selection_ports import (
    SelectionOutputPort,
    SelectionPort,
    SelectionSetupPort,
)
from kpm_desktop.ui.selections.setup_actions import SetupActions
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings

_Dialog = TypeVar("_Dialog", NewSelectionDialog, BidderDialog, MemberDialog, DeadlineDialog)
_OPEN = (SelectionState.DRAFT, SelectionState.SCORING)


def _table(*headings: str) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(list(headings))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for index, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(index, column, QTableWidgetItem(text))


def _with_buttons(table: QTableWidget, buttons: QHBoxLayout) -> QWidget:
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    layout.addLayout(buttons)
    return host


class SelectionsPage(Page):
    failed = Signal(str)

    def __init__(
        self,
        service: SelectionPort,
        outputs: SelectionOutputPort,
        setup: SelectionSetupPort,
        actor: Actor,
        sheet_settings: SheetSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._outputs, self._setup = service, outputs, setup
        self._actor, self._sheet_settings = actor, sheet_settings
        self._manages = is_allowed(actor, Permission.MANAGE_CYCLES, OrgChart())
        self._view: SelectionView | None = None
        self.dialog: QWidget | None = None  # the dialog last opened (tests drive it)
        self.list = _table(
            self.tr("Selection"), self.tr("State"), self.tr("Template"), self.tr("Bidders"),
            self.tr("Panel"), self.tr("Deadline"),
        )  # fmt: skip
        self.list.itemSelectionChanged.connect(self.show_chosen)
        self.bidders = _table(
            self.tr("Bidder"), self.tr("Contact"), self.tr("Quoted"), self.tr("Documents")
        )
        self.panel = _table(self.tr("Panel member"), self.tr("Weight"), self.tr("Sheets"))
        self.setup_actions = SetupActions(
            setup, service, actor, self._manages, (self.bidders, self.panel), self.view, self
        )
        self.setup_actions.changed.connect(self._changed)
        self.setup_actions.failed.connect(self.failed)
        self.comparison = QTableWidget()
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visibility = QLabel()
        self.visibility.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        tabs = QTabWidget()
        actions = self.setup_actions
        tabs.addTab(
            _with_buttons(
                self.bidders,
                actions.buttons(actions.rename_bidder_action, actions.remove_bidder_action),
            ),
            self.tr("&Bidders"),
        )
        tabs.addTab(
            _with_buttons(
                self.panel, actions.buttons(actions.weight_action, actions.remove_member_action)
            ),
            self.tr("&Panel"),
        )
        compared = QWidget()
        compared_layout = QVBoxLayout(compared)
        compared_layout.addWidget(self.visibility)
        compared_layout.addWidget(self.comparison)
        tabs.addTab(compared, self.tr("&Comparison"))
        self.buttons = self._buttons()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(tabs)
        # The list holds a few selections a year; the bidders and the comparison need the height.
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([130, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addLayout(self._deadline_row())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.failed.connect(self.message.setText)
        self.export = ComparisonExport(outputs, actor, sheet_settings, self)
        self.export.saved.connect(self.message.setText)
        self.export.failed.connect(self.failed)
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New..."))
        self.bidder_button = QPushButton(self.tr("Bi&dder..."))
        self.member_button = QPushButton(self.tr("Panel &member..."))
        self.start_button = QPushButton(self.tr("&Start scoring"))
        self.score_button = QPushButton(self.tr("Sc&ore..."))
        self.close_button = QPushButton(self.tr("C&lose scoring"))
        self.sign_button = QPushButton(self.tr("Si&gned today"))
        self.sign_button.setToolTip(
            self.tr("Record that the panel signed the printed comparison today")
        )
        self.xlsx_button = QPushButton(self.tr("E&xport XLSX..."))
        self.pdf_button = QPushButton(self.tr("Save &PDF..."))
        actions = (
            (self.new_button, self.new_selection), (self.bidder_button, self.add_bidder),
            (self.member_button, self.add_member), (self.start_button, self.start),
            (self.score_button, self.score), (self.close_button, self.close_scoring),
            (self.sign_button, self.record_signing),
            (self.xlsx_button, self.save_xlsx), (self.pdf_button, self.save_pdf),
        )  # fmt: skip
        for button, slot in actions:
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _deadline_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.deadline = QLabel()
        self.deadline_button = QPushButton(self.tr("Change &deadline..."))
        self.deadline_button.clicked.connect(self.change_deadline)
        row.addWidget(self.deadline)
        row.addWidget(self.deadline_button)
        row.addStretch(1)
        return row

    def view(self) -> SelectionView | None:
        """The selection shown, as the user may see it."""
        return self._view

    def deadline_text(self, summary: SelectionSummary) -> str:
        if summary.deadline is None:
            return ""
        day = summary.deadline.isoformat()
        if summary.overdue:
            return self.tr("%1 (overdue)").replace("%1", day)
        return day

    # --- showing --------------------------------------------------------------------------

    def refresh(self, chosen: str | None = None) -> None:
        chosen = chosen or self.chosen_name()
        summaries = self._service.list_selections(self._actor)
        self.list.blockSignals(True)
        _fill(
            self.list,
            [
                [s.name, selection_state_label(s.state), s.template, str(s.bidders),
                 str(s.members), self.deadline_text(s)]
                for s in summaries
            ],
        )  # fmt: skip
        self.list.blockSignals(False)
        names = [s.name for s in summaries]
        if names:
            self.list.selectRow(names.index(chosen) if chosen in names else 0)
        self.show_chosen()

    def chosen_name(self) -> str | None:
        row = self.list.currentRow()
        item = self.list.item(row, 0) if row >= 0 else None
        return None if item is None else item.text()

    def show_chosen(self) -> None:
        name = self.chosen_name()
        self._view = None
        if name is not None:
            try:
                self._view = self._service.view(self._actor, name)
            except KpmUserError as exc:
                self.failed.emit(user_message(exc))
        self._show(self._view)

    def _show(self, view: SelectionView | None) -> None:
        bidders = [] if view is None else list(view.bidders)
        _fill(
            self.bidders,
            [
                [b.name, b.contact, ", ".join(f"{c} {v:,.2f}" for c, v in b.figures.items()),
                 ", ".join(b.documents)]
                for b in bidders
            ],
        )  # fmt: skip
        members = [] if view is None else list(view.members)
        done = {m.id: 0 for m in members}
        for own in [] if view is None else view.sheets:
            done[own.member_id] = done.get(own.member_id, 0) + 1
        _fill(
            self.panel,
            [[m.label, f"{fmt(m.weight)}%", f"{done[m.id]} / {len(bidders)}"] for m in members],
        )
        self.comparison.clear()
        self.comparison.setRowCount(0)
        if view is not None and view.bidders:
            summary = view.summary
            sheet = comparison_sheet(
                summary.id, summary.name, self._sheet_settings.company, summary.template_version,
                summary.state, summary.deadline, None, view.comparison,
            )  # fmt: skip
            fill_comparison(self.comparison, sheet)
        self.visibility.setText(
            "" if view is None or view.sees_all
            else self.tr("Only your own sheets are shown until the selection is closed.")
        )  # fmt: skip
        self._show_deadline(view)
        self._enable(view)

    def _show_deadline(self, view: SelectionView | None) -> None:
        summary = None if view is None else view.summary
        if summary is None or summary.deadline is None:
            text = "" if summary is None else self.tr("No deadline")
        elif summary.overdue:
            text = self.tr(
                "Deadline %1 has passed (office time): panel members can no longer submit "
                "sheets; HR can extend it or close the scoring."
            ).replace("%1", summary.deadline.isoformat())
        else:
            text = self.tr("Sheets are taken until the end of %1 (office time).").replace(
                "%1", summary.deadline.isoformat()
            )
        self.deadline.setText(text)
        self.deadline.setStyleSheet("color: #B22222" if summary and summary.overdue else "")

    def _enable(self, view: SelectionView | None) -> None:
        state = None if view is None else view.summary.state
        manages = self._manages and view is not None
        self.new_button.setEnabled(self._manages)
        self.bidder_button.setEnabled(
            manages and state in (SelectionState.DRAFT, SelectionState.SCORING)
        )
        self.member_button.setEnabled(manages and state is SelectionState.DRAFT)
        self.deadline_button.setEnabled(manages and state in _OPEN)
        self.setup_actions.enable()
        self.start_button.setEnabled(manages and state is SelectionState.DRAFT)
        member = view is not None and view.own_member_id is not None
        self.score_button.setEnabled(member and state is SelectionState.SCORING)
        self.close_button.setEnabled(manages and state is SelectionState.SCORING)
        self.sign_button.setEnabled(manages and state is SelectionState.CLOSED)
        full = view is not None and view.sees_all
        self.xlsx_button.setEnabled(full)
        self.pdf_button.setEnabled(full)

    # --- acting -------------------------------------------------------------------------

    def new_selection(self) -> NewSelectionDialog:
        dialog = NewSelectionDialog(self._service, self._actor, self)
        return self._open(dialog)

    def add_bidder(self) -> BidderDialog | None:
        name = self.chosen_name()
        if name is None:
            return None
        template = self._service.template_of(self._actor, name)
        ranked = [(i.code, i.name) for i in rank_indicators(template)]
        return self._open(BidderDialog(self._service, self._actor, name, ranked, self))

    def add_member(self) -> MemberDialog | None:
        name = self.chosen_name()
        if name is None:
            return None
        return self._open(MemberDialog(self._service, self._actor, name, self))

    def score(self) -> ScoreSheetDialog | None:
        view = self._view
        if view is None or view.own_member_id is None:
            return None
        scored = {s.bidder_id for s in view.sheets if s.member_id == view.own_member_id}
        open_bidders = [b.name for b in view.bidders if b.id not in scored]
        template = self._service.template_of(self._actor, view.summary.name)
        dialog = ScoreSheetDialog(
            self._service, self._actor, view.summary.name, template, open_bidders, self
        )
        dialog.show_deadline(self.deadline.text(), overdue=view.summary.overdue)
        dialog.scored.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def change_deadline(self) -> DeadlineDialog | None:
        view = self._view
        if view is None:
            return None
        summary = view.summary
        return self._open(
            DeadlineDialog(self._setup, self._actor, summary.name, summary.deadline, self)
        )

    def _changed(self, name: str) -> None:
        self.message.clear()
        self.refresh(name)

    def _open(self, dialog: _Dialog) -> _Dialog:
        dialog.saved.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self) -> None:
        self._act(lambda name: self._service.start_scoring(self._actor, name))

    def close_scoring(self) -> None:
        self._act(lambda name: self._service.close(self._actor, name))

    def record_signing(self) -> None:
        self._act(lambda name: self._service.sign(self._actor, name, date.today()))

    def _act(self, step: Callable[[str], object]) -> None:
        name = self.chosen_name()
        if name is None:
            return
        try:
            step(name)
        except KpmUserError as exc:
            self.failed.emit(user_message(exc))
            return
        self.message.clear()
        self.refresh(name)

    def save_xlsx(self) -> QFileDialog | None:
        name = self.chosen_name()
        return None if name is None else self.export.save_as(name, "xlsx")

    def save_pdf(self) -> QFileDialog | None:
        name = self.chosen_name()
        return None if name is None else self.export.save_as(name, "pdf")
