"""File > Import profiles: the built-in starting points and the saved profiles; a saved one
edited in two tabs (its settings as a form, its columns and value maps as its JSON,
docs/formats.md "Import profiles") and saved; a copy saved under a new name, a saved
profile removed, profiles exported to and imported from files.

Everything is reachable from the keyboard: the list takes the focus first, the buttons
have mnemonics, Delete removes the selected saved profile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.import_profile_json import read_profile
from kpm_desktop.domain.import_profiles import ImportProfile
from kpm_desktop.domain.json_reading import dumps, loads
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.common.vocabulary import data_kind_label
from kpm_desktop.ui.imports.import_ports import ProfileServiceLike
from kpm_desktop.ui.imports.profile_settings_form import ProfileSettingsForm

NAME_ROLE = Qt.ItemDataRole.UserRole
BUILT_IN_ROLE = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class ImportProfilesDialog(QDialog):
    """Non-blocking: show with `open()`; `changed` after a profile was saved, imported or
    removed."""

    changed = Signal()

    def __init__(
        self, service: ProfileServiceLike, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._actor = service, actor
        self.setWindowTitle(self.tr("Import profiles"))
        self.resize(900, 600)
        self.intro = QLabel(
            self.tr(
                "Built-in starting points read Salesforce and HubSpot exports and KPM "
                "Desktop's own; save a copy to adjust one to your company's columns and words."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Profile"), self.tr("Kind"), self.tr("Origin")])
        self.list.currentItemChanged.connect(self._show_current)
        self.settings = ProfileSettingsForm()
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTabChangesFocus(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.settings, self.tr("Se&ttings"))
        self.tabs.addTab(self.editor, self.tr("Columns and &values (JSON)"))
        self.tabs.currentChanged.connect(self._switch_tab)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.copy_name = QLineEdit()
        self.copy_name.setPlaceholderText(self.tr("name of the copy"))
        self.copy_button = QPushButton(self.tr("Save a &copy"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.export_button = QPushButton(self.tr("&Export..."))
        self.import_button = QPushButton(self.tr("&Import..."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.copy_button.clicked.connect(self.save_copy)
        self.save_button.clicked.connect(self.save_changes)
        self.remove_button.clicked.connect(self.remove_current)
        self.export_button.clicked.connect(self._choose_export_file)
        self.import_button.clicked.connect(self._choose_import_file)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.intro)
        grid = QGridLayout()
        outer.addLayout(grid, 1)
        grid.addWidget(self.list, 0, 0, 3, 1)
        grid.addWidget(self.note, 0, 1, 1, 4)
        grid.addWidget(self.tabs, 1, 1, 1, 4)
        grid.addWidget(self.copy_name, 2, 1)
        grid.addWidget(self.copy_button, 2, 2)
        grid.addWidget(self.save_button, 2, 3)
        grid.addWidget(self.remove_button, 2, 4)
        grid.addWidget(self.export_button, 3, 2)
        grid.addWidget(self.import_button, 3, 3)
        grid.addWidget(self.status, 4, 0, 1, 5)
        grid.addWidget(close, 5, 0, 1, 5)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.reload()
        self.list.setFocus()

    def reload(self, select: str | None = None) -> None:
        current = select or self.current_name()
        self.list.clear()
        for profile in self._service.profiles():
            origin = self.tr("built-in starting point") if profile.built_in else self.tr("saved")
            item = QTreeWidgetItem([profile.name, data_kind_label(profile.kind), origin])
            item.setData(0, NAME_ROLE, profile.name)
            item.setData(0, BUILT_IN_ROLE, profile.built_in)
            self.list.addTopLevelItem(item)
            if profile.name == current:
                self.list.setCurrentItem(item)
        self.list.resizeColumnToContents(0)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, NAME_ROLE)) if item is not None else None

    def _current_built_in(self) -> bool:
        item = self.list.currentItem()
        return bool(item.data(0, BUILT_IN_ROLE)) if item is not None else False

    def _show_current(self) -> None:
        name = self.current_name()
        if name is None:
            self.editor.clear()
            return
        built_in = self._current_built_in()
        self.editor.setPlainText(self._service.export_text(name))
        self.settings.show_profile(self._service.get(name))
        self.editor.setReadOnly(built_in)
        self.settings.setEnabled(not built_in)
        self.save_button.setEnabled(not built_in)
        self.remove_button.setEnabled(not built_in)
        self.note.setText(
            self.tr("A starting point: save a copy under a name of your own to adjust it.")
            if built_in
            else self.tr("Edit the profile below and save; docs/formats.md describes each entry.")
        )

    def _attempt(self, work: Callable[[], T], done: Callable[[T], str]) -> T | None:
        """`work()`, then `done(result)` in the status line; a user's error shown there."""
        try:
            result = work()
        except (KpmUserError, OSError) as exc:
            self.status.setText(user_message(exc))
            return None
        self.status.setText(done(result))
        self.changed.emit()
        return result

    def save_copy(self) -> None:
        name, new_name = self.current_name(), self.copy_name.text().strip()
        if name is None:
            return
        service, actor = self._service, self._actor
        copied = self._attempt(
            lambda: service.copy(actor, name, new_name),
            lambda profile: self.tr("Saved a copy as '{0}'.").format(profile.name),
        )
        if copied is not None:
            self.reload(copied.name)

    def _edited_text(self) -> str:
        """The profile's JSON as edited: the editor's, with the settings form's values
        when the form is the tab in view."""
        text = self.editor.toPlainText()
        if self.tabs.currentWidget() is not self.settings:
            return text
        document = loads(text, self.tr("the profile"))
        if not isinstance(document, dict):
            return text
        self.settings.write_into(document)
        return dumps(document) + "\n"

    def _switch_tab(self) -> None:
        """Carry the edits of the tab left into the other: the JSON's settings into the
        form, the form's into the JSON. JSON that does not read leaves both as they are."""
        if self._current_built_in() or self.current_name() is None:
            return
        source = self.tr("the profile")
        try:
            if self.tabs.currentWidget() is self.settings:
                self.settings.show_profile(read_profile(self.editor.toPlainText(), source))
            else:
                document = loads(self.editor.toPlainText(), source)
                self.settings.write_into(document)
                self.editor.setPlainText(dumps(document) + "\n")
        except KpmUserError as exc:
            self.status.setText(user_message(exc))

    def save_changes(self) -> None:
        """Save the profile as edited (under the name its JSON gives)."""
        source, service, actor = self.tr("the profile"), self._service, self._actor
        edited_text = self._edited_text

        def save() -> ImportProfile:
            profile = read_profile(edited_text(), source)
            service.save(actor, profile, replace=True)
            return profile

        saved = self._attempt(save, lambda profile: self.tr("Saved '{0}'.").format(profile.name))
        if saved is not None:
            self.reload(saved.name)

    def remove_current(self) -> None:
        name = self.current_name()
        if name is None or self._current_built_in():
            return
        service, actor = self._service, self._actor

        def remove() -> str:
            service.remove(actor, name)
            return name

        removed = self._attempt(remove, lambda gone: self.tr("Removed '{0}'.").format(gone))
        if removed is not None:
            self.reload()

    def export_to(self, path: Path) -> bool:
        """Write the selected profile's JSON to `path` (the Export button asks for it)."""
        name = self.current_name()
        if name is None:
            return False
        service = self._service
        written = self._attempt(
            lambda: path.write_text(service.export_text(name), encoding="utf-8"),
            lambda _size: self.tr("Written to {0}.").format(path),
        )
        return written is not None

    def import_from(self, path: Path) -> bool:
        """Save the profile in the JSON file `path` (the Import button asks for it)."""
        service, actor = self._service, self._actor
        imported = self._attempt(
            lambda: service.import_text(actor, path.read_text(encoding="utf-8-sig"), path.name),
            lambda profile: self.tr("Imported '{0}' from {1}.").format(profile.name, path),
        )
        if imported is None:
            return False
        self.reload(imported.name)
        return True

    def _choose_export_file(self) -> None:
        name = self.current_name() or "profile"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export profile"), f"{name}.json", self.tr("JSON (*.json)")
        )
        if chosen:
            self.export_to(Path(chosen))

    def _choose_import_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import profile"), "", self.tr("JSON (*.json)")
        )
        if chosen:
            self.import_from(Path(chosen))
