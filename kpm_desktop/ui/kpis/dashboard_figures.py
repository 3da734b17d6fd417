"""The dashboard's figures: the period, the scope and its KPI values, shown above the charts
and before them (the chart library loads after the figures are painted)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kpm_desktop.domain.dashboard import DashboardFigures
from kpm_desktop.domain.kpi import KpiValue, format_number, kpi_definition
from kpm_desktop.ui.common.vocabulary import kpi_name, kpi_reason

SCOPE_STYLE = "font-size: 15px; font-weight: bold;"
NAME_STYLE = "color: #555;"
VALUE_STYLE = "font-size: 17px; font-weight: bold;"


class _Figure(QWidget):
    """A KPI's name over its value."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLabel()
        self.name.setStyleSheet(NAME_STYLE)
        self.name.setWordWrap(True)  # a long name takes two lines rather than the bar's width
        self.value = QLabel()
        self.value.setStyleSheet(VALUE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addWidget(self.value)


class FiguresStrip(QWidget):
    """One line: "2026Q3 · Whole company", then each KPI's name over its value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QLabel()
        self.scope.setStyleSheet(SCOPE_STYLE)
        self.figures: list[_Figure] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.addWidget(self.scope)
        self._layout.addStretch(1)

    def show_figures(self, figures: DashboardFigures) -> None:
        scope = figures.scope_name or self.tr("Whole company")
        self.scope.setText(
            self.tr("{period} · {scope}").format(period=figures.query.period, scope=scope)
        )
        while len(self.figures) < len(figures.values):
            figure = _Figure()
            self._layout.insertWidget(len(self.figures) + 1, figure)
            self.figures.append(figure)
        for figure, value in zip(self.figures, figures.values, strict=False):
            definition = kpi_definition(value.key)
            figure.name.setText(kpi_name(definition))
            figure.value.setText(self._number(value))
            figure.setToolTip(kpi_reason(value.reason) if value.value is None else "")
            figure.show()
        for figure in self.figures[len(figures.values) :]:
            figure.hide()

    def clear(self) -> None:
        self.scope.clear()
        for figure in self.figures:
            figure.hide()

    def _number(self, value: KpiValue) -> str:
        unit = kpi_definition(value.key).unit
        return self.tr("n/a") if value.value is None else format_number(value.value, unit)

    def texts(self) -> list[str]:
        """The scope and each figure shown as "name value" (tests, screenshots)."""
        shown = [figure for figure in self.figures if figure.isVisibleTo(self)]
        return [self.scope.text(), *(f"{f.name.text()} {f.value.text()}" for f in shown)]
