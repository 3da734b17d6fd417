"""The texts a chart shows inside its canvas, which are pyqtgraph items, not widgets: plot
titles, axis labels, legend items and the tick strings of category axes; with the note
above the canvas. The translation tests read them like `visible_texts` reads widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pyqtgraph as pg

from kpm_desktop.ui.kpis.chart_view import ChartView


def plots(view: ChartView) -> list[pg.PlotItem]:
    """The view's plots, top to bottom."""
    layout = view.canvas.ci
    found = [(cells[0], item) for item, cells in layout.items.items() if cells]
    return [
        item for _cell, item in sorted(found, key=lambda f: f[0]) if isinstance(item, pg.PlotItem)
    ]


def labels(view: ChartView) -> list[pg.LabelItem]:
    """The texts drawn in place of a plot: an empty chart's title and "No data"."""
    return [item for item in view.canvas.ci.items if isinstance(item, pg.LabelItem)]


def plot_texts(plot: pg.PlotItem) -> Iterator[tuple[str, str]]:
    """(text, what it is) of one plot."""
    yield plot.titleLabel.text, "plot title"
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        yield axis.labelText, f"{name} axis label"
        for text in getattr(axis, "labels", []):  # category axes only
            yield text, f"{name} axis tick"
    if plot.legend is not None:
        for _sample, label in plot.legend.items:
            yield label.text, "legend"


def chart_texts(views: dict[str, ChartView]) -> dict[str, str]:
    """Each text of the charts and where it was seen (`chart name: what`)."""
    texts: dict[str, str] = {}
    for name, view in views.items():
        found = [(view.note.text(), "note")]
        for plot in plots(view):
            found += plot_texts(plot)
        found += [(label.text, "label") for label in labels(view)]
        for text, what in found:
            if text:
                texts.setdefault(text, f"{name} chart: {what}")
    return texts
