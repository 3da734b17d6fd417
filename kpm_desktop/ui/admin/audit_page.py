"""The audit log view: filters, a lazily paged table, and the selected entry's changes."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.audit import AuditEntry, AuditFilter
from kpm_desktop.domain.audit_diff import ChangeKind, field_changes
from kpm_desktop.domain.office_time import local_midnight, to_office
from kpm_desktop.ui.admin.audit_words import audit_word
from kpm_desktop.ui.service_ports import AuditReader

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: rows of a table have no parent


def local_text(moment: datetime, zone: ZoneInfo) -> str:
    """A stored naive-UTC time as the office's clock time."""
    return to_office(moment, zone).strftime("%Y-%m-%d %H:%M:%S")


def _python_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def utc_start_of(day: date, zone: ZoneInfo) -> datetime:
    """The office's midnight of `day`, as naive UTC for the query."""
    return local_midnight(day, zone)


class AuditTableModel(QAbstractTableModel):
    """Entries newest first, fetched a page at a time as the view scrolls."""

    def __init__(self, audit: AuditReader, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._actor = actor
        self._filter = AuditFilter()
        self.zone = audit.office_zone()
        self._entries: list[AuditEntry] = []
        self._exhausted = True
        self._headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Entity"),
            self.tr("Record"),
            self.tr("Action"),
        ]

    def set_filter(self, filters: AuditFilter) -> None:
        self.beginResetModel()
        self.zone = self._audit.office_zone()
        self._filter = filters
        self._entries = self._audit.query(self._actor, filters, limit=PAGE_SIZE)
        self._exhausted = len(self._entries) < PAGE_SIZE
        self.endResetModel()

    def total(self) -> int:
        return self._audit.count(self._actor, self._filter)

    def entry_at(self, row: int) -> AuditEntry:
        return self._entries[row]

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._entries[index.row()]
        return (
            local_text(entry.occurred_at, self.zone),
            entry.username,
            audit_word(entry.entity_type),
            entry.entity_id,
            audit_word(entry.action),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def canFetchMore(self, parent: ModelIndex = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = ROOT) -> None:
        if parent.isValid() or self._exhausted or not self._entries:
            return
        page = self._audit.query(
            self._actor, self._filter, before_id=self._entries[-1].id, limit=PAGE_SIZE
        )
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._entries.extend(page)
            self.endInsertRows()


def changes_html(entry: AuditEntry, zone: ZoneInfo) -> str:
    """The entry's header and a before/after table; changed fields stand out."""
    head = (
        f"<p><b>#{entry.id}</b> {html.escape(local_text(entry.occurred_at, zone))} · "
        f"{html.escape(entry.username)} · {html.escape(audit_word(entry.entity_type))} "
        f"{html.escape(entry.entity_id)} · {html.escape(audit_word(entry.action))}</p>"
    )
    rows = []
    colours = {
        ChangeKind.ADDED: "#e6f4ea",
        ChangeKind.REMOVED: "#fce8e6",
        ChangeKind.CHANGED: "#fef7e0",
        ChangeKind.UNCHANGED: "#ffffff",
    }
    for change in field_changes(entry.before, entry.after):
        rows.append(
            f'<tr style="background:{colours[change.kind]}"><td>{html.escape(change.name)}</td>'
            f"<td>{html.escape(change.before)}</td><td>{html.escape(change.after)}</td></tr>"
        )
    if not rows:
        nothing = QCoreApplication.translate("AuditPage", "No field values recorded.")
        return head + f"<p>{html.escape(nothing)}</p>"
    titles = (
        QCoreApplication.translate("AuditPage", "Field"),
        QCoreApplication.translate("AuditPage", "Before"),
        QCoreApplication.translate("AuditPage", "After"),
    )
    header = "".join(f"<th align='left'>{html.escape(title)}</th>" for title in titles)
    table = f"<table cellpadding='4' width='100%'><tr>{header}</tr>{''.join(rows)}</table>"
    chain = f"<p style='color:#666'>hash {entry.hash[:16]}… ← {entry.prev_hash[:16]}…</p>"
    return head + table + chain


class AuditPage(QWidget):
    def __init__(self, audit: AuditReader, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._actor = actor
        self.model = AuditTableModel(audit, actor, self)
        self.user_filter = QComboBox()
        self.entity_filter = QComboBox()
        self.action_filter = QComboBox()
        self.date_filter = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.detail = QTextBrowser()
        self._build_layout()
        self._load_choices()
        self._connect()
        self.apply_filters()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("User"), self.user_filter),
            (self.tr("Entity"), self.entity_filter),
            (self.tr("Action"), self.action_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.date_filter)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        for combo in (self.user_filter, self.entity_filter, self.action_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_filter.toggled.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self.detail.clear)

    def _load_choices(self) -> None:
        choices = self._audit.choices(self._actor)
        for combo, values in (
            (self.user_filter, choices.usernames),
            (self.entity_filter, choices.entity_types),
            (self.action_filter, choices.actions),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(value if combo is self.user_filter else audit_word(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.date_filter.isChecked():
            zone = self.model.zone
            since = utc_start_of(_python_date(self.date_from.date()), zone)
            until = utc_start_of(_python_date(self.date_to.date()) + timedelta(days=1), zone)
        return AuditFilter(
            username=self.user_filter.currentData(),
            entity_type=self.entity_filter.currentData(),
            action=self.action_filter.currentData(),
            since=since,
            until=until,
        )

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%n entries", "", self.model.total()))

    def refresh(self) -> None:
        self._load_choices()
        self.apply_filters()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        self.detail.setHtml(changes_html(self.model.entry_at(current.row()), self.model.zone))
