"""The Selections page's actions on its bidders and panel lists: rename or remove a
bidder, change a member's weight or remove them. Each is a button under its list, an entry
of the list's context menu and, for removal, the Delete key (an event filter: a shortcut
would need the window active). The page has no undo, so a removal is asked first
(non-blocking, Cancel the default), saying which sheets it drops."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.selection import Bidder, PanelMember, SelectionState
from kpm_desktop.services.selections.selection_views import SelectionView
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.selections.selection_dialogs import MemberWeightDialog, RenameBidderDialog
from kpm_desktop.ui.selections.selection_ports import SelectionPort, SelectionSetupPort

_OPEN = (SelectionState.DRAFT, SelectionState.SCORING)
_Dialog = TypeVar("_Dialog", RenameBidderDialog, MemberWeightDialog)


class SetupActions(QObject):
    """`changed` carries the selection's name after a change, `failed` a refusal."""

    changed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        setup: SelectionSetupPort,
        selections: SelectionPort,
        actor: Actor,
        manages: bool,
        tables: tuple[QTableWidget, QTableWidget],
        view: Callable[[], SelectionView | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._setup, self._selections, self._actor, self._view = setup, selections, actor, view
        self._parent, self._manages = parent, manages
        self.bidders, self.panel = tables
        self.dialog: QWidget | None = None  # the dialog or question last opened (tests)
        self._delete_actions: dict[QObject, QAction] = {}
        self.rename_bidder_action = self._action(
            self.bidders, self.tr("&Rename..."), self.rename_bidder
        )
        self.remove_bidder_action = self._action(
            self.bidders, self.tr("Re&move"), self.confirm_remove_bidder, delete=True
        )
        self.weight_action = self._action(self.panel, self.tr("&Weight..."), self.change_weight)
        self.remove_member_action = self._action(
            self.panel, self.tr("Re&move"), self.confirm_remove_member, delete=True
        )
        for table in tables:
            table.itemSelectionChanged.connect(self.enable)

    def _action(
        self, table: QTableWidget, text: str, slot: Callable[[], object], delete: bool = False
    ) -> QAction:
        action = QAction(text, table)
        if delete:
            self._delete_actions[table] = action
            table.installEventFilter(self)
        action.triggered.connect(slot)
        table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key on a list asks to remove its chosen row."""
        action = self._delete_actions.get(watched)
        if (
            action is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and action.isEnabled()
        ):
            action.trigger()
            return True
        return super().eventFilter(watched, event)

    def buttons(self, *actions: QAction) -> QHBoxLayout:
        """A row of buttons under a list, each triggering one of its actions."""
        row = QHBoxLayout()
        for action in actions:
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())
            row.addWidget(button)
        row.addStretch(1)
        return row

    def enable(self) -> None:
        view = self._view()
        manages = self._manages and view is not None and view.summary.state in _OPEN
        bidder, member = self.chosen_bidder() is not None, self.chosen_member() is not None
        self.rename_bidder_action.setEnabled(manages and bidder)
        self.remove_bidder_action.setEnabled(manages and bidder)
        self.weight_action.setEnabled(manages and member)
        self.remove_member_action.setEnabled(manages and member)

    def chosen_bidder(self) -> Bidder | None:
        view, row = self._view(), self.bidders.currentRow()
        return view.bidders[row] if view is not None and 0 <= row < len(view.bidders) else None

    def chosen_member(self) -> PanelMember | None:
        view, row = self._view(), self.panel.currentRow()
        return view.members[row] if view is not None and 0 <= row < len(view.members) else None

    # --- acting ---------------------------------------------------------------------------

    def rename_bidder(self) -> RenameBidderDialog | None:
        view, bidder = self._view(), self.chosen_bidder()
        if view is None or bidder is None:
            return None
        dialog = RenameBidderDialog(
            self._setup, self._actor, view.summary.name, bidder.name, self._parent
        )
        return self._open(dialog)

    def change_weight(self) -> MemberWeightDialog | None:
        view, member = self._view(), self.chosen_member()
        if view is None or member is None:
            return None
        dialog = MemberWeightDialog(
            self._selections,
            self._actor,
            view.summary.name,
            member.name,
            member.weight,
            self._parent,
        )
        return self._open(dialog)

    def _open(self, dialog: _Dialog) -> _Dialog:
        dialog.saved.connect(self.changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def confirm_remove_bidder(self) -> QMessageBox | None:
        view, bidder = self._view(), self.chosen_bidder()
        if view is None or bidder is None:
            return None
        sheets = sum(1 for s in view.sheets if s.bidder_id == bidder.id)
        text = self.tr("Remove bidder %1 from selection %2?")
        if sheets:
            text = self.tr(
                "Remove bidder %1 from selection %2? Its %3 sheet(s) are dropped and the "
                "prices of the others ranked again. This cannot be undone."
            ).replace("%3", str(sheets))
        text = text.replace("%1", bidder.name).replace("%2", view.summary.name)
        name = view.summary.name
        return self._ask(
            self.tr("Remove bidder"),
            text,
            lambda: self._setup.remove_bidder(
                self._actor, name, bidder.name, drop_sheets=bool(sheets)
            ),
            name,
        )

    def confirm_remove_member(self) -> QMessageBox | None:
        view, member = self._view(), self.chosen_member()
        if view is None or member is None:
            return None
        sheets = sum(1 for s in view.sheets if s.member_id == member.id)
        text = self.tr(
            "Remove %1 from the panel of selection %2? The weights must total 100 again "
            "before the scoring can be closed."
        )
        if sheets:
            text = self.tr(
                "Remove %1 from the panel of selection %2? Their %3 sheet(s) are dropped. "
                "The weights must total 100 again before the scoring can be closed. This "
                "cannot be undone."
            ).replace("%3", str(sheets))
        text = text.replace("%1", member.label).replace("%2", view.summary.name)
        name = view.summary.name
        return self._ask(
            self.tr("Remove panel member"),
            text,
            lambda: self._setup.remove_member(
                self._actor, name, member.name, drop_sheets=bool(sheets)
            ),
            name,
        )

    def _ask(self, title: str, text: str, step: Callable[[], object], name: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        ok = box.button(QMessageBox.StandardButton.Ok)
        ok.setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: button is ok and self._run(step, name))
        self.dialog = box
        box.open()
        return box

    def _run(self, step: Callable[[], object], name: str) -> bool:
        """Whether the service took the change."""
        try:
            step()
        except KpmUserError as exc:
            self.failed.emit(user_message(exc))
            return False
        self.changed.emit(name)
        return True
