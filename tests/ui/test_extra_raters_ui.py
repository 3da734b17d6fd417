"""Extra raters at cycle creation in the UI: the create dialog's "Added raters" rows and the
rescaled preview, and the employee's form opening on their own editable self sheet."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.rubric import RaterRole, RaterWeight
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.cycles_page import CreateCycleDialog
from tests.appraisal_world import World

NEW_PERIOD = "2026Q4"


def _dialog(qtbot, world: World) -> CreateCycleDialog:
    dialog = CreateCycleDialog(
        world.services.cycles,
        world.admin,
        [(world.sales_template_id, "销售代表季度考核(测试) v1")],
        [("D03", "销售二部")],
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_adds_a_self_rater_and_previews_the_rescaled_weights(
    qtbot, empty_cycle_world: World
) -> None:
    world = empty_cycle_world
    dialog = _dialog(qtbot, world)
    box = dialog.extra_raters
    assert list(box.checks) == [RaterRole.SELF, RaterRole.DEPARTMENT_HEAD, RaterRole.PEER]
    assert box.preview.text() == "Direct superior 100"
    assert not box.weights[RaterRole.SELF].isEnabled()
    box.checks[RaterRole.SELF].setChecked(True)
    assert box.weights[RaterRole.SELF].isEnabled()
    assert box.preview.text() == "Direct superior 80 · Self 20"
    box.checks[RaterRole.PEER].setChecked(True)
    box.weights[RaterRole.PEER].setValue(15)
    assert box.preview.text() == "Direct superior 65 · Self 20 · Peer 15"
    box.weights[RaterRole.PEER].setValue(80)
    assert "less than 100" not in box.preview.text()
    assert "together" in box.preview.text()  # 20 + 80 leaves the superior nothing
    box.checks[RaterRole.PEER].setChecked(False)
    dialog.period.setText(NEW_PERIOD)
    dialog.scope.setCurrentIndex(dialog.scope.findData("D03"))
    dialog.accept()
    assert dialog.error.text() == ""
    assert world.services.cycles.bulk_create(world.admin, NEW_PERIOD).created == 3
    for appraisal in world.services.appraisals.list(world.admin, period=NEW_PERIOD):
        form = world.services.appraisals.form(world.admin, appraisal.id)
        assert {r.role: r.weight for r in form.raters} == {
            RaterRole.SUPERIOR: Decimal(80),
            RaterRole.SELF: Decimal(20),
        }


def test_the_employee_form_opens_on_the_editable_self_sheet(
    qtbot, empty_cycle_world: World
) -> None:
    world = empty_cycle_world
    self_20 = (RaterWeight(RaterRole.SELF, Decimal(20)),)
    choice = TemplateChoice(world.sales_template_id, position="CRM系统主管", extra_raters=self_20)
    world.services.cycles.create_cycle(world.admin, NEW_PERIOD, [choice])
    world.services.cycles.bulk_create(world.admin, NEW_PERIOD)
    (appraisal,) = world.services.appraisals.list(world.admin, period=NEW_PERIOD)
    form = AppraisalFormWidget(world.services.appraisals, world.employee, appraisal.id)
    qtbot.addWidget(form)
    form.show()
    assert form.role is RaterRole.SELF
    assert form.rater.currentText().startswith("Self 20%")
    assert all(row.na.isEnabled() for row in form.rows)
    assert form.buttons["save"].isEnabled()
    assert form.buttons[Action.SUBMIT.value].isEnabled()  # hands in the self sheet
    form.rater.setCurrentIndex(form.rater.findData(RaterRole.SUPERIOR.value))
    assert form.rater.currentText().startswith("Direct superior 80%")
    assert not any(row.na.isEnabled() for row in form.rows)
