"""The dashboard's figures: the period, the scope and its KPI values, shown above the charts
and before them (the chart library loads after the figures are painted)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kpm_desktop.domain.dashboard import DashboardFigures
from kpm_desktop.domain.kpi import KpiValue, format_number, kpi_definition
from kpm_desktop.ui.common.vocabulary import kpi_name, kpi_reason

SCOPE_STYLE = "font-weight: bold;"
FIGURE_STYLE = "font-size: 15px;"


class FiguresStrip(QWidget):
    """One line: "2026Q3 · Whole company", then "Revenue 1,234.00" for each KPI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QLabel()
        self.scope.setStyleSheet(SCOPE_STYLE + FIGURE_STYLE)
        self.values: list[QLabel] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.addWidget(self.scope)
        self._layout.addStretch(1)

    def show_figures(self, figures: DashboardFigures) -> None:
        scope = figures.scope_name or self.tr("Whole company")
        self.scope.setText(
            self.tr("{period} · {scope}").format(period=figures.query.period, scope=scope)
        )
        while len(self.values) < len(figures.values):
            label = QLabel()
            label.setWordWrap(True)
            label.setStyleSheet(FIGURE_STYLE)
            self._layout.insertWidget(len(self.values) + 1, label)
            self.values.append(label)
        for label, value in zip(self.values, figures.values, strict=False):
            label.setText(self._figure_text(value))
            label.setToolTip(kpi_reason(value.reason) if value.value is None else "")
            label.show()
        for label in self.values[len(figures.values) :]:
            label.hide()

    def clear(self) -> None:
        self.scope.clear()
        for label in self.values:
            label.hide()

    def _figure_text(self, value: KpiValue) -> str:
        definition = kpi_definition(value.key)
        number = (
            self.tr("n/a") if value.value is None else format_number(value.value, definition.unit)
        )
        return self.tr("{kpi}: {value}").format(kpi=kpi_name(definition), value=number)

    def texts(self) -> list[str]:
        """The scope and every figure shown (tests, screenshots)."""
        return [
            self.scope.text(),
            *(label.text() for label in self.values if label.isVisibleTo(self)),
        ]
