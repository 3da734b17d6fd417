"""Editors for an indicator's scoring method: one per kind, behind a kind selector.

Each editor shows a method and emits `methodEdited(method, typing)` with a new immutable
method for every change; `typing` lets consecutive keystrokes merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Generic, TypeVar, assert_never

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.kpi import KPI_DEFINITIONS, Direction
from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.methods.registry import METHOD_TYPES
from kpm_desktop.domain.rubric_methods import (
    AnyMethod,
    KpiBand,
    KpiBandsMethod,
    KpiDirection,
    KpiLinearMethod,
    Level,
    LevelsMethod,
    MethodKind,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    RankOrder,
    ScaleBand,
    ScaleMethod,
    ScaleRule,
)
from kpm_desktop.ui.common.decimal_edit import DecimalEdit, mark_problems, parse_decimal
from kpm_desktop.ui.common.vocabulary import kpi_formula, kpi_name
from kpm_desktop.ui.crm_tables.record_table import Column, ColumnKind, RecordTableEditor
from kpm_desktop.ui.templates.method_labels import kind_label, scale_rule_label

D = Decimal
M = TypeVar("M", bound=AnyMethod)


def default_method(kind: MethodKind) -> AnyMethod:
    """What an indicator gets when its method kind is switched."""
    return METHOD_TYPES[kind].default()


class _Editor(QWidget, Generic[M]):
    """Shows one kind's method; `method` is the one shown, set before any edit can happen."""

    methodEdited = Signal(object, bool)

    def __init__(self) -> None:
        super().__init__()
        self._method: M | None = None
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)

    @property
    def method(self) -> M:
        assert self._method is not None, "an editor edits only after set_method"
        return self._method

    def set_method(self, method: M) -> None:
        self._method = method
        self.show_method(method)

    def show_method(self, method: M) -> None:
        raise NotImplementedError

    def _decimal(
        self, label: str, build: Callable[[Decimal], AnyMethod], optional: bool = False
    ) -> DecimalEdit:
        edit = DecimalEdit(optional)
        edit.valueEdited.connect(lambda value: self.methodEdited.emit(build(value), True))
        self.form.addRow(label, edit)
        return edit


class LevelsEditor(_Editor[LevelsMethod]):
    def __init__(self) -> None:
        super().__init__()
        self.max_points = self._decimal(
            self.tr("Maximum points"), lambda v: self._with(max_points=v)
        )
        columns = (
            Column(self.tr("Level"), "name"),
            Column(self.tr("From"), "lo", ColumnKind.DECIMAL),
            Column(self.tr("To"), "hi", ColumnKind.DECIMAL),
            Column(
                self.tr("Descriptor (考评标准)"), "descriptor", ColumnKind.MULTILINE, stretch=True
            ),
        )
        self.grid = RecordTableEditor(columns, lambda rows: Level("", "", D(0), D(0)))
        self.grid.setMinimumHeight(200)
        self.grid.rowsEdited.connect(
            lambda rows: self.methodEdited.emit(self._with(levels=rows), False)
        )
        self.form.addRow(self.grid)

    def _with(self, **changes: object) -> LevelsMethod:
        return LevelsMethod(
            changes.get("max_points", self.method.max_points),  # type: ignore[arg-type]
            changes.get("levels", self.method.levels),  # type: ignore[arg-type]
        )

    def show_method(self, method: LevelsMethod) -> None:
        self.max_points.set_value(method.max_points)
        self.grid.set_rows(method.levels)


class KpiEditor(_Editor[KpiLinearMethod | KpiBandsMethod]):
    def __init__(self) -> None:
        super().__init__()
        self.kpi = QComboBox()
        for definition in KPI_DEFINITIONS:
            self.kpi.addItem(f"{kpi_name(definition)}  ({definition.key})", definition.key)
        self.kpi.activated.connect(self._kpi_chosen)
        self.form.addRow(self.tr("KPI"), self.kpi)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setStyleSheet("color: #666;")
        self.form.addRow("", self.formula)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("In proportion to a target"), "linear")
        self.mode.addItem(self.tr("Points by value band"), "bands")
        self.mode.activated.connect(self._mode_chosen)
        self.form.addRow(self.tr("Scoring"), self.mode)
        self.stack = QStackedWidget()
        self.form.addRow(self.stack)
        linear = QWidget()
        linear_form = QFormLayout(linear)
        linear_form.setContentsMargins(0, 0, 0, 0)
        self.target = DecimalEdit()
        self.target.valueEdited.connect(lambda v: self._edit_linear(target=v))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Higher is better"), KpiDirection.HIGHER_IS_BETTER)
        self.direction.addItem(self.tr("Lower is better"), KpiDirection.LOWER_IS_BETTER)
        self.direction.activated.connect(
            lambda: self._edit_linear(typing=False, direction=self.direction.currentData())
        )
        self.cap = DecimalEdit()
        self.cap.valueEdited.connect(lambda v: self._edit_linear(cap=v))
        linear_form.addRow(self.tr("Target"), self.target)
        linear_form.addRow(self.tr("Direction"), self.direction)
        linear_form.addRow(self.tr("Full marks at target x"), self.cap)
        bands = QWidget()
        bands_form = QFormLayout(bands)
        bands_form.setContentsMargins(0, 0, 0, 0)
        self.band_max = DecimalEdit()
        self.band_max.valueEdited.connect(lambda v: self._edit_bands(max_points=v))
        columns = (
            Column(self.tr("Band"), "name", stretch=True),
            Column(self.tr("From (≥)"), "lo", ColumnKind.OPTIONAL_DECIMAL),
            Column(self.tr("To (<)"), "hi", ColumnKind.OPTIONAL_DECIMAL),
            Column(self.tr("Points"), "points", ColumnKind.DECIMAL),
        )
        self.bands = RecordTableEditor(columns, lambda rows: KpiBand("", None, None, D(0)))
        self.bands.rowsEdited.connect(lambda rows: self._edit_bands(typing=False, bands=rows))
        bands_form.addRow(self.tr("Maximum points"), self.band_max)
        bands_form.addRow(self.bands)
        self.stack.addWidget(linear)
        self.stack.addWidget(bands)

    def _kpi_chosen(self) -> None:
        key = self.kpi.currentData()
        match self.method:
            case KpiLinearMethod() as method:
                definition = next(d for d in KPI_DEFINITIONS if d.key == key)
                lower = definition.direction is Direction.LOWER_IS_BETTER
                direction = KpiDirection.LOWER_IS_BETTER if lower else KpiDirection.HIGHER_IS_BETTER
                self.methodEdited.emit(
                    KpiLinearMethod(key, method.target, direction, method.cap), False
                )
            case KpiBandsMethod() as method:
                self.methodEdited.emit(KpiBandsMethod(key, method.max_points, method.bands), False)
            case _:
                assert_never(self.method)

    def _mode_chosen(self) -> None:
        wanted = self.mode.currentData()
        match self.method:
            case KpiLinearMethod(kpi_key=key) if wanted == "bands":
                self.methodEdited.emit(KpiBandsMethod(key, D(10), ()), False)
            case KpiBandsMethod(kpi_key=key) if wanted == "linear":
                self.methodEdited.emit(KpiLinearMethod(key, D(1)), False)

    def _edit_linear(self, typing: bool = True, **changes: object) -> None:
        match self.method:
            case KpiLinearMethod() as method:
                edited = KpiLinearMethod(
                    method.kpi_key,
                    changes.get("target", method.target),  # type: ignore[arg-type]
                    changes.get("direction", method.direction),  # type: ignore[arg-type]
                    changes.get("cap", method.cap),  # type: ignore[arg-type]
                )
                self.methodEdited.emit(edited, typing)

    def _edit_bands(self, typing: bool = True, **changes: object) -> None:
        match self.method:
            case KpiBandsMethod() as method:
                edited = KpiBandsMethod(
                    method.kpi_key,
                    changes.get("max_points", method.max_points),  # type: ignore[arg-type]
                    changes.get("bands", method.bands),  # type: ignore[arg-type]
                )
                self.methodEdited.emit(edited, typing)

    def show_method(self, method: KpiLinearMethod | KpiBandsMethod) -> None:
        row = self.kpi.findData(method.kpi_key)
        self.kpi.setCurrentIndex(row)
        definition = next((d for d in KPI_DEFINITIONS if d.key == method.kpi_key), None)
        self.formula.setText(kpi_formula(definition) if definition else "")
        match method:
            case KpiLinearMethod():
                self.mode.setCurrentIndex(0)
                self.stack.setCurrentIndex(0)
                self.target.set_value(method.target)
                self.direction.setCurrentIndex(self.direction.findData(method.direction))
                self.cap.set_value(method.cap)
            case KpiBandsMethod():
                self.mode.setCurrentIndex(1)
                self.stack.setCurrentIndex(1)
                self.band_max.set_value(method.max_points)
                self.bands.set_rows(method.bands)
            case _:
                assert_never(method)


class MetEditor(_Editor[MetMethod]):
    def __init__(self) -> None:
        super().__init__()
        self.max_points = self._decimal(
            self.tr("Points when met"), lambda v: self._with(max_points=v)
        )
        self.partial = self._decimal(
            self.tr("Points when partly met"), lambda v: self._with(partial=v)
        )

    def _with(self, **changes: object) -> MetMethod:
        return MetMethod(
            changes.get("max_points", self.method.max_points),  # type: ignore[arg-type]
            changes.get("partial", self.method.partial_points),  # type: ignore[arg-type]
        )

    def show_method(self, method: MetMethod) -> None:
        self.max_points.set_value(method.max_points)
        self.partial.set_value(method.partial_points)


class ProvidedEditor(_Editor[ProvidedMethod]):
    def __init__(self) -> None:
        super().__init__()
        self.max_points = self._decimal(self.tr("Points when provided"), ProvidedMethod)

    def show_method(self, method: ProvidedMethod) -> None:
        self.max_points.set_value(method.max_points)


class ScaleEditor(_Editor[ScaleMethod]):
    def __init__(self) -> None:
        super().__init__()
        self.minimum = self._decimal(self.tr("Lowest rating"), lambda v: self._with(min_value=v))
        self.maximum = self._decimal(self.tr("Highest rating"), lambda v: self._with(max_value=v))
        self.rule = QComboBox()
        for rule in ScaleRule:
            self.rule.addItem(scale_rule_label(rule), rule.value)
        self.rule.activated.connect(
            lambda: self.methodEdited.emit(
                self._with(rule=ScaleRule(self.rule.currentData())), False
            )
        )
        self.form.addRow(self.tr("Points"), self.rule)
        columns = (
            Column(self.tr("Label"), "name", stretch=True),
            Column(self.tr("From"), "lo", ColumnKind.DECIMAL),
            Column(self.tr("To"), "hi", ColumnKind.DECIMAL),
        )
        self.bands = RecordTableEditor(columns, lambda rows: ScaleBand("", D(0), D(0)))
        self.bands.rowsEdited.connect(
            lambda rows: self.methodEdited.emit(self._with(bands=rows), False)
        )
        self.form.addRow(self.bands)

    def _with(self, **changes: object) -> ScaleMethod:
        return ScaleMethod(
            changes.get("min_value", self.method.min_value),  # type: ignore[arg-type]
            changes.get("max_value", self.method.max_value),  # type: ignore[arg-type]
            changes.get("bands", self.method.bands),  # type: ignore[arg-type]
            changes.get("rule", self.method.rule),  # type: ignore[arg-type]
        )

    def show_method(self, method: ScaleMethod) -> None:
        self.minimum.set_value(method.min_value)
        self.maximum.set_value(method.max_value)
        self.rule.setCurrentIndex(self.rule.findData(method.rule.value))
        self.bands.set_rows(method.bands)


class RankEditor(_Editor[RankMethod]):
    def __init__(self) -> None:
        super().__init__()
        self.order = QComboBox()
        self.order.addItem(self.tr("Lowest value ranks first"), RankOrder.LOWEST_FIRST)
        self.order.addItem(self.tr("Highest value ranks first"), RankOrder.HIGHEST_FIRST)
        self.order.activated.connect(
            lambda: self.methodEdited.emit(self._with(order=self.order.currentData()), False)
        )
        self.form.addRow(self.tr("Order"), self.order)
        self.points = QLineEdit()
        self.points.setPlaceholderText("5, 4")
        self.points.textChanged.connect(self._points_edited)
        self.form.addRow(self.tr("Points by position"), self.points)
        self.last = self._decimal(
            self.tr("Points for the last"), lambda v: self._with(last_points=v), optional=True
        )

    def _points_edited(self, text: str) -> None:
        parts = [p for p in text.replace("，", ",").split(",") if p.strip()]
        values = [parse_decimal(p) for p in parts]
        if any(v is None for v in values):
            mark_problems(self.points, [self.tr("Write numbers separated by commas, e.g. 5, 4")])
            return
        mark_problems(self.points, [])
        self.methodEdited.emit(self._with(position_points=tuple(values)), True)

    def _with(self, **changes: object) -> RankMethod:
        return RankMethod(
            changes.get("order", self.method.order),  # type: ignore[arg-type]
            changes.get("position_points", self.method.position_points),  # type: ignore[arg-type]
            changes.get("last_points", self.method.last_points),  # type: ignore[arg-type]
        )

    def show_method(self, method: RankMethod) -> None:
        self.order.setCurrentIndex(self.order.findData(method.order))
        shown = [parse_decimal(p) for p in self.points.text().split(",") if p.strip()]
        if tuple(shown) != method.position_points:
            self.points.setText(", ".join(str(p) for p in method.position_points))
        self.last.set_value(method.last_points)


class PercentEditor(_Editor[PercentMethod]):
    """Nothing to set: the rater enters the achievement, this says what it earns."""

    def __init__(self) -> None:
        super().__init__()
        rule = QLabel(
            self.tr(
                "The rater enters the achievement from 0 to 100 %; the indicator earns "
                "weight × achievement ÷ 100."
            )
        )
        rule.setWordWrap(True)
        self.form.addRow(rule)

    def show_method(self, method: PercentMethod) -> None:
        """Nothing to show: a percent method has no settings."""


EDITOR_CLASSES: Mapping[MethodKind, type[_Editor[Any]]] = MappingProxyType(
    {
        MethodKind.LEVELS: LevelsEditor,
        MethodKind.KPI: KpiEditor,
        MethodKind.MET: MetEditor,
        MethodKind.PROVIDED: ProvidedEditor,
        MethodKind.SCALE: ScaleEditor,
        MethodKind.RANK: RankEditor,
        MethodKind.PERCENT: PercentEditor,
    }
)
"""The editor of each method kind (a test checks every kind has one)."""


class MethodEditor(QWidget):
    """The kind selector over one editor per kind, and the method's problems below."""

    methodEdited = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: AnyMethod | None = None
        self.kind = QComboBox()
        for kind in MethodKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.activated.connect(self._kind_chosen)
        self.editors: dict[MethodKind, _Editor[Any]] = {
            kind: editor_class() for kind, editor_class in EDITOR_CLASSES.items()
        }
        self.stack = QStackedWidget()
        for editor in self.editors.values():
            self.stack.addWidget(editor)
            editor.methodEdited.connect(self.methodEdited)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Scoring method"), self.kind)
        layout.addLayout(form)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problems)

    def _kind_chosen(self) -> None:
        kind = self.kind.currentData()
        if self.shown is None or self.shown.kind is not kind:
            self.methodEdited.emit(default_method(kind), False)

    def set_method(self, method: AnyMethod, problems: list[str]) -> None:
        self.shown = method
        self.kind.setCurrentIndex(self.kind.findData(method.kind))
        editor = self.editors[method.kind]
        self.stack.setCurrentWidget(editor)
        editor.set_method(method)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
