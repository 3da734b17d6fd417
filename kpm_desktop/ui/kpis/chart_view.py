"""A titled pyqtgraph canvas with PNG/SVG export. Imports pyqtgraph: load it lazily."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QPainter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.ui.common.i18n import format_decimal

PALETTE = ("#2F6DB5", "#E07B24", "#3A9D5D", "#C0392B", "#8E5EA2", "#7F8C8D")
MUTED = "#8A94A3"
OVER_QUOTA = "#C0392B"

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


_TICK_GAP = 8  # pixels between two neighbouring tick labels


class ValueAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Numbers as people read them: 4,000,000 rather than 4e+06, in the locale's separators,
    with as many decimals as the tick spacing needs and no "-0"; one level of ticks, every
    k-th of them when the labels would otherwise touch (millions side by side did)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        levels: list[tuple[float, list[float]]] = super().tickValues(minVal, maxVal, size)
        if not levels or maxVal <= minVal:
            return levels
        spacing, values = levels[0]
        labels = self.tickStrings(values, self.scale, spacing)
        metrics = QFontMetrics(self.style.get("tickFont") or QFont())
        if self.orientation in ("left", "right"):
            needed = metrics.height()
        else:
            needed = max((metrics.horizontalAdvance(t) for t in labels), default=0)
        pixels_per_tick = size * spacing / (maxVal - minVal)
        step = max(1, math.ceil((needed + _TICK_GAP) / max(pixels_per_tick, 1.0)))
        kept = [v for v in values if round(v / spacing) % step == 0]
        return [(spacing * step, kept)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        places = 0 if spacing >= 1 else min(6, math.ceil(-math.log10(spacing)))
        # A rounded -0 is not below 0, so format_decimal prints it as 0.
        return [format_decimal(Decimal(repr(value * scale)), places) for value in values]


def cjk_font(point_size: int = 9) -> QFont:
    """A font that has Chinese glyphs (WenQuanYi on Linux), so labels never show boxes."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    preferred = [f for f in families if "WenQuanYi" in f or "Micro Hei" in f]
    font = QFont((preferred or families or [QFont().family()])[0])
    font.setPointSize(point_size)
    return font


class ChartView(QWidget):
    """A title, an export button and a `pg.GraphicsLayoutWidget` to draw into."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setFont(cjk_font(10))
        self.title.setStyleSheet("font-weight: 600; color: #1F3A5F;")
        self.note = QLabel()
        self.note.setStyleSheet(f"color: {MUTED};")
        # Wrapped, a long title or note never sets the dashboard's minimum width (in English
        # it pushed the main window past a 1280 px screen).
        for wrapped in (self.title, self.note):
            wrapped.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for label, suffix in ((self.tr("As PNG…"), "png"), (self.tr("As SVG…"), "svg")):
            action = QAction(label, menu)
            action.triggered.connect(lambda _checked=False, s=suffix: self._ask_and_export(s))
            menu.addAction(action)
        self.export_button.setMenu(menu)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        self.canvas.ci.setContentsMargins(4, 4, 8, 4)
        # pyqtgraph's untranslated "Export..." scene action is unreachable with the plot menus
        # off (new_plot), and the Export button replaces it: drop it.
        scene = self.canvas.scene()
        for action in scene.contextMenu:
            action.deleteLater()
        scene.contextMenu = []
        self.pickers: list[BarPicker] = []
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.note, 1)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addWidget(self.canvas, 1)
        self.setStyleSheet("ChartView { background: white; border: 1px solid #D5DCE5; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def clear(self, note: str = "") -> None:
        for picker in self.pickers:
            picker.detach()
        self.pickers.clear()
        self.canvas.clear()
        self.note.setText(note)

    def show_no_data(self, note: str = "", title: str = "") -> None:
        """A muted "No data" (under the plot's title, if any) in place of a plot, whose
        empty axes would only run from -0.4 to 0.4."""
        self.clear(note)
        if title:
            self.canvas.addLabel(title, row=0, col=0, color="#1F3A5F", size="10pt")
        self.canvas.addLabel(self.tr("No data"), row=1, col=0, color=MUTED, size="12pt")

    def new_plot(
        self, row: int = 0, col: int = 0, axes: dict[str, pg.AxisItem] | None = None
    ) -> pg.PlotItem:
        axes = {name: ValueAxis(name) for name in ("left", "bottom")} | (axes or {})
        plot = self.canvas.addPlot(row=row, col=col, axisItems=axes)
        plot.showGrid(x=False, y=True, alpha=0.15)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=cjk_font(8))
            axis.setTextPen(QColor("#333333"))
        return plot

    def export_png(self, path: Path) -> None:
        exporter = ImageExporter(self.canvas.ci)
        exporter.parameters()["width"] = max(800, int(self.canvas.width() * 2))
        exporter.export(str(path))

    def export_svg(self, path: Path) -> None:
        # pyqtgraph 0.14's SVGExporter cannot parse the paths Qt 6.11 writes: Qt renders it.
        scene = self.canvas.scene()
        source = self.canvas.ci.sceneBoundingRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(self.title.text())
        painter = QPainter(generator)
        try:
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            painter.end()

    def _ask_and_export(self, suffix: str) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{self.title.text()}.{suffix}", f"*.{suffix}"
        )
        if not name:
            return
        path = Path(name)
        self.export_png(path) if suffix == "png" else self.export_svg(path)


class BarPicker(QObject):
    """Finds the bar under the mouse: shows its exact value as a tooltip, emits clicks."""

    clicked = Signal(int)

    def __init__(
        self,
        view: ChartView,
        plot: pg.PlotItem,
        values: Sequence[float],
        tips: Sequence[str],
        *,
        horizontal: bool,
        offsets: Sequence[float] = (),
        width: float = 0.7,
    ) -> None:
        super().__init__(view)
        self._view, self._plot = view, plot
        self._values, self._tips = list(values), list(tips)
        self._offsets = list(offsets) or [0.0] * len(self._values)
        self._horizontal, self._width = horizontal, width
        scene = view.canvas.scene()
        scene.sigMouseMoved.connect(self._moved)
        scene.sigMouseClicked.connect(self._clicked)
        view.pickers.append(self)

    def detach(self) -> None:
        scene = self._view.canvas.scene()
        scene.sigMouseMoved.disconnect(self._moved)
        scene.sigMouseClicked.disconnect(self._clicked)

    def index_at(self, x: float, y: float) -> int | None:
        """The bar at a point in data coordinates (category axis: bar i at i + offset)."""
        along, across = (y, x) if self._horizontal else (x, y)
        for index, value in enumerate(self._values):
            center = index + self._offsets[index]
            if abs(along - center) <= self._width / 2 and min(0, value) <= across <= max(0, value):
                return index
        return None

    def tip_at(self, x: float, y: float) -> str | None:
        index = self.index_at(x, y)
        return None if index is None else self._tips[index]

    def _data_point(self, scene_pos: QPointF) -> QPointF | None:
        if not self._plot.sceneBoundingRect().contains(scene_pos):
            return None
        return self._plot.vb.mapSceneToView(scene_pos)

    def _moved(self, scene_pos: QPointF) -> None:
        point = self._data_point(scene_pos)
        tip = None if point is None else self.tip_at(point.x(), point.y())
        if tip is not None:
            QToolTip.showText(QCursor.pos(), tip, self._view.canvas)
        elif point is not None:
            QToolTip.hideText()

    def _clicked(self, event: object) -> None:
        point = self._data_point(event.scenePos())  # type: ignore[attr-defined]
        index = None if point is None else self.index_at(point.x(), point.y())
        if index is not None:
            self.clicked.emit(index)
