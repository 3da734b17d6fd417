"""The Marketing sources dialog: which customer sources count as marketing for the
marketing ROI, paid by which spend channel, and the ROI per channel of a period.

Every source seen in the customer data is listed with what it counts as now. A source is
left to the default rule (counted when a spend channel has its name), marked as marketing
with the channel that pays for it, or excluded. Saving writes every change in one
transaction; the service audits it and the KPI results computed before are not reused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.kpi import KpiUnit, format_number
from kpm_desktop.domain.marketing_sources import (
    SourceEntry,
    SourceRule,
    SourceStatus,
    all_channels,
)
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.kpis.kpi_source import KpiSource

DEFAULT, MARKETING, EXCLUDED = "default", "marketing", "excluded"
SOURCE_COLUMN, CUSTOMERS_COLUMN, CHOICE_COLUMN, CHANNEL_COLUMN, NOW_COLUMN = range(5)


class MarketingSourcesDialog(QDialog):
    """Non-blocking: show with `open()`; `saved` (the number of rules changed) is emitted
    after a save that changed something."""

    saved = Signal(int)

    def __init__(
        self, service: KpiSource, actor: Actor, period: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._actor, self._period = service, actor, period
        self._entries: list[SourceEntry] = []
        self._channels: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("Marketing sources"))
        self.resize(820, 560)
        self.explanation = QLabel(
            self.tr(
                "Marketing ROI counts the revenue of customers whose source is a marketing "
                "source. By default a source counts when a marketing spend channel has the "
                "same name; mark other sources as marketing (with the channel that pays for "
                "them) or exclude them."
            )
        )
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Customers"), self.tr("Counts as"),
             self.tr("Paid by channel"), self.tr("Now")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            NOW_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.channels_label = QLabel()
        self.channels_label.setWordWrap(True)
        self.roi_label = QLabel(self.tr("Marketing ROI per spend channel, {period}").format(
            period=period
        ))  # fmt: skip
        self.roi_table = QTableWidget(0, 5)
        self.roi_table.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Sources it pays for"), self.tr("Revenue"),
             self.tr("Spend"), self.tr("Marketing ROI")]
        )  # fmt: skip
        self.roi_table.verticalHeader().hide()
        self.roi_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.can_edit = service.marketing_sources.can_manage(actor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setVisible(self.can_edit)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.channels_label)
        layout.addWidget(self.roi_label)
        layout.addWidget(self.roi_table, 2)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the sources, channels and the ROI per channel again."""
        self._load_rois()
        try:
            overview = self._service.marketing_sources.overview(self._actor)
        except KpmUserError as exc:
            self._show_error(exc)
            return
        self._entries, self._channels = list(overview.sources), overview.channels
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            self._fill_row(row, entry)
        self.table.resizeColumnsToContents()
        channels = ", ".join(self._channels) or self.tr("none")
        self.channels_label.setText(
            self.tr("Marketing spend channels in the data: {channels}").format(channels=channels)
        )

    def row_of(self, source: str) -> int:
        return [entry.source for entry in self._entries].index(source)

    def choice_box(self, row: int) -> QComboBox:
        return self._combo(row, CHOICE_COLUMN)

    def channel_box(self, row: int) -> QComboBox:
        return self._combo(row, CHANNEL_COLUMN)

    def save(self) -> None:
        rules, resets = self._changes()
        try:
            changed = self._service.marketing_sources.apply(self._actor, rules, resets)
        except KpmUserError as exc:
            self._show_error(exc)
            return
        self.reload()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved: {count} change(s)").format(count=changed))
        if changed:
            self.saved.emit(changed)

    def _fill_row(self, row: int, entry: SourceEntry) -> None:
        self.table.setItem(row, SOURCE_COLUMN, QTableWidgetItem(entry.source))
        self.table.setItem(row, CUSTOMERS_COLUMN, _cell(str(entry.customers), number=True))
        choice = QComboBox()
        choice.addItem(self.tr("Default rule"), DEFAULT)
        choice.addItem(self.tr("Marketing"), MARKETING)
        choice.addItem(self.tr("Excluded"), EXCLUDED)
        choice.setCurrentIndex(choice.findData(_choice_of(entry)))
        choice.setEnabled(self.can_edit)
        channel = QComboBox()
        channel.addItem(self.tr("(not stated)"), "")
        for name in sorted({*self._channels, entry.channel} - {""}):
            channel.addItem(name, name)
        if entry.status is SourceStatus.MARKETING:
            channel.setCurrentIndex(channel.findData(entry.channel))
        choice.currentIndexChanged.connect(
            lambda _i, c=choice, b=channel: _sync(c, b, self.can_edit)
        )
        _sync(choice, channel, self.can_edit)
        self.table.setCellWidget(row, CHOICE_COLUMN, choice)
        self.table.setCellWidget(row, CHANNEL_COLUMN, channel)
        self.table.setItem(row, NOW_COLUMN, QTableWidgetItem(self._now_text(entry)))

    def _now_text(self, entry: SourceEntry) -> str:
        if entry.status is SourceStatus.SPEND_CHANNEL:
            return self.tr("counted: a spend channel has this name")
        if entry.status is SourceStatus.MARKETING:
            if entry.channel:
                return self.tr("counted, paid by {channel}").format(channel=entry.channel)
            return self.tr("counted, no paying channel stated")
        if entry.status is SourceStatus.EXCLUDED:
            return self.tr("not counted: excluded")
        return self.tr("not counted: neither marketing nor excluded")

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _changes(self) -> tuple[list[SourceRule], list[str]]:
        rules: list[SourceRule] = []
        resets: list[str] = []
        for row, entry in enumerate(self._entries):
            choice = self.choice_box(row).currentData()
            channel = self.channel_box(row).currentData() if choice == MARKETING else ""
            had_rule = entry.status in (SourceStatus.MARKETING, SourceStatus.EXCLUDED)
            if choice == DEFAULT:
                if had_rule:
                    resets.append(entry.source)
            elif choice != _choice_of(entry) or channel != entry.channel:
                rules.append(SourceRule(entry.source, choice == MARKETING, channel))
        return rules, resets

    def _load_rois(self) -> None:
        try:
            rois = self._service.channel_roi_for(self._actor, self._period)
        except KpmUserError:
            # The ROI per channel is a company figure; not every user may see it.
            self.roi_label.hide()
            self.roi_table.hide()
            return
        rows = [(r.channel or self.tr("(no channel)"), ", ".join(r.sources), r) for r in rois]
        rows.append((self.tr("All channels"), "", all_channels(rois)))
        self.roi_table.setRowCount(len(rows))
        for row, (name, sources, roi) in enumerate(rows):
            cells = [
                name,
                sources,
                format_number(roi.revenue, KpiUnit.YUAN),
                format_number(roi.spend, KpiUnit.YUAN),
                self.tr("n/a") if roi.roi.value is None
                else format_number(roi.roi.value, KpiUnit.PERCENT),
            ]  # fmt: skip
            for column, text in enumerate(cells):
                self.roi_table.setItem(row, column, _cell(text, number=column >= 2))
        self.roi_table.resizeColumnsToContents()

    def _show_error(self, exc: KpmUserError) -> None:
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(user_message(exc))


def _cell(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _choice_of(entry: SourceEntry) -> str:
    if entry.status is SourceStatus.MARKETING:
        return MARKETING
    if entry.status is SourceStatus.EXCLUDED:
        return EXCLUDED
    return DEFAULT


def _sync(choice: QComboBox, channel: QComboBox, editable: bool) -> None:
    """A paying channel belongs to a marketing source only."""
    marketing = choice.currentData() == MARKETING
    channel.setEnabled(editable and marketing)
    if not marketing:
        channel.setCurrentIndex(0)
