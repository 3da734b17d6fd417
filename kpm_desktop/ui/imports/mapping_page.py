"""The import wizard's mapping page: the file's layout, the import profile reading it
(picked automatically when the headers fit one), the mapping the user can correct, "save
as profile", and the first rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.import_columns import IgnoredColumn, ignored_columns
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profiles import ImportProfile, header_key, ignored_headers
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.imports.import_ports import RowsTableModel, rows_view
from kpm_desktop.ui.imports.profile_bar import NO_PROFILE, ProfileBar

if TYPE_CHECKING:
    from kpm_desktop.ui.imports.import_wizard import ImportWizard

NOT_IN_FILE = -1


class MappingPage(QWizardPage):
    """Detected encoding and columns, the mapping the user can correct, the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Columns"))
        self.profile_bar = ProfileBar()
        self.profile_bar.chosen.connect(self._use_profile)
        self.profile_bar.save_requested.connect(self._save_profile)
        self.layout_label = QLabel()
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Required"), self.tr("Column in the file")]
        )
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.preview = rows_view()
        # The file's columns nothing reads, kept in view while the mapping changes.
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        self._headers: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.profile_bar)
        layout.addWidget(self.layout_label)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.ignored_label)
        layout.addWidget(QLabel(self.tr("First rows")))
        layout.addWidget(self.preview, 1)
        self._combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.added_values = {}
        try:
            preview = wizard.service.inspect(wizard.path(), wizard.kind(), wizard.sheet())
        except KpmUserError as exc:
            self.layout_label.setText(user_message(exc))
            self.mapping_table.setRowCount(0)
            self._combos = {}
            self.completeChanged.emit()
            return
        self._show(preview, automatic=True)

    def _show(self, preview: Any, automatic: bool) -> None:
        wizard = self._wizard
        wizard.preview, wizard.profile = preview, preview.profile
        profiles = wizard.service.profiles.profiles(wizard.kind())
        self.profile_bar.show_profiles(profiles, preview.profile, automatic)
        layout = preview.layout
        if layout.format == "csv":
            delimiter = {"\t": self.tr("tab")}.get(layout.delimiter, layout.delimiter)
            text = self.tr("CSV, encoding {0}, delimiter {1}").format(layout.encoding, delimiter)
        else:
            text = self.tr("XLSX, sheet {0}").format(layout.sheet)
        self.layout_label.setText(text)
        self._fill_mapping(preview.headers, preview.mapping)
        self.preview.setModel(RowsTableModel(preview.headers, preview.first_rows, parent=self))
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def _use_profile(self, name: str) -> None:
        """Read the file again with the profile `name` (NO_PROFILE: by the headers' names)."""
        wizard = self._wizard
        try:
            profile = wizard.service.profiles.get(name) if name != NO_PROFILE else None
            preview = wizard.service.inspect(
                wizard.path(), wizard.kind(), wizard.sheet(), profile=profile, match=False
            )
        except KpmUserError as exc:
            self.profile_bar.show_problem(user_message(exc))
            return
        self._show(preview, automatic=False)

    def _save_profile(self, name: str) -> None:
        """Save the mapping as the profile `name`; the saved profile in use is updated
        when `name` is its own."""
        wizard = self._wizard
        profile = wizard.mapped_profile().renamed(name)
        current = wizard.profile
        own = current is not None and not current.built_in and current.name == name
        try:
            wizard.service.profiles.save(wizard.actor, profile, replace=own)
        except KpmUserError as exc:
            self.profile_bar.save_status.setText(user_message(exc))
            return
        wizard.profile = profile
        profiles = wizard.service.profiles.profiles(wizard.kind())
        self.profile_bar.show_profiles(profiles, profile, automatic=False)
        self.profile_bar.save_status.setText(self.tr("Saved as profile '{0}'.").format(name))

    def _fill_mapping(self, headers: list[str], mapping: dict[str, int]) -> None:
        columns = IMPORT_KINDS[self._wizard.kind()].columns
        self.mapping_table.setRowCount(len(columns))
        self._combos = {}
        for row, column in enumerate(columns):
            self.mapping_table.setCellWidget(row, 0, QLabel(f"{column.zh} ({column.en})"))
            required = self.tr("yes") if column.required else ""
            self.mapping_table.setCellWidget(row, 1, QLabel(required))
            combo = QComboBox()
            combo.addItem(self.tr("(not in file)"), NOT_IN_FILE)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column {0}").format(index + 1), index)
            combo.setCurrentIndex(combo.findData(mapping.get(column.field, NOT_IN_FILE)))
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.currentIndexChanged.connect(self._show_ignored)
            combo.currentIndexChanged.connect(self._enable_save)
            self.mapping_table.setCellWidget(row, 2, combo)
            self._combos[column.field] = combo
        self.mapping_table.resizeColumnsToContents()
        self._headers = headers
        self._show_ignored()
        self._enable_save()

    def _enable_save(self) -> None:
        self.profile_bar.set_mapping_complete(self.isComplete())

    def _show_ignored(self) -> None:
        columns = IMPORT_KINDS[self._wizard.kind()].columns
        ignored = ignored_columns(columns, self._headers, self.mapping())
        profile = self._wizard.profile
        if profile is not None:
            ignored = [column for column in ignored if not _ignored_by(profile, column.header)]
        if not ignored:
            self.ignored_label.setText(self.tr("Every column of the file is imported."))
            return
        listed = self.tr("; ").join(self._describe(column) for column in ignored)
        self.ignored_label.setText(self.tr("Not imported: {0}").format(listed))

    def _describe(self, column: IgnoredColumn) -> str:
        meant = column.did_you_mean
        if meant is None:
            return column.header
        return self.tr("{0} (did you mean {1}?)").format(column.header, f"{meant.zh} ({meant.en})")

    def mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self._combos.items()
            if combo.currentData() != NOT_IN_FILE
        }

    def choose(self, field: str, header_index: int) -> None:
        """Map a field to a column of the file (what the user does with the combo box)."""
        combo = self._combos[field]
        combo.setCurrentIndex(combo.findData(header_index))

    def isComplete(self) -> bool:
        columns = IMPORT_KINDS[self._wizard.kind()].columns
        mapped = self.mapping()
        return bool(self._combos) and all(c.field in mapped for c in columns if c.required)


def _ignored_by(profile: ImportProfile, header: str) -> bool:
    return header_key(header) in ignored_headers(profile)
