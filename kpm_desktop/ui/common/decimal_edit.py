"""A line edit for exact decimal numbers (never float), marked red with the reason when wrong."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kpm_desktop.domain.decimals import fmt

INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"


def parse_decimal(text: str) -> Decimal | None:
    """'30', '7.5', ' 0.30 ', '30%' as Decimal; None when it is not a finite number."""
    cleaned = text.strip().removesuffix("%").replace(",", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def mark_problems(widget: QWidget, problems: list[str]) -> None:
    """Mark a field in place: a red frame and the reasons as its tooltip."""
    widget.setStyleSheet(INVALID_STYLE if problems else "")
    widget.setToolTip("\n".join(problems))
    widget.setProperty("problems", problems)


class DecimalEdit(QLineEdit):
    """Emits `valueEdited` for each text change that is a number; other text is marked invalid."""

    valueEdited = Signal(object)  # Decimal, or None when `optional` and left empty

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._optional = optional
        self.textChanged.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        if self._optional and not text.strip():
            mark_problems(self, [])
            self.valueEdited.emit(None)
            return
        value = parse_decimal(text)
        if value is None:
            mark_problems(self, [self.tr("'%1' is not a number").replace("%1", text)])
            return
        mark_problems(self, [])
        self.valueEdited.emit(value)

    def set_value(self, value: Decimal | None) -> None:
        """Show a value from the draft, leaving the text alone when it already says it."""
        current = parse_decimal(self.text())
        if value is None:
            if self.text():
                self.setText("")
        elif current != value or current is None:
            self.setText(fmt(value))
