"""The cycle dialog's "Added raters" group: self-assessment, department head and peer on top
of a template's raters, each with a weight, and a preview of every rater's weight after the
template's are rescaled so all total 100 (domain/extra_raters.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.extra_raters import ADDABLE_ROLES
from kpm_desktop.domain.rubric import RaterRole, RaterWeight
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.user_messages import user_message

# The rater weights a template (by id) gets with these raters added; raises KpmUserError.
RaterPreview = Callable[[int, Sequence[RaterWeight]], tuple[RaterWeight, ...]]
_DEFAULT_WEIGHT = 20


class ExtraRatersBox(QGroupBox):
    """A checkbox and a weight per role that can be added; `extras()` gives the checked."""

    def __init__(self, preview: RaterPreview, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Added raters (every template of this cycle)"), parent)
        self._preview = preview
        self._template_id: int | None = None
        self.checks: dict[RaterRole, QCheckBox] = {}
        self.weights: dict[RaterRole, QSpinBox] = {}
        form = QFormLayout(self)
        for role in ADDABLE_ROLES:
            check = QCheckBox(rater_role_label(role))
            weight = QSpinBox()
            weight.setRange(1, 99)
            weight.setValue(_DEFAULT_WEIGHT)
            weight.setSuffix(" %")
            weight.setEnabled(False)
            check.toggled.connect(weight.setEnabled)
            check.toggled.connect(self.refresh)
            weight.valueChanged.connect(self.refresh)
            self.checks[role], self.weights[role] = check, weight
            form.addRow(check, weight)
        self.checks[RaterRole.PEER].setToolTip(self.tr("No fixed person: HR enters the sheet"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        form.addRow(self.tr("Weights"), self.preview)

    def extras(self) -> tuple[RaterWeight, ...]:
        return tuple(
            RaterWeight(role, Decimal(self.weights[role].value()))
            for role in ADDABLE_ROLES
            if self.checks[role].isChecked()
        )

    def show_template(self, template_id: int | None) -> None:
        self._template_id = template_id
        self.refresh()

    def refresh(self) -> None:
        if self._template_id is None:
            self.preview.clear()
            return
        try:
            raters = self._preview(self._template_id, self.extras())
        except KpmUserError as exc:
            self.preview.setText(user_message(exc))
            return
        self.preview.setText(
            " · ".join(f"{rater_role_label(r.role)} {r.weight.normalize():f}" for r in raters)
        )
