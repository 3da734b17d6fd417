"""The Templates page: every template version with its status and use, the actions on them,
and the editor, which replaces the list while it is open.

A user without MANAGE_TEMPLATES sees the list, opens a version read-only and exports it;
the changing actions are hidden (the service refuses them anyway)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.rubric import RubricTemplate, TemplateStatus
from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore, RecoveredDraft
from kpm_desktop.services.templates.template_draft import DraftCategory, TemplateDraft
from kpm_desktop.services.templates.template_summary import TemplateSummary
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.templates.preview_choice import PreviewChoice
from kpm_desktop.ui.templates.template_editor import TemplateEditor
from kpm_desktop.ui.templates.template_list_model import TemplateListModel
from kpm_desktop.ui.templates.template_source import TemplateSource


def recovery_store_in(data_folder: Path) -> DraftRecoveryStore:
    """Autosaved template drafts live in `template-drafts/` of the user data folder."""
    return DraftRecoveryStore(data_folder / "template-drafts")


class TemplatesPage(QWidget):
    editorOpened = Signal(object)  # the TemplateEditor

    def __init__(
        self,
        source: TemplateSource,
        recovery: DraftRecoveryStore,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = 3000,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.recovery, self._autosave_ms = source, recovery, autosave_ms
        self._preview = PreviewChoice(settings)
        self.actor = actor
        self.can_manage = source.can_manage(actor)
        self.editor: TemplateEditor | None = None
        self.model = TemplateListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.buttons = {
            "new": QPushButton(self.tr("New")),
            "edit": QPushButton(self.tr("Edit")),
            "duplicate": QPushButton(self.tr("Duplicate")),
            "import": QPushButton(self.tr("Import JSON…")),
            "export": QPushButton(self.tr("Export JSON…")),
            "activate": QPushButton(self.tr("Activate")),
            "retire": QPushButton(self.tr("Retire")),
        }
        self.buttons["new"].clicked.connect(self.new_template)
        self.buttons["edit"].clicked.connect(lambda: self.edit_row(self.selected_row()))
        self.buttons["duplicate"].clicked.connect(self.duplicate_selected)
        self.buttons["import"].clicked.connect(self._ask_import)
        self.buttons["export"].clicked.connect(self._ask_export)
        self.buttons["activate"].clicked.connect(self.activate_selected)
        self.buttons["retire"].clicked.connect(self.retire_selected)
        if not self.can_manage:
            self.buttons["edit"].setText(self.tr("View"))
            for key in ("new", "duplicate", "import", "activate", "retire"):
                self.buttons[key].hide()
        self.recovery_banner = QWidget()
        self.recovery_text = QLabel()
        self.recovery_text.setWordWrap(True)
        self.recover_button = QPushButton(self.tr("Recover"))
        self.discard_recovery_button = QPushButton(self.tr("Discard"))
        self.recover_button.clicked.connect(self.recover_first)
        self.discard_recovery_button.clicked.connect(self.discard_first)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    def _list_page(self) -> QWidget:
        banner = QHBoxLayout(self.recovery_banner)
        banner.addWidget(self.recovery_text, 1)
        banner.addWidget(self.recover_button)
        banner.addWidget(self.discard_recovery_button)
        self.recovery_banner.setStyleSheet("background: #fff8e1;")
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.recovery_banner)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        return page

    # --- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_summary()
        self.model.set_summaries(self.source.list_templates(self.actor))
        if selected is not None:
            self.select_id(selected.id)
        self._update_buttons()
        self._show_recovery()

    def select_id(self, template_id: int) -> None:
        for row, summary in enumerate(self.model.summaries):
            if summary.id == template_id:
                self.view.selectRow(row)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_summary(self) -> TemplateSummary | None:
        row = self.selected_row()
        return self.model.summary(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        summary = self.selected_summary()
        for key in ("edit", "duplicate", "export"):
            self.buttons[key].setEnabled(summary is not None)
        self.buttons["activate"].setEnabled(
            summary is not None and summary.status is not TemplateStatus.ACTIVE
        )
        self.buttons["retire"].setEnabled(
            summary is not None and summary.status is not TemplateStatus.RETIRED
        )

    def _run(self, action: str, work: Callable[[], TemplateSummary]) -> TemplateSummary | None:
        try:
            summary = work()
        except KpmUserError as exc:
            self.show_message(user_message(exc), error=True)
            return None
        self.refresh()
        self.select_id(summary.id)
        self.show_message(f"{action}: '{summary.name}' v{summary.version}")
        return summary

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#2e7d32'};")

    def duplicate_selected(self) -> TemplateSummary | None:
        summary = self.selected_summary()
        if summary is None:
            return None
        name = self.source.free_name(self.actor, self.tr("%1 copy").replace("%1", summary.name))
        copied = self._run(
            self.tr("Duplicated"), lambda: self.source.duplicate(self.actor, summary.id, name)
        )
        if copied is not None:
            self.edit_id(copied.id)
        return copied

    def activate_selected(self) -> TemplateSummary | None:
        summary = self.selected_summary()
        if summary is None:
            return None
        return self._run(self.tr("Activated"), lambda: self.source.activate(self.actor, summary.id))

    def retire_selected(self) -> TemplateSummary | None:
        summary = self.selected_summary()
        if summary is None:
            return None
        return self._run(self.tr("Retired"), lambda: self.source.retire(self.actor, summary.id))

    def import_file(self, path: Path) -> TemplateSummary | None:
        def work() -> TemplateSummary:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise KpmUserError(
                    "{path}: cannot read the file ({exc})", path=path, exc=exc
                ) from exc
            return self.source.import_json(self.actor, text, str(path))

        return self._run(self.tr("Imported"), work)

    def export_selected(self, path: Path) -> bool:
        summary = self.selected_summary()
        if summary is None:
            return False
        try:
            path.write_text(self.source.export_json(self.actor, summary.id), encoding="utf-8")
        except KpmUserError as exc:
            self.show_message(user_message(exc), error=True)
            return False
        except OSError as exc:
            self.show_message(f"{path}: {exc}", error=True)
            return False
        self.show_message(self.tr("Exported to %1").replace("%1", str(path)))
        return True

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import template"), "", "JSON (*.json)")
        if name:
            self.import_file(Path(name))

    def _ask_export(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        suggested = f"{summary.name}-v{summary.version}.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export template"), suggested, "JSON (*.json)"
        )
        if name:
            self.export_selected(Path(name))

    # --- recovery -----------------------------------------------------------------------

    def _show_recovery(self) -> None:
        # Only someone who may save can recover unsaved edits.
        pending = self.recovery.pending() if self.editor is None and self.can_manage else []
        self.recovery_banner.setVisible(bool(pending))
        if pending:
            first = pending[0]
            self.recovery_text.setText(
                self.tr("Unsaved edits of '%1' from %2 UTC were kept when the app stopped.")
                .replace("%1", first.template.name)
                .replace("%2", first.saved_at.strftime("%Y-%m-%d %H:%M"))
            )

    def recover_first(self) -> TemplateEditor | None:
        pending = self.recovery.pending()
        if not pending:
            return None
        return self._open_recovered(pending[0])

    def discard_first(self) -> None:
        pending = self.recovery.pending()
        if pending:
            self.recovery.discard(pending[0].key)
        self._show_recovery()

    def _open_recovered(self, draft: RecoveredDraft) -> TemplateEditor:
        summary = None
        if draft.template_id is not None:
            try:
                summary = self.source.get(self.actor, draft.template_id).summary
            except KpmUserError:
                summary = None
        return self._open_editor(draft.template, summary, recovered=True)

    # --- the editor ---------------------------------------------------------------------

    def new_template(self) -> TemplateEditor:
        name = self.source.free_name(self.actor, self.tr("New template"))
        template = TemplateDraft(name, [DraftCategory(self.tr("New category"))]).to_template()
        return self._open_editor(template, None)

    def edit_row(self, row: int) -> TemplateEditor | None:
        if row < 0:
            return None
        return self.edit_id(self.model.summary(row).id)

    def edit_id(self, template_id: int) -> TemplateEditor | None:
        try:
            stored = self.source.get(self.actor, template_id)
        except KpmUserError as exc:
            self.show_message(user_message(exc), error=True)
            return None
        pending = next((d for d in self.recovery.pending() if d.template_id == template_id), None)
        if pending is not None and self.can_manage:
            return self._open_recovered(pending)
        return self._open_editor(stored.template, stored.summary)

    def _open_editor(
        self, template: RubricTemplate, summary: TemplateSummary | None, *, recovered: bool = False
    ) -> TemplateEditor:
        self.close_editor()
        editor = TemplateEditor(
            self.source,
            self.recovery,
            self.actor,
            template,
            summary,
            recovered=recovered,
            autosave_ms=self._autosave_ms,
            show_preview=self._preview.shown(self.window().width()),
        )
        editor.preview_action.toggled.connect(self._preview.remember)
        editor.closed.connect(self.close_editor)
        editor.saved.connect(lambda summary: self.refresh())
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        self.recovery_banner.hide()
        self.editorOpened.emit(editor)
        return editor

    def close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.stack.setCurrentIndex(0)
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self.refresh()
