"""A panel member's sheet of one bidder: the appraisal form's indicator rows
(ui/appraisals/indicator_row.py: met / provided / levels, N/A with a reason, comments;
number keys pick an answer) for every indicator the member rates. Ranked indicators (the
price) are not asked: they come from the bidders' quoted figures."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError, ValidationError
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.selection import rank_indicators, rated_indicators
from kpm_desktop.ui.appraisals.indicator_row import IndicatorRow
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.selections.selection_ports import SelectionPort


class ScoreSheetDialog(QDialog):
    """`open()` it; `scored` carries the bidder's name once the service took the sheet."""

    scored = Signal(str)

    def __init__(
        self,
        service: SelectionPort,
        actor: Actor,
        selection: str,
        template: RubricTemplate,
        bidders: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._actor, self._selection = service, actor, selection
        self.setWindowTitle(self.tr("Score a bidder: %1").replace("%1", selection))
        self.bidder = QComboBox()
        self.bidder.addItems(list(bidders))
        head = QFormLayout()
        head.addRow(self.tr("Bidder"), self.bidder)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.deadline.hide()
        head.addRow(self.deadline)
        ranked = ", ".join(f"{i.code} {i.name}" for i in rank_indicators(template))
        if ranked:
            note = QLabel(
                self.tr("Ranked from the quoted figures, not rated: %1").replace("%1", ranked)
            )
            note.setWordWrap(True)
            head.addRow(note)
        self.rows = [IndicatorRow(indicator, None) for indicator in rated_indicators(template)]
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for index, row in enumerate(self.rows):
            row.name.setWordWrap(True)
            row.na_reason.setEnabled(False)
            for column, widget in enumerate(
                (row.name, row.editor, row.na, row.na_reason, row.comment)
            ):
                grid.addWidget(widget, index, column)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(4, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("comment on the whole sheet"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B22222")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Submit sheet"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.comment)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._chain_focus()
        self.resize(1100, 620)

    def show_deadline(self, text: str, *, overdue: bool) -> None:
        """The selection's deadline as the page states it; red once it has passed."""
        self.deadline.setText(text)
        self.deadline.setStyleSheet("color: #B22222" if overdue else "")
        self.deadline.setVisible(bool(text))

    def _chain_focus(self) -> None:
        chain: list[QWidget] = [self.bidder]
        for row in self.rows:
            chain += row.focus_chain()
        chain.append(self.comment)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def ratings(self) -> dict[str, IndicatorRating]:
        """What the rows hold; an indicator left empty is named by the service."""
        ratings: dict[str, IndicatorRating] = {}
        for row in self.rows:
            entry = row.entry()
            if entry is None:
                continue
            rating = entry.rating
            if rating.not_applicable:
                reason = "; ".join(t for t in (entry.na_reason.strip(), rating.comment) if t)
                rating = IndicatorRating(not_applicable=True, comment=reason)
            elif rating == IndicatorRating(comment=rating.comment):
                raise ValidationError("{code} has a comment but no rating", code=row.indicator.code)
            ratings[row.indicator.code] = rating
        return ratings

    def submit(self) -> None:
        bidder = self.bidder.currentText()
        try:
            self._service.score(
                self._actor, self._selection, bidder, self.ratings(), self.comment.text()
            )
        except KpmUserError as exc:
            self.error.setText(user_message(exc))
            return
        self.scored.emit(bidder)
        self.accept()
