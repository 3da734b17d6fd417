"""One indicator's row on the appraisal form: the editor its scoring method needs, N/A with
a reason, a comment and the live earned score. Number keys 1-9 pick a level (or a met
answer) while its chooser has the focus, so scoring works from the keyboard alone."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import assert_never

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.kpi import KPI_DEFINITIONS, format_number
from kpm_desktop.domain.methods.protocol import (
    KpiFigureInput,
    LevelChoice,
    MetChoice,
    NumberEntry,
    ProvidedChoice,
    RatingField,
    RatingInput,
)
from kpm_desktop.domain.rating import IndicatorRating, MetLevel
from kpm_desktop.domain.rubric import Indicator
from kpm_desktop.services.appraisals.appraisal_views import KpiFigure, RatingEntry
from kpm_desktop.ui.common.vocabulary import kpi_name, kpi_reason
from kpm_desktop.ui.templates.method_labels import rating_hint

NONE_TEXT = "—"


def _decimal(spin: QDoubleSpinBox) -> Decimal | None:
    if spin.value() == spin.minimum() and spin.specialValueText():
        return None
    return Decimal(str(round(spin.value(), spin.decimals())))


def _spin(lo: float, hi: float, *, blank: bool) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(2)
    spin.setRange(lo - 1 if blank else lo, hi)
    if blank:
        spin.setSpecialValueText(NONE_TEXT)
        spin.setValue(spin.minimum())
    spin.setKeyboardTracking(False)
    return spin


def _combo(*items: tuple[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(NONE_TEXT, None)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class IndicatorRow(QObject):
    changed = Signal()
    refresh_requested = Signal()

    def __init__(self, indicator: Indicator, figure: KpiFigure | None) -> None:
        super().__init__()
        self.indicator = indicator
        method = indicator.method
        self.wanted = method.rating_input()
        self.levels: LevelChoice | None = None
        weight = self.tr("weight %1").replace("%1", fmt(indicator.weight))
        self.name = QLabel(f"{indicator.code} {indicator.name}\n{weight}")
        self.name.setToolTip(indicator.description or indicator.name)
        self.choice: QComboBox | None = None
        self.spin: QDoubleSpinBox | None = None
        self.refresh: QPushButton | None = None
        self.kpi_label: QLabel | None = None
        self.rule_label: QLabel | None = None
        self.editor = QWidget()
        layout = QHBoxLayout(self.editor)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_input(self.wanted, figure)
        hint, hint_tip = rating_hint(method)
        if hint:
            self.rule_label = QLabel(hint)
            self.rule_label.setToolTip(hint_tip)
        elif hint_tip and self.spin is not None:
            self.spin.setToolTip(hint_tip)
        for widget in (self.choice, self.spin, self.rule_label, self.kpi_label, self.refresh):
            if widget is not None:
                layout.addWidget(widget, 1 if widget is self.choice else 0)
        if self.choice is not None:
            self.choice.installEventFilter(self)
            self.choice.currentIndexChanged.connect(self.changed)
        if self.spin is not None:
            self.spin.valueChanged.connect(self.changed)
        self.na = QCheckBox(self.tr("N/A"))
        self.na_reason = QLineEdit()
        self.na_reason.setPlaceholderText(self.tr("reason for N/A"))
        self.na_reason.setEnabled(False)
        self.na.toggled.connect(self._na_toggled)
        self.na_reason.textChanged.connect(self.changed)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("comment"))
        self.comment.textChanged.connect(self.changed)
        self.earned = QLabel("0")
        self.earned.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _build_input(self, wanted: RatingInput, figure: KpiFigure | None) -> None:
        match wanted:
            case LevelChoice():
                self.levels = wanted
                self.choice = _level_combo(wanted)
                self.spin = _spin(0, float(wanted.max_points), blank=True)
                self.choice.currentIndexChanged.connect(self._level_chosen)
            case MetChoice():
                self.choice = _combo(
                    (self.tr("1. met"), MetLevel.FULL.value),
                    (self.tr("2. partly met"), MetLevel.PARTIAL.value),
                    (self.tr("3. not met"), MetLevel.NONE.value),
                )
            case ProvidedChoice():
                self.choice = _combo(
                    (self.tr("1. provided"), "yes"), (self.tr("2. not provided"), "no")
                )
            case NumberEntry():
                self.spin = _spin(float(wanted.lo), float(wanted.hi), blank=True)
                self.spin.setSuffix(wanted.suffix)
            case KpiFigureInput():
                self.kpi_label = QLabel(self._kpi_text(wanted, figure))
                self.kpi_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.refresh = QPushButton(self.tr("Refresh"))
                self.refresh.setToolTip(self.tr("Recompute the KPI figures from the CRM data"))
                self.refresh.clicked.connect(self.refresh_requested)
            case _:
                assert_never(wanted)

    def _kpi_text(self, wanted: KpiFigureInput, figure: KpiFigure | None) -> str:
        name = _kpi_name(wanted.kpi_key)
        if figure is None:
            return self.tr("KPI %1: not computed yet").replace("%1", name)
        na = self.tr("n/a")
        value = (
            kpi_reason(figure.reason) or na if figure.value is None else format_number(figure.value)
        )
        parts = [f"{name} = {value}"]
        if figure.numerator is not None or figure.denominator is not None:
            parts.append(f"{_figure(figure.numerator, na)} / {_figure(figure.denominator, na)}")
        if wanted.target is not None:
            parts.append(self.tr("target %1").replace("%1", format_number(wanted.target)))
        return "  ·  ".join(parts)

    def focus_chain(self) -> list[QWidget]:
        widgets = [self.choice, self.spin, self.refresh, self.na, self.na_reason, self.comment]
        return [w for w in widgets if w is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.choice and isinstance(event, QKeyEvent):
            number = event.key() - Qt.Key.Key_0
            if event.type() == QEvent.Type.KeyPress and 1 <= number < self.choice.count():
                self.choice.setCurrentIndex(number)
                return True
        return False

    def _level_chosen(self, index: int) -> None:
        wanted = self.levels
        assert wanted is not None and self.spin is not None
        if index <= 0:
            self.spin.setRange(-1, float(wanted.max_points))
            self.spin.setSpecialValueText(NONE_TEXT)
            self.spin.setValue(-1)
            return
        level = wanted.levels[index - 1]
        self.spin.setSpecialValueText("")
        self.spin.setRange(float(level.lo), float(level.hi))
        self.spin.setValue(float(level.hi))

    def _na_toggled(self, checked: bool) -> None:
        self.na_reason.setEnabled(checked and self.na.isEnabled())
        for widget in (self.choice, self.spin):
            if widget is not None:
                widget.setEnabled(not checked and self.na.isEnabled())
        self.changed.emit()

    def set_editable(self, editable: bool) -> None:
        for widget in (self.choice, self.spin, self.na, self.comment):
            if widget is not None:
                widget.setEnabled(editable)
        if self.refresh is not None:
            self.refresh.setEnabled(editable)
        self.na_reason.setEnabled(editable and self.na.isChecked())
        if editable and self.na.isChecked():
            for widget in (self.choice, self.spin):
                if widget is not None:
                    widget.setEnabled(False)

    def set_entry(self, entry: RatingEntry | None) -> None:
        """Show a stored rating without emitting a change per widget."""
        blockers = [w for w in (self.choice, self.spin, self.na, self.na_reason, self.comment) if w]
        for widget in blockers:
            widget.blockSignals(True)
        rating = entry.rating if entry else IndicatorRating()
        if self.choice is not None:
            data = self._choice_data(rating)
            index = max(0, self.choice.findData(data)) if data is not None else 0
            self.choice.setCurrentIndex(index)
            if self.levels is not None:
                self._level_chosen(index)
        if self.spin is not None:
            number = rating.score if rating.score is not None else rating.value
            self.spin.setValue(self.spin.minimum() if number is None else float(number))
        self.na.setChecked(rating.not_applicable)
        self.na_reason.setText(entry.na_reason if entry else "")
        self.comment.setText(rating.comment)
        for widget in blockers:
            widget.blockSignals(False)
        self._na_toggled(self.na.isChecked())

    def _choice_data(self, rating: IndicatorRating) -> str | None:
        match self.wanted:
            case LevelChoice():
                return rating.level
            case MetChoice():
                return None if rating.met is None else rating.met.value
            case ProvidedChoice():
                return None if rating.provided is None else ("yes" if rating.provided else "no")
            case NumberEntry() | KpiFigureInput():
                return None
            case _:
                assert_never(self.wanted)

    def _rating(self, comment: str) -> IndicatorRating | None:
        """The rating the widgets hold, or None when nothing is entered."""
        data = None if self.choice is None else self.choice.currentData()
        number = None if self.spin is None else _decimal(self.spin)
        wanted = self.wanted
        match wanted:
            case LevelChoice():
                return None if data is None else IndicatorRating(level=data, score=number)
            case MetChoice():
                return None if data is None else IndicatorRating(met=MetLevel(data))
            case ProvidedChoice():
                return None if data is None else IndicatorRating(provided=data == "yes")
            case NumberEntry():
                if number is None:
                    return None
                if wanted.field is RatingField.VALUE:
                    return IndicatorRating(value=number)
                return IndicatorRating(score=number)
            case KpiFigureInput():
                return IndicatorRating() if comment else None
            case _:
                assert_never(wanted)

    def entry(self) -> RatingEntry | None:
        """What the row holds, or None when nothing is entered."""
        comment = self.comment.text().strip()
        if self.na.isChecked():
            return RatingEntry(
                IndicatorRating(not_applicable=True, comment=comment), self.na_reason.text()
            )
        rating = self._rating(comment)
        if rating is None:
            # A comment alone goes to the service, which names the missing rating: never
            # dropped silently.
            return RatingEntry(IndicatorRating(comment=comment)) if comment else None
        return RatingEntry(replace(rating, comment=comment))


def _level_combo(wanted: LevelChoice) -> QComboBox:
    choice = QComboBox()
    choice.addItem(NONE_TEXT, None)
    for number, level in enumerate(wanted.levels, start=1):
        choice.addItem(
            f"{number}. {level.name} ({fmt(level.lo)}–{fmt(level.hi)}) {level.descriptor}",
            level.name,
        )
        choice.setItemData(number, level.descriptor, Qt.ItemDataRole.ToolTipRole)
    choice.setMinimumContentsLength(28)
    choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return choice


def _kpi_name(key: str) -> str:
    """The KPI's Chinese name, which raters know it by; the key when it is not defined."""
    definition = next((d for d in KPI_DEFINITIONS if d.key == key), None)
    return kpi_name(definition) if definition else key


def _figure(number: Decimal | None, na: str) -> str:
    return na if number is None else format_number(number)
