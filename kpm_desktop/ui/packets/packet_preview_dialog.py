"""The preview of returned packets: per packet its appraisals with the changes, totals
and grades before -> after; conflicts and unreadable cells are shown and cannot be
chosen; HR ticks what to apply. Non-blocking: `open()` it, then `chosen`."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.services.packets.packet_views import AppraisalPreview, PacketPreview
from kpm_desktop.ui.common.i18n import format_decimal
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.user_messages import user_message

_ID_ROLE = Qt.ItemDataRole.UserRole
_RED = Qt.GlobalColor.darkRed


class PacketPreviewDialog(QDialog):
    chosen = Signal(object)  # list[tuple[PacketPreview, list[int]]]

    def __init__(self, previews: list[PacketPreview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returned packets"))
        self.previews = previews
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Packet / appraisal"), self.tr("Before"), self.tr("After")]
        )
        self.tree.setColumnWidth(0, 470)
        self.tree.setColumnWidth(1, 150)
        self._packet_items: list[tuple[PacketPreview, QTreeWidgetItem]] = []
        for preview in previews:
            self._add_packet(preview)
        self.tree.expandAll()
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply chosen"))
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(1000, 560)

    def _total(self, total: Decimal | None, grade: str | None) -> str:
        if total is None:
            return self.tr("not scored")
        return f"{format_decimal(total)} {grade or ''}".strip()

    def _add_packet(self, preview: PacketPreview) -> None:
        top = QTreeWidgetItem(self.tree)
        if preview.refused is not None:
            top.setText(0, preview.file.name)
            top.setText(2, user_message(preview.refused))
            top.setForeground(2, _RED)
            top.setToolTip(2, user_message(preview.refused))
            return
        top.setText(0, f"{preview.file.name}: {preview.rater}")
        if preview.applied_at is not None:
            top.setText(2, self.tr("Already applied: nothing to do"))
            return
        for item in preview.appraisals:
            self._add_appraisal(top, item)
        self._packet_items.append((preview, top))

    def _add_appraisal(self, top: QTreeWidgetItem, item: AppraisalPreview) -> None:
        row = QTreeWidgetItem(top)
        row.setText(0, f"{item.label} · {rater_role_label(item.role)}")
        row.setData(0, _ID_ROLE, item.appraisal_id)
        if item.conflict is not None or item.problems:
            reasons = [item.conflict] if item.conflict is not None else list(item.problems)
            text = "; ".join(user_message(r) for r in reasons)  # type: ignore[arg-type]
            row.setText(2, text)
            row.setToolTip(2, text)
            row.setForeground(2, _RED)
            return
        if not item.changes:
            row.setText(2, self.tr("no change"))
            return
        row.setText(1, self._total(item.before_total, item.before_grade))
        row.setText(2, self._total(item.after_total, item.after_grade))
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Checked)
        for change in item.changes:
            line = QTreeWidgetItem(row)
            line.setText(0, f"{change.code} {change.name}".strip())
            line.setText(1, change.before)
            line.setText(2, change.after)

    def _summary(self) -> str:
        changed = sum(1 for p in self.previews for a in p.appraisals if a.applicable and a.changes)
        blocked = sum(1 for p in self.previews for a in p.appraisals if not a.applicable)
        refused = sum(1 for p in self.previews if p.refused is not None)
        return (
            self.tr("%1 appraisals to change, %2 left untouched, %3 files refused")
            .replace("%1", str(changed))
            .replace("%2", str(blocked))
            .replace("%3", str(refused))
        )

    def choices(self) -> list[tuple[PacketPreview, list[int]]]:
        """Each packet with the appraisals ticked."""
        result = []
        for preview, top in self._packet_items:
            children = [top.child(i) for i in range(top.childCount())]
            ticked = [
                child.data(0, _ID_ROLE)
                for child in children
                if child is not None and child.checkState(0) == Qt.CheckState.Checked
            ]
            if ticked:
                result.append((preview, ticked))
        return result

    def accept(self) -> None:
        super().accept()
        self.chosen.emit(self.choices())
