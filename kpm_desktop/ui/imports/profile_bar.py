"""The import wizard's profile row: which import profile reads the file (picked
automatically when the file's headers fit one, switchable), and "save as profile"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kpm_desktop.domain.import_profiles import ImportProfile

NO_PROFILE = ""


class ProfileBar(QWidget):
    """`chosen(name)` when the user switches profile (NO_PROFILE for none);
    `save_requested(name)` when the user saves the mapping as a profile."""

    chosen = Signal(str)
    save_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.picked = QLabel()
        self.picked.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.activated.connect(self._activated)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("name of the new profile"))
        self.save_name.textChanged.connect(self._enable_save)
        self.save_button = QPushButton(self.tr("&Save as profile"))
        self.save_button.clicked.connect(self._save)
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self._mapping_complete = False
        profile_label = QLabel(self.tr("&Profile"))
        profile_label.setBuddy(self.choice)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(profile_label, 0, 0)
        grid.addWidget(self.choice, 0, 1)
        grid.addWidget(self.picked, 0, 2)
        grid.addWidget(self.save_name, 1, 1)
        grid.addWidget(self.save_button, 1, 0)
        grid.addWidget(self.save_status, 1, 2)
        grid.setColumnStretch(2, 1)
        self._enable_save()

    def show_profiles(
        self, profiles: list[ImportProfile], current: ImportProfile | None, automatic: bool
    ) -> None:
        """List `profiles` (of the wizard's kind) with `current` selected; `automatic`:
        it was picked because the file's headers fit it."""
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("(none: columns matched by their names)"), NO_PROFILE)
        for profile in profiles:
            label = profile.name
            if profile.built_in:
                label = self.tr("{0} (built-in starting point)").format(profile.name)
            self.choice.addItem(label, profile.name)
        index = self.choice.findData(current.name) if current is not None else 0
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        if current is not None and not current.built_in:
            self.save_name.setText(current.name)  # saving again updates it
        if current is None:
            self.picked.setText(self.tr("No profile fits this file's headers."))
        elif automatic:
            self.picked.setText(
                self.tr("Picked automatically: the file's headers fit '{0}'.").format(current.name)
            )
        else:
            self.picked.setText(self.tr("Reading the file with '{0}'.").format(current.name))

    def show_problem(self, message: str) -> None:
        self.picked.setText(message)

    def current_name(self) -> str:
        return str(self.choice.currentData() or NO_PROFILE)

    def select(self, name: str) -> None:
        """Switch to the profile `name` as the user does with the combo box."""
        self.choice.setCurrentIndex(self.choice.findData(name))
        self._activated(self.choice.currentIndex())

    def set_mapping_complete(self, complete: bool) -> None:
        self._mapping_complete = complete
        self._enable_save()

    def _activated(self, _index: int) -> None:
        self.chosen.emit(self.current_name())

    def _enable_save(self) -> None:
        self.save_button.setEnabled(self._mapping_complete and bool(self.save_name.text().strip()))

    def _save(self) -> None:
        self.save_requested.emit(self.save_name.text().strip())
