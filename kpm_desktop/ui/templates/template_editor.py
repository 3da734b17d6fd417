"""The scorecard editor: tree, details, template settings, live validation and a preview.

Every edit is an undo command on a `TemplateDraft`. The weight total is always shown (red
with the difference when it is not 100.00), problems are listed and block activation, and
unsaved edits are autosaved to a recovery file a few seconds after each change, on hide and
on quit, so a crash loses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.decimals import round_to
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.rubric_validation import HUNDRED, template_problems
from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore, recovery_key
from kpm_desktop.services.templates.template_draft import TemplateDraft
from kpm_desktop.services.templates.template_summary import TemplateSummary
from kpm_desktop.ui.common.state_labels import template_status_label
from kpm_desktop.ui.common.undo_button import UndoButton
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.templates.indicator_panel import IndicatorPanel
from kpm_desktop.ui.templates.template_preview import TemplatePreview
from kpm_desktop.ui.templates.template_settings import TemplateSettings
from kpm_desktop.ui.templates.template_source import TemplateSource
from kpm_desktop.ui.templates.template_tree_model import RubricTreeModel
from kpm_desktop.ui.templates.tree_actions import TreeActions

RED, GREEN = "#c62828", "#2e7d32"


class _UndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a text field undo the template, not just the field's text."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                if event.type() == QEvent.Type.KeyPress:
                    undo = event.matches(QKeySequence.StandardKey.Undo)
                    self._stack.undo() if undo else self._stack.redo()
                event.accept()
                return True
        return False


class TemplateEditor(QWidget):
    saved = Signal(object)  # TemplateSummary
    closed = Signal()
    autosaved = Signal()

    def __init__(
        self,
        source: TemplateSource,
        recovery: DraftRecoveryStore,
        actor: Actor,
        template: RubricTemplate,
        summary: TemplateSummary | None,
        *,
        recovered: bool = False,
        autosave_ms: int = 3000,
        show_preview: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.recovery, self.summary = source, recovery, summary
        self.actor = actor
        # Without MANAGE_TEMPLATES the editor only shows; the service would refuse a save.
        self.read_only = not source.can_manage(actor)
        self.template_id = summary.id if summary else None
        self.recovery_key = recovery_key(self.template_id)
        self._recovered = recovered
        self.close_prompt: QMessageBox | None = None
        self.undo_stack = QUndoStack(self)
        self.model = RubricTreeModel(TemplateDraft.from_template(template), self.undo_stack, self)
        self._build(autosave_ms)
        self.preview_action.setChecked(show_preview)
        self.model.draftChanged.connect(self._draft_changed)
        self.undo_stack.cleanChanged.connect(self._update_title)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.autosave_now)
        if self.read_only:
            self._make_read_only()
        self.tree.expandAll()
        self._refresh()
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(
                self.model.index(0, 0, first) if self.model.rowCount(first) else first
            )

    # --- building -----------------------------------------------------------------------

    def _build(self, autosave_ms: int) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff8e1; border: 1px solid #ffe082; padding: 4px;")
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._fit_tree_width)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(lambda parent, first, last: self.tree.expand(parent))
        self.actions_ = TreeActions(self.tree, self.model)
        self.panel = IndicatorPanel(self.model)
        self.settings = TemplateSettings(self.model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self.panel), self.tr("Indicator"))
        self.tabs.addTab(self._scrolled(self.settings), self.tr("Template"))
        self.preview = TemplatePreview()
        splitter = self._splitter()
        self.toolbar = QToolBar()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.toolbar.addWidget(UndoButton(self.undo_stack, self.tr("Undo")))
        self.toolbar.addWidget(UndoButton(self.undo_stack, self.tr("Redo"), redo=True))
        self.toolbar.addSeparator()
        self.toolbar.addActions(list(self.actions_.all))
        self.toolbar.addSeparator()
        self.preview_action = self.toolbar.addAction(self.tr("Preview"))
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.preview_action.setToolTip(self.tr("Show or hide the preview of the printed sheet"))
        self.preview_action.toggled.connect(self.preview.setVisible)
        self.weight_total = QLabel()
        self.weight_total.setStyleSheet("font-weight: bold;")
        self.problems_heading = QLabel()
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(80)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.activate_button = QPushButton(self.tr("Activate"))
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.activate_button.clicked.connect(self.activate)
        self.close_button.clicked.connect(self.request_close)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self._lay_out(splitter)
        keys = _UndoKeys(self.undo_stack, self)
        for child in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            child.installEventFilter(keys)

    def _lay_out(self, splitter: QSplitter) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.weight_total)
        checks = QVBoxLayout()
        checks.addWidget(self.problems_heading)
        checks.addWidget(self.problem_list)
        checks.addWidget(self.message)
        buttons = QVBoxLayout()
        for button in (self.save_button, self.activate_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addLayout(checks, 1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _make_read_only(self) -> None:
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        for action in (self.undo_action, self.redo_action, *self.actions_.all):
            action.setEnabled(False)
        self.toolbar.hide()
        self.panel.setEnabled(False)
        self.settings.setEnabled(False)
        self.save_button.hide()
        self.activate_button.hide()

    def _splitter(self) -> QSplitter:
        """Tree, settings and preview side by side. The settings never get narrower than
        their fields; tree and preview share the rest, and the preview folds away (on a
        1280 px screen it leaves the tree room)."""
        splitter = QSplitter()
        for index, (pane, stretch) in enumerate(
            ((self.tree, 1), (self.tabs, 0), (self.preview, 1))
        ):
            splitter.addWidget(pane)
            splitter.setStretchFactor(index, stretch)
            splitter.setCollapsible(index, pane is self.preview)
        splitter.setSizes([320, self.tabs.minimumSizeHint().width(), 480])
        return splitter

    def _fit_tree_width(self, column: int, _old: int, _new: int) -> None:
        """The tree is never so narrow that the heading of its first column is cut: it is
        as wide as that heading beside the other columns (sized to their contents)."""
        if column == 0:
            return
        header = self.tree.header()
        columns = sum(header.sectionSize(c) for c in range(1, header.count()))
        scroll_bar = self.tree.verticalScrollBar().sizeHint().width()
        needed = header.sectionSizeHint(0) + columns + scroll_bar + 2 * self.tree.frameWidth()
        self.tree.setMinimumWidth(needed)

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        # Forms and tables reflow to the pane's width; sideways scrolling only hides fields,
        # so the pane is never narrower than the form (beside a vertical scroll bar).
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_bar = area.verticalScrollBar().sizeHint().width()
        area.setMinimumWidth(widget.minimumSizeHint().width() + scroll_bar + 2 * area.frameWidth())
        return area

    # --- showing the draft --------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        node = self.model.node(current)
        self.panel.show_node(node)
        if node is not None:
            self.tabs.setCurrentIndex(0)

    def _draft_changed(self) -> None:
        self._refresh()
        # Not `is_modified()`: a command runs before the stack counts it, so the stack may
        # still say clean here; the autosave itself checks.
        self.autosave_timer.start()

    def _refresh(self) -> None:
        self.panel.show_node(self.model.node(self.tree.currentIndex()))
        self.settings.refresh()
        template = self.model.draft.to_template()
        self._show_checks(template)
        self.preview.show_template(template)
        self._update_title()

    def _show_checks(self, template: RubricTemplate) -> None:
        total = round_to(template.weight_total())
        if total == HUNDRED:
            self.weight_total.setText(self.tr("Weight total %1 %").replace("%1", str(total)))
            colour = GREEN
        else:
            gap = round_to(HUNDRED - total)
            side = self.tr("%1 short") if gap > 0 else self.tr("%1 over")
            self.weight_total.setText(
                self.tr("Weight total %1 % (%2)")
                .replace("%1", str(total))
                .replace("%2", side.replace("%1", str(abs(gap))))
            )
            colour = RED
        self.weight_total.setStyleSheet(f"font-weight: bold; font-size: 14px; color: {colour};")
        self.weight_total.setProperty("ok", colour == GREEN)
        problems = [user_message(p.text) for p in template_problems(template)]
        self.problem_list.clear()
        self.problem_list.addItems(problems)
        self.problem_list.setVisible(bool(problems))
        self.activate_button.setEnabled(not problems)
        if problems:
            heading = self.tr("Cannot activate yet, %n problem(s):", "", len(problems))
            self.activate_button.setToolTip("\n".join(problems))
        else:
            heading = self.tr("No problems: the template can be activated.")
            self.activate_button.setToolTip("")
        self.problems_heading.setText(heading)
        self.problems_heading.setStyleSheet(f"color: {RED if problems else GREEN};")

    def _update_title(self) -> None:
        draft = self.model.draft
        status = template_status_label(self.summary.status) if self.summary else self.tr("new")
        mark = " *" if self.is_modified() else ""
        self.title.setText(f"{draft.name} · v{draft.version} · {status}{mark}")
        used = self.summary is not None and self.summary.in_use
        self.banner.setVisible(used)
        if used:
            self.banner.setText(
                self.tr(
                    "Version %1 is used by appraisals and never changes: "
                    "saving makes a new version."
                ).replace("%1", str(draft.version))
            )

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {RED if error else GREEN};")

    # --- saving, activating, closing, autosave -------------------------------------------

    def is_modified(self) -> bool:
        return self._recovered or not self.undo_stack.isClean()

    def save(self) -> TemplateSummary | None:
        template = self.model.draft.to_template()
        try:
            summary = self.source.save_draft(self.actor, template, self.template_id)
        except KpmUserError as exc:
            self.show_message(user_message(exc), error=True)
            return None
        previous = self.summary
        self.summary, self.template_id = summary, summary.id
        self.model.draft.version = summary.version
        self._recovered = False
        self.undo_stack.setClean()
        self.recovery.discard(self.recovery_key)
        self.recovery_key = recovery_key(summary.id)
        self.autosave_timer.stop()
        if previous is not None and previous.id != summary.id:
            self.show_message(
                self.tr("Saved as version %1; version %2 stays with the appraisals that use it.")
                .replace("%1", str(summary.version))
                .replace("%2", str(previous.version))
            )
        else:
            self.show_message(self.tr("Saved version %1.").replace("%1", str(summary.version)))
        self._refresh()
        self.saved.emit(summary)
        return summary

    def activate(self) -> TemplateSummary | None:
        if (self.is_modified() or self.template_id is None) and self.save() is None:
            return None
        assert self.template_id is not None
        try:
            summary = self.source.activate(self.actor, self.template_id)
        except KpmUserError as exc:
            self.show_message(user_message(exc), error=True)
            return None
        self.summary = summary
        self.show_message(self.tr("Version %1 is now active.").replace("%1", str(summary.version)))
        self._update_title()
        self.saved.emit(summary)
        return summary

    def autosave_now(self) -> None:
        if self.is_modified():
            self.recovery.save(self.recovery_key, self.model.draft.to_template(), self.template_id)
            self.autosaved.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosave_now()
        super().hideEvent(event)

    def request_close(self) -> bool:
        """Close now when nothing is unsaved, else ask (non-blocking) and close on the answer."""
        if not self.is_modified():
            self._finish_close()
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to '%1' before closing?").replace(
                "%1", self.model.draft.name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.buttonClicked.connect(self._close_answered)
        self.close_prompt = box
        box.open()
        return False

    def _close_answered(self, button: QAbstractButton) -> None:
        assert self.close_prompt is not None
        answer = self.close_prompt.standardButton(button)
        self.close_prompt = None
        if answer == QMessageBox.StandardButton.Save:
            if self.save() is not None:
                self._finish_close()
        elif answer == QMessageBox.StandardButton.Discard:
            self.recovery.discard(self.recovery_key)
            self._recovered = False
            self.undo_stack.setClean()
            self._finish_close()

    def _finish_close(self) -> None:
        self.autosave_timer.stop()
        self.closed.emit()
