"""Deliberate steps in the form: the confirmation says what is locked or handed on, works
from the keyboard, can be skipped except before finalizing and acknowledging, and a step
kept from the superior's rater by separation of duties is a disabled button saying why."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState, CycleStatus
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.appraisals.appraisal_views import Acknowledgement
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.appraisal_models import appraisal_model
from kpm_desktop.ui.appraisals.calibration_page import CalibrationPage, OverrideDialog
from kpm_desktop.ui.appraisals.cycles_page import CreateCycleDialog
from kpm_desktop.ui.appraisals.step_confirmation import (
    StepConfirmation,
    StepSettings,
    skip_action,
)
from kpm_desktop.ui.common.state_labels import not_scored_label
from tests.appraisal_steps import rate_all, target_id
from tests.appraisal_world import PERIOD, World


def _form(qtbot, world: World, actor: Actor, settings: StepSettings | None = None):
    form = AppraisalFormWidget(
        world.services.appraisals, actor, target_id(world), step_settings=settings
    )
    qtbot.addWidget(form)
    form.show()
    return form


def _dialog(form: AppraisalFormWidget, action: Action) -> StepConfirmation:
    dialog = form.confirm_step(action)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _state(form: AppraisalFormWidget) -> AppraisalState:
    assert form.form is not None
    return form.form.summary.state


def test_the_submit_dialog_lists_what_is_not_rated_and_esc_cancels(qtbot, world: World):
    form = _form(qtbot, world, world.employee)
    dialog = _dialog(form, Action.SUBMIT)
    assert not_scored_label() in dialog.details.text()
    assert "A1, A2, A3, A4" in dialog.details.text()  # nothing rated on any sheet yet
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _state(form) is AppraisalState.DRAFT


def test_review_shows_total_grade_and_na_reasons_and_enter_confirms(qtbot, world: World):
    rate_all(world, target_id(world))
    form = _form(qtbot, world, world.admin)
    dialog = _dialog(form, Action.REVIEW)
    assert "82.68 · 良好" in dialog.details.text()
    assert "A4" in dialog.details.text() and "本季度未涉及岗位协调" in dialog.details.text()
    assert dialog.confirm_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert _state(form) is AppraisalState.REVIEWED


def test_finalize_always_asks_and_enter_keeps_the_safe_choice(
    qtbot, world: World, settings: QSettings
):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    world.services.appraisals.review(world.admin, appraisal_id)
    skipping = StepSettings(settings)
    skipping.skip = True
    form = _form(qtbot, world, world.admin, skipping)
    dialog = _dialog(form, Action.FINALIZE)
    assert dialog.cancel_button.isDefault() and not dialog.confirm_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert _state(form) is AppraisalState.REVIEWED
    _dialog(form, Action.FINALIZE).confirm_button.click()
    assert _state(form) is AppraisalState.FINALIZED


def test_the_skip_setting_takes_other_steps_at_once(qtbot, world: World, settings: QSettings):
    rate_all(world, target_id(world))
    skipping = StepSettings(settings)
    assert not skipping.skip
    skipping.skip = True
    assert StepSettings(settings).skip  # kept in the settings
    form = _form(qtbot, world, world.admin, skipping)
    assert form.confirm_step(Action.REVIEW) is None
    assert _state(form) is AppraisalState.REVIEWED


def test_the_employee_disagrees_with_a_comment(qtbot, world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    world.services.appraisals.review(world.admin, appraisal_id)
    world.services.appraisals.finalize(world.admin, appraisal_id)
    form = _form(qtbot, world, world.employee)
    dialog = _dialog(form, Action.ACKNOWLEDGE)
    assert dialog.agree.isChecked()
    dialog.disagree.setChecked(True)
    dialog.comment.setPlainText("A3 的评分偏低")
    dialog.confirm_button.click()
    assert form.form is not None and _state(form) is AppraisalState.ACKNOWLEDGED
    assert form.form.acknowledgement == Acknowledgement(False, "A3 的评分偏低")


def test_acknowledge_asks_even_with_the_skip_setting_on(qtbot, world: World, settings: QSettings):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    world.services.appraisals.review(world.admin, appraisal_id)
    world.services.appraisals.finalize(world.admin, appraisal_id)
    skipping = StepSettings(settings)
    skipping.skip = True
    form = _form(qtbot, world, world.employee, skipping)
    dialog = _dialog(form, Action.ACKNOWLEDGE)
    assert _state(form) is AppraisalState.FINALIZED  # nothing taken before the answer
    dialog.comment.setPlainText("同意")
    dialog.confirm_button.click()
    assert form.form is not None and form.form.acknowledgement == Acknowledgement(True, "同意")


def test_the_skip_setting_names_submit_and_review_only(qtbot, settings: QSettings):
    owner = QWidget()
    qtbot.addWidget(owner)
    menu_entry = skip_action(StepSettings(settings), owner)
    assert menu_entry.text() == "Don't ask before submit and review"
    menu_entry.setChecked(True)
    assert settings.value("workflow/skip_confirmations") == "true"  # the key users have


def test_the_superiors_rater_sees_review_disabled_with_the_reason(qtbot, world: World):
    rate_all(world, target_id(world))
    form = _form(qtbot, world, world.head)
    assert not form.buttons["review"].isEnabled()
    assert "Separation of duties" in form.buttons["review"].toolTip()
    admin = _form(qtbot, world, world.admin)
    assert admin.buttons["review"].isEnabled() and admin.buttons["review"].toolTip() == ""


def test_cycle_creation_can_turn_separation_off(qtbot, world: World):
    dialog = CreateCycleDialog(
        world.services.cycles,
        world.admin,
        [(world.sales_template_id, "销售代表季度考核(测试) v1")],
        [],
    )
    qtbot.addWidget(dialog)
    assert dialog.separation.isChecked()
    dialog.period.setText("2026Q4")
    dialog.separation.setChecked(False)
    dialog.accept()
    cycles = {c.period: c for c in world.services.cycles.list_cycles(world.admin)}
    assert not cycles["2026Q4"].separation_of_duties and cycles[PERIOD].separation_of_duties


def test_a_disagreement_is_flagged_in_the_appraisal_list(qtbot, world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    appraisals = world.services.appraisals
    appraisals.review(world.admin, appraisal_id)
    appraisals.finalize(world.admin, appraisal_id)
    appraisals.acknowledge(world.employee, appraisal_id, said=Acknowledgement(False, "不同意"))
    model = appraisal_model()
    model.set_rows(appraisals.list(world.admin, period=PERIOD))
    states = [model.index(row, 6).data() for row in range(model.rowCount())]
    assert sum("⚑ disagrees" in state for state in states) == 1


def test_closing_a_cycle_asks_first_with_cancel_as_the_default(qtbot, world: World):
    page = CalibrationPage(world.services.calibration, world.services.cycles, world.admin)
    qtbot.addWidget(page)
    page.department.setCurrentIndex(page.department.findText("销售一部"))
    box = page.confirm_close()
    assert box is not None and PERIOD in box.text() and "not scored" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert world.services.cycles.get(world.admin, PERIOD).status is CycleStatus.OPEN
    box = page.confirm_close()
    assert box is not None
    box.button(QMessageBox.StandardButton.Ok).click()  # refused: none finalized, override asked
    assert world.services.cycles.get(world.admin, PERIOD).status is CycleStatus.OPEN
    assert page.findChild(OverrideDialog) is not None
