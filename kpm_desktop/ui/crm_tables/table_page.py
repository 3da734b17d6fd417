"""A page browsing one CRM table: search, column filters, lazy table, detail pane, add /
edit / delete. The search and the filters are remembered per table (QSettings).

The page shows the rows the signed-in user may read; the changing actions only to a user
who may change them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.services.crm_tables.table_spec import TableSource
from kpm_desktop.ui.common.column_chooser import ColumnChooser
from kpm_desktop.ui.common.crash_dialog import user_error_box
from kpm_desktop.ui.common.lazy_table_model import LazyTableModel
from kpm_desktop.ui.common.page import Page
from kpm_desktop.ui.common.remembered_filters import RememberedFilters
from kpm_desktop.ui.common.table_labels import display_text, translated
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.crm_tables.filter_row import FilterRow, scrolling_sideways
from kpm_desktop.ui.crm_tables.record_dialog import RecordDialog

SEARCH_DELAY_MS = 250
ROW_HEIGHT = 24
WIDE_COLUMNS = frozenset({"name", "customer", "subject", "address", "email"})
WIDE_COLUMN_WIDTH = 230


@dataclass(frozen=True)
class TablePageTexts:
    """The translated words a page needs about its records."""

    settings_key: str  # "customers": where the layout is remembered
    count: Callable[[int], str]  # 12345 -> "12,345 customers"
    record: str  # "customer", for dialog titles


class TablePage(Page):
    def __init__(
        self,
        browser: TableSource,
        actor: Actor,
        texts: TablePageTexts,
        settings: QSettings,
        parent: QWidget | None = None,
        export: Callable[[QWidget, str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._export = export
        self.browser = browser
        self.actor = actor
        self.editable = browser.can_edit(actor)
        self.texts = texts
        self._settings = settings
        self._filters = RememberedFilters(settings, self._key("filters"))
        self.model = LazyTableModel(browser, actor, parent=self)
        self.dialog: RecordDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self._detail_labels: dict[str, QLabel] = {}
        self._build()
        self._restore_state()
        self.model.totalChanged.connect(lambda _total: self._announce())
        self.model.modelReset.connect(self._announce)
        self.model.countFailed.connect(self.show_error)
        self.model.modelReset.connect(self._show_details)

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search every column shown (Ctrl+F)"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(self.editable)
            bar.addWidget(button)
        self.filter_row = FilterRow(self.browser.filters, self._filter_values)
        self.filter_row.changed.connect(self.apply_filters)
        filters = scrolling_sideways(self.filter_row)
        filters.setVisible(bool(self.browser.filters))
        self.view = self._build_view()
        self.details_form = QFormLayout()
        details = QWidget()
        details.setLayout(self.details_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(filters)
        layout.addWidget(self.splitter, 1)
        self._add_shortcuts()

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        rows = view.verticalHeader()
        # Fixed heights keep a million rows cheap: the view never measures them.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.hide()
        view.horizontalHeader().setSectionsMovable(True)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setStretchLastSection(True)
        self.column_chooser = ColumnChooser(view.horizontalHeader())
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        view.activated.connect(lambda _index: self.edit_selected())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        return view

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        if self.editable:
            menu.addAction(self.tr("Edit…"), self.edit_selected)
            menu.addAction(self.tr("Delete…"), self.delete_selected)
        if self._export is not None:
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(self.tr("Export table…"), self.export_table)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        if not menu.isEmpty():
            menu.popup(self.view.viewport().mapToGlobal(position))

    def export_table(self) -> None:
        if self._export is not None:
            self._export(self, self.texts.settings_key)

    def _add_shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.activated.connect(self.refresh)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    # State -----------------------------------------------------------------

    def _key(self, name: str) -> str:
        return f"tables/{self.texts.settings_key}/{name}"

    def _restore_state(self) -> None:
        header = self.view.horizontalHeader()
        state = self._settings.value(self._key("header"))
        if state is None or not header.restoreState(state):
            for section, spec in enumerate(self.browser.columns):
                header.setSectionHidden(section, not spec.shown_by_default)
                if spec.key in WIDE_COLUMNS:
                    header.resizeSection(section, WIDE_COLUMN_WIDTH)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        splitter = self._settings.value(self._key("splitter"))
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([900, 300])
        self.view.setSortingEnabled(True)
        self._restore_search_and_filters()

    def _restore_search_and_filters(self) -> None:
        search = self._settings.value(self._key("search"))
        if isinstance(search, str) and search:
            self.search.setText(search)
            self.apply_search()
        chosen = self._filters.values(spec.key for spec in self.browser.filters)
        if chosen:
            self.filter_row.set_values(chosen)

    def save_state(self) -> None:
        self._settings.setValue(self._key("header"), self.view.horizontalHeader().saveState())
        self._settings.setValue(self._key("splitter"), self.splitter.saveState())

    def status_text(self) -> str:
        counting = self.model.counting
        text = self.tr("Counting…") if counting else self.texts.count(self.model.total)
        if self.model.search:
            text += " " + self.tr("matching “{search}”").format(search=self.model.search)
        if self.model.filters:
            text += " " + self.tr("(filtered)")
        return text

    def _announce(self) -> None:
        self.statusTextChanged.emit(self.status_text())

    # Actions ----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self._settings.setValue(self._key("search"), self.model.search)

    def apply_filters(self, filters: dict[str, str]) -> None:
        """Show the rows matching every chosen filter and the search; remember them."""
        self._filters.remember({spec.key: filters.get(spec.key) for spec in self.browser.filters})
        self.model.set_filters(filters)

    def _filter_values(self, key: str) -> list[str]:
        try:
            return self.browser.filter_values(self.actor, key)
        except KpmUserError as exc:
            self.show_error(user_message(exc))
            return []

    def refresh(self) -> None:
        row = self.view.currentIndex().row()
        self.model.refresh()
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def current_record_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def _show_details(self) -> None:
        self._detail_labels.clear()
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        record_id = self.current_record_id()
        if record_id is None:
            return
        try:
            details = self.browser.details(self.actor, record_id)
        except KpmUserError as exc:
            self.show_error(user_message(exc))
            return
        for spec, value in details:
            label = QLabel(display_text(spec.kind, value))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.details_form.addRow(translated(spec.header), label)
            self._detail_labels[translated(spec.header)] = label

    def detail_texts(self) -> dict[str, str]:
        """What the detail pane shows, header to value (for checks and tests)."""
        return {header: label.text() for header, label in self._detail_labels.items()}

    def add_record(self) -> None:
        if not self.editable:
            return
        title = self.tr("Add {record}").format(record=self.texts.record)
        self._open_dialog(title, lambda raw: self.browser.add(self.actor, raw), {})

    def edit_selected(self) -> None:
        record_id = self.current_record_id()
        if record_id is None or not self.editable:
            return
        try:
            values = self.browser.form_values(self.actor, record_id)
        except KpmUserError as exc:
            self.show_error(user_message(exc))
            return
        title = self.tr("Edit {record}").format(record=self.texts.record)
        self._open_dialog(
            title, lambda raw: self.browser.update(self.actor, record_id, raw), values
        )

    def _open_dialog(
        self, title: str, save: Callable[[dict[str, str]], object], values: Mapping[str, str]
    ) -> None:
        self.dialog = RecordDialog(title, self.browser.fields, save, values, self)
        self.dialog.saved.connect(self.refresh)
        self.dialog.open()

    def delete_selected(self) -> None:
        record_id = self.current_record_id()
        if record_id is None or not self.editable:
            return
        row = self.view.currentIndex().row()
        name = " ".join(
            str(self.model.index(row, column).data() or "") for column in (0, 1)
        ).strip()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete {record}").format(record=self.texts.record),
            self.tr("Delete {record} {name}? This cannot be undone.").format(
                record=self.texts.record, name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: self._delete_if_confirmed(box.standardButton(button), record_id)
        )
        self.confirm_box = box
        box.open()

    def _delete_if_confirmed(self, answer: QMessageBox.StandardButton, record_id: int) -> None:
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.browser.delete(self.actor, record_id)
        except KpmUserError as exc:
            self.show_error(user_message(exc))
            return
        self.refresh()

    def show_error(self, message: str) -> None:
        self.error_box = user_error_box(self, self.tr("KPM Desktop"), message)

    def select_row(self, row: int) -> QModelIndex:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        return index
