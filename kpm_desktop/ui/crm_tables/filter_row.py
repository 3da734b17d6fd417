"""The row of column filters above a CRM table: one combo box per filter column (department,
region, source, owner, status ...) and a button clearing them all.

A combo reads its values (what the column shows on the rows the user reads) only when first
opened, so a page over a million customers opens without scanning them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kpm_desktop.services.crm_tables.table_spec import ColumnSpec
from kpm_desktop.ui.common.table_labels import translated

COMBO_MIN_WIDTH = 110


class FilterCombo(QComboBox):
    """'All' and the column's values, read on first opening."""

    def __init__(self, values: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = values
        self._loaded = False
        self.setMinimumWidth(COMBO_MIN_WIDTH)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(self.tr("All"), None)

    def load(self) -> None:
        """Read the values, keeping the chosen one."""
        if self._loaded:
            return
        chosen = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All"), None)
        for value in self._values():
            self.addItem(value, value)
        self._loaded = True
        self.blockSignals(False)
        self.set_value(chosen)

    def showPopup(self) -> None:
        self.load()
        super().showPopup()

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: str | None) -> None:
        """Choose `value` (None: all); a value not read yet is added so it can be shown."""
        if value is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(value)
        if index < 0:
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class FilterRow(QWidget):
    """Emits `changed` with the chosen filters (column key: value) whenever one changes."""

    changed = Signal(dict)

    def __init__(
        self,
        specs: tuple[ColumnSpec, ...],
        values: Callable[[str], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.combos: dict[str, FilterCombo] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for spec in specs:
            combo = FilterCombo(partial(values, spec.key), self)
            combo.currentIndexChanged.connect(lambda _index: self._emit())
            label = QLabel(translated(spec.header))
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
            self.combos[spec.key] = combo
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._quiet = False
        self._sync_clear_button()

    def values(self) -> dict[str, str]:
        chosen = {key: combo.value() for key, combo in self.combos.items()}
        return {key: value for key, value in chosen.items() if value is not None}

    def set_values(self, values: Mapping[str, str]) -> None:
        """Choose these filters (others: all), emitting `changed` once."""
        self._quiet = True
        for key, combo in self.combos.items():
            combo.set_value(values.get(key))
        self._quiet = False
        self._emit()

    def clear(self) -> None:
        self.set_values({})

    def _emit(self) -> None:
        if self._quiet:
            return
        self._sync_clear_button()
        self.changed.emit(self.values())

    def _sync_clear_button(self) -> None:
        self.clear_button.setEnabled(bool(self.values()))


def scrolling_sideways(row: QWidget) -> QScrollArea:
    """`row` in a frameless area that scrolls sideways when the window is narrower than the
    row, so the filters never force the window wider (nor clip a label)."""
    area = QScrollArea()
    area.setWidget(row)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scrollbar = area.horizontalScrollBar().sizeHint().height()
    area.setFixedHeight(row.sizeHint().height() + scrollbar)
    return area
