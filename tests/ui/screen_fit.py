"""What "fits the screen" means for the screen-fit tests: a top-level window no larger than
the screen's available area, and no label, button, check box, radio button, group box title,
combo box (its current entry) or table header whose text is wider than the widget shows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

# A 1280×800 and a 1366×768 screen, less a taskbar (the "available geometry").
SCREENS = {"1280x800": QSize(1280, 760), "1366x768": QSize(1366, 728)}
ELLIPSIS = "…"


def show_within(window: QWidget, available: QSize) -> None:
    """Show a top-level window as a window manager would on that screen: at its own size,
    cut down to the available area (a window's minimum size may still push it past)."""
    window.resize(window.size().boundedTo(available))
    window.show()
    QApplication.processEvents()


def oversized(window: QWidget, available: QSize) -> list[str]:
    """The window itself, when its minimum or its actual size exceeds the screen."""
    found = []
    for what, size in (("minimumSizeHint", window.minimumSizeHint()), ("size", window.size())):
        if size.width() > available.width() or size.height() > available.height():
            found.append(
                f"{type(window).__name__} {window.windowTitle()!r}: {what} "
                f"{size.width()}×{size.height()} > {available.width()}×{available.height()}"
            )
    return found


def clipped(window: QWidget) -> list[str]:
    """Each visible widget of the window whose text is wider than the room it shows it in."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QHeaderView):
            found.extend(_clipped_sections(widget))
            continue
        text, room = _text_and_room(widget)
        if not text or text.endswith(ELLIPSIS):
            continue
        # A parent narrower than the widget (a scroll area without sideways scrolling) cuts
        # it off on the right.
        shown = widget.visibleRegion().boundingRect().width()
        if 0 < shown < widget.width():
            found.append(
                f"{type(widget).__name__} {text!r}: cut off, {shown} px of {widget.width()} px"
                " shown"
            )
            continue
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if needed > room:
            found.append(
                f"{type(widget).__name__} {text!r}: text {needed} px > {room} px shown "
                f"(widget {widget.width()} px)"
            )
    return found


def _text_and_room(widget: QWidget) -> tuple[str, int]:
    style = widget.style()
    width = widget.contentsRect().width()
    if isinstance(widget, QLabel):
        if widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText:
            return "", 0
        text = widget.text()
        if GuiQt.mightBeRichText(text):
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        indent = max(widget.indent(), 0)
        return text, width - 2 * widget.margin() - indent
    if isinstance(widget, QGroupBox):
        return _without_mnemonic(widget.title()), width - 2 * style.pixelMetric(
            QStyle.PixelMetric.PM_LayoutLeftMargin
        )
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
        return _without_mnemonic(widget.text()), width - _button_chrome(widget, style)
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return widget.currentText(), _combo_text_room(widget, style)
    if isinstance(widget, QLineEdit) and not widget.text():
        return widget.placeholderText(), _line_edit_room(widget, style)
    return "", 0


def _line_edit_room(edit: QLineEdit, style: QStyle) -> int:
    """The width a line edit draws its text (here: its placeholder) in."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = style.subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    horizontal_margin = 2  # QLineEditPrivate::horizontalMargin
    return contents.width() - margins.left() - margins.right() - 2 * horizontal_margin


def _combo_text_room(combo: QComboBox, style: QStyle) -> int:
    """The room for the current text's advance, measured as the box's own size hint measures
    a text: by its drawn extent (the bounding rectangle, narrower than the advance for
    full-width brackets), plus the frame and arrow the style adds around it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    advance = metrics.horizontalAdvance(combo.currentText())
    drawn = metrics.boundingRect(combo.currentText()).width()
    if not option.currentIcon.isNull():
        drawn += combo.iconSize().width() + 4
    wanted = style.sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(drawn, combo.height()), combo
    ).width()
    return combo.width() - wanted + advance


def _button_chrome(button: QAbstractButton, style: QStyle) -> int:
    """The part of a button's width its text cannot use: bevel, indicator, icon."""
    metric = QStyle.PixelMetric
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QCheckBox):
        chrome = style.pixelMetric(metric.PM_IndicatorWidth) + style.pixelMetric(
            metric.PM_CheckBoxLabelSpacing
        )
    elif isinstance(button, QRadioButton):
        chrome = style.pixelMetric(metric.PM_ExclusiveIndicatorWidth) + style.pixelMetric(
            metric.PM_RadioButtonLabelSpacing
        )
    elif isinstance(button, QPushButton):
        chrome = 2 * (
            style.pixelMetric(metric.PM_ButtonMargin)
            + style.pixelMetric(metric.PM_DefaultFrameWidth)
        )
    else:
        chrome = 0
    return chrome + icon


def _clipped_sections(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    metrics = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin
        size = header.sectionSize(section)
        if header.orientation() == Qt.Orientation.Horizontal and needed > size:
            found.append(f"header section {text!r}: text {needed} px > section {size} px")
    return found


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def misfits(window: QWidget, available: QSize) -> list[str]:
    return oversized(window, available) + clipped(window)
