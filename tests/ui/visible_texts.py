"""The texts a user sees in a window: what the translation tests check against the catalogue.

Data (Chinese names, departments, KPI names) contains CJK characters and is left out;
so are numbers, addresses, the status bar (database location and user) and combo box
entries that show their own stored value (user names and record kinds in the audit filters).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QStatusBar,
    QTabWidget,
    QWidget,
    QWizardPage,
)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NOT_WORDS = re.compile(r"^[\W\d_]*$")  # numbers, punctuation, empty
# Placeholders a source text may hold: {0} {name} %1 %n.
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%(?:\d+|n)")


# A word of two Latin letters or more (an employee number like E00013 has one).
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def latin_words(text: str) -> set[str]:
    return set(LATIN_WORD.findall(text))


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def is_ui_text(text: str) -> bool:
    """Not data (Chinese), not a number, not an address like a database URL."""
    return not CJK.search(text) and not NOT_WORDS.match(text) and "://" not in text


def visible_texts(window: QWidget, keep: Callable[[str], bool] = is_ui_text) -> dict[str, str]:
    """Each UI text of a window or dialog and where it was seen (`Class: kind`)."""
    texts: dict[str, str] = {}

    def add(text: str | None, where: str) -> None:
        text = (text or "").removesuffix(" *")  # the required-field mark after a label
        if keep(text):
            texts.setdefault(text, where)

    add(window.windowTitle(), "window title")
    for menu in window.findChildren(QMenu):
        add(menu.title(), "menu")
    for action in window.findChildren(QAction):
        add(action.text(), "action")
        add(_own_tool_tip(action), "tool tip")
    for widget in window.findChildren(QWidget):
        if _in_status_bar(widget):
            continue
        for text, kind in _widget_texts(widget):
            add(text, f"{type(widget).__name__}: {kind}")
    return texts


def _own_tool_tip(action: QAction) -> str:
    """The tool tip set on the action, not the one Qt derives from its text."""
    derived = action.text().replace("&", "").removesuffix("...").removesuffix("…")
    return "" if action.toolTip() == derived else action.toolTip()


def _plain(text: str) -> str:
    """A rich-text label's words, as the user reads them."""
    return (
        QTextDocumentFragment.fromHtml(text).toPlainText() if GuiQt.mightBeRichText(text) else text
    )


def _in_status_bar(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QStatusBar):
            return True
        parent = parent.parentWidget()
    return False


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield widget.toolTip(), "tool tip"
    yield widget.windowTitle() if widget.isWindow() else "", "window title"
    if isinstance(widget, QLabel):
        yield _plain(widget.text()), "text"
    if isinstance(widget, QAbstractButton):
        yield widget.text(), "text"
    if isinstance(widget, QGroupBox):
        yield widget.title(), "title"
    if isinstance(widget, QWizardPage):
        yield widget.title(), "title"
        yield widget.subTitle(), "subtitle"
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText(), "placeholder"
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index), "tab"
            yield widget.tabToolTip(index), "tab tool tip"
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            text = widget.itemText(index)
            if widget.itemData(index) != text:
                yield text, "item"
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield widget.item(row).text(), "item"
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _header_texts(widget.model())


def _header_texts(model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    for section in range(model.columnCount()):
        value = model.headerData(section, Qt.Orientation.Horizontal)
        yield (value if isinstance(value, str) else ""), "column header"


class Catalogue:
    """The finished messages of a .ts file, matched with placeholders as wildcards."""

    def __init__(self, ts_file: Path) -> None:
        self.finished: dict[tuple[str, str], list[str]] = {}
        self.unfinished: set[tuple[str, str]] = set()
        for context in ET.parse(ts_file).iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                assert translation is not None
                forms = [f.text or "" for f in translation.findall("numerusform")]
                forms = forms or [translation.text or ""]
                if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                    forms
                ):
                    self.unfinished.add((name, source))
                else:
                    self.finished[(name, source)] = forms
        self._patterns = [
            (re.compile(_pattern(source)), source) for _context, source in self.finished
        ]

    def finds(self, text: str) -> bool:
        """Whether `text` is a finished source text, or one with its placeholders filled."""
        return any(pattern.fullmatch(text) for pattern, _source in self._patterns)


def _pattern(source: str) -> str:
    parts = PLACEHOLDER.split(source)
    return ".+".join(re.escape(part) for part in parts)


class QtOwnTexts:
    """Texts Qt's own Chinese catalogue translates: standard buttons, wizard navigation."""

    CONTEXTS = ("QPlatformTheme", "QGnomeTheme", "QWizard", "QDialogButtonBox", "QMessageBox")

    def __init__(self) -> None:
        self._translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        assert self._translator.load(chinese, "qtbase", "_", folder), folder

    def translates(self, text: str) -> bool:
        return any(self._translator.translate(context, text) for context in self.CONTEXTS)
