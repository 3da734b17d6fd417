"""The appraisal workflow through the UI: form, pages, dialogs (pytest-qt, no exec())."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import AppraisalState, CycleStatus
from kpm_desktop.domain.errors import LockedError
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.workflow import STEPS, Action
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.appraisal_models import appraisal_model, cycle_model
from kpm_desktop.ui.appraisals.appraisals_page import AppraisalsPage
from kpm_desktop.ui.appraisals.calibration_page import CalibrationPage
from kpm_desktop.ui.appraisals.cycles_page import CyclesPage
from tests.appraisal_world import PERIOD, World

D = Decimal


def appraisal_of(world: World, employee_no: str) -> int:
    rows = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    return next(a.id for a in rows if a.employee_no == employee_no)


def open_form(qtbot, world: World, actor: Actor, appraisal_id: int) -> AppraisalFormWidget:
    form = AppraisalFormWidget(world.services.appraisals, actor, appraisal_id)
    qtbot.addWidget(form)
    form.show()
    return form


def choose_rater(form: AppraisalFormWidget, role: RaterRole) -> None:
    form.rater.setCurrentIndex(form.rater.findData(role.value))


def fill_by_keyboard(qtbot, form: AppraisalFormWidget, picks: list[tuple[str, float | None]]):
    """Number keys pick the level; the score is typed into the spin box; None ticks N/A."""
    for row, (key, score) in zip(form.rows, picks, strict=True):
        if score is None:
            row.na.setFocus()
            qtbot.keyClick(row.na, Qt.Key.Key_Space)
            row.na_reason.setText("本季度未涉及")
            continue
        assert row.choice is not None and row.spin is not None
        row.choice.setFocus()
        qtbot.keyClick(row.choice, getattr(Qt.Key, f"Key_{key}"))
        row.spin.setFocus()
        row.spin.selectAll()
        qtbot.keyClicks(row.spin, f"{score:g}")
        qtbot.keyClick(row.spin, Qt.Key.Key_Return)


def save_by_shortcut(qtbot, form: AppraisalFormWidget) -> None:
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    target = QApplication.focusWidget() or form
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_whole_appraisal_through_the_form(qtbot, world: World):
    appraisal_id = appraisal_of(world, "E00013")
    form = open_form(qtbot, world, world.employee, appraisal_id)
    assert form.role is RaterRole.SELF and form.buttons["submit"].isEnabled()
    assert not form.buttons["finalize"].isEnabled()
    fill_by_keyboard(qtbot, form, [("1", 95), ("2", 80), ("3", 70), ("1", 100)])
    assert [row.earned.text() for row in form.rows] == ["28.5", "24", "14", "20"]
    save_by_shortcut(qtbot, form)
    with qtbot.waitSignal(form.state_changed):
        form.submit()
    assert not form.rows[0].choice.isEnabled()  # type: ignore[union-attr]

    head = open_form(qtbot, world, world.head, appraisal_id)
    choose_rater(head, RaterRole.SUPERIOR)
    fill_by_keyboard(qtbot, head, [("2", 85), ("2", 75), ("1", 90), ("4", 50)])
    head.submit()
    choose_rater(head, RaterRole.DEPARTMENT_HEAD)
    fill_by_keyboard(qtbot, head, [("1", 90), ("1", 100), ("2", 80), ("", None)])
    assert head.rows[3].earned.text() == "N/A"
    head.overall_comment.setPlainText("整体表现良好")
    head.improvement_plan.setPlainText("加强岗位协调")
    head.submit()
    assert head.form is not None and head.form.summary.state is AppraisalState.SUBMITTED
    # the head scored as the superior: the cycle's separation of duties leaves review to HR
    assert not head.buttons["review"].isEnabled()
    assert "Separation of duties" in head.buttons["review"].toolTip()

    admin = open_form(qtbot, world, world.admin, appraisal_id)
    admin.review()
    with qtbot.waitSignal(admin.state_changed) as finalized:
        admin.finalize()
    assert finalized.args == ["finalized"]
    assert "82.68" in admin.total.text() and "良好" in admin.total.text()

    form.load()
    assert form.buttons["acknowledge"].isEnabled()
    form.acknowledge()
    assert form.form is not None and form.form.acknowledged_on is not None
    assert form.form.improvement_plan == "加强岗位协调"


def test_a_finalized_appraisal_is_locked_in_the_form_and_the_service(qtbot, world: World):
    appraisal_id = appraisal_of(world, "E00007")
    appraisals = world.services.appraisals
    entries = {"S1": RatingEntry(IndicatorRating(level="良", score=D(80)))}
    appraisals.save_ratings(world.admin, appraisal_id, RaterRole.SUPERIOR, entries, None)
    appraisals.submit(world.admin, appraisal_id, RaterRole.SUPERIOR)
    appraisals.review(world.admin, appraisal_id)
    appraisals.finalize(world.admin, appraisal_id)
    form = open_form(qtbot, world, world.admin, appraisal_id)
    row = form.rows[0]
    assert not any(w.isEnabled() for w in (row.choice, row.spin, row.na, row.comment) if w)
    assert not form.buttons["save"].isEnabled() and not form.buttons["submit"].isEnabled()
    assert form.overall_comment.isReadOnly()
    assert form.buttons["amend"].isEnabled()
    assert form.save() is False  # Ctrl+S does nothing either
    with pytest.raises(LockedError):
        appraisals.save_ratings(world.admin, appraisal_id, RaterRole.SUPERIOR, entries, None)

    dialog = form.amend()
    dialog.reason.setPlainText("S1 评分录入错误")
    with qtbot.waitSignal(form.state_changed):
        dialog.accept()
    assert form.appraisal_id != appraisal_id
    assert form.form is not None and form.form.summary.revision == 2
    assert "amends #" in form.header.text() and form.rows[0].choice.isEnabled()  # type: ignore[union-attr]


def test_a_second_window_saving_a_stale_copy_is_refused(qtbot, world: World):
    appraisal_id = appraisal_of(world, "E00013")
    first = open_form(qtbot, world, world.head, appraisal_id)
    second = open_form(qtbot, world, world.head, appraisal_id)
    for form in (first, second):
        choose_rater(form, RaterRole.SUPERIOR)
    first.rows[0].choice.setCurrentIndex(1)  # type: ignore[union-attr]
    first.rows[0].comment.setText("第一个窗口")
    assert first.save()
    second.rows[0].choice.setCurrentIndex(2)  # type: ignore[union-attr]
    second.rows[0].comment.setText("第二个窗口")
    with qtbot.waitSignal(second.failed) as failure:
        assert second.save() is False
    assert "changed by someone else" in failure.args[0]
    assert second.reload_button.isVisibleTo(second)
    second.reload_button.click()
    assert second.rows[0].comment.text() == "第一个窗口" and not second.message.text()


def test_pages_list_open_and_create(qtbot, world: World):
    page = AppraisalsPage(world.services.appraisals, world.services.cycles, world.other_supervisor)
    qtbot.addWidget(page)
    assert {row.department for row in page.model.rows} == {"销售一部"}
    page.view.selectRow(0)
    with qtbot.waitSignal(page.form_opened):
        form = page.open_selected()
    assert form is not None
    qtbot.addWidget(form)
    page.state.setCurrentIndex(page.state.findData("finalized"))
    assert page.model.rowCount() == 0

    templates = world.services.templates
    cycles = CyclesPage(
        world.services.cycles,
        world.admin,
        lambda: [(t.id, t.name) for t in templates.list_templates(world.admin)],
        world.services.kpis.departments,
    )
    qtbot.addWidget(cycles)
    dialog = cycles.open_create_dialog()
    dialog.period.setText("2026Q4")
    dialog.template.setCurrentIndex(dialog.template.findData(world.sales_template_id))
    dialog.scope.setCurrentIndex(dialog.scope.findData("D03"))
    dialog.add_choice()
    dialog.accept()
    assert [c.period for c in cycles.model.rows] == ["2026Q4", PERIOD]
    cycles.view.selectRow(0)
    with qtbot.waitSignal(cycles.bulk_finished, timeout=20000) as finished:
        cycles.start_bulk()
    assert finished.args[0].created == 3
    assert "Created 3 appraisals" in cycles.report.toPlainText()


def test_calibration_highlights_overruns_and_closes_with_an_override(qtbot, world: World):
    excellent = {
        "S1": RatingEntry(IndicatorRating(level="优", score=D(100))),
        "S2": RatingEntry(IndicatorRating(value=D(150000))),
    }
    for number in ("E00007", "E00012"):
        world.services.appraisals.save_ratings(
            world.admin, appraisal_of(world, number), RaterRole.SUPERIOR, excellent, None
        )
    page = CalibrationPage(world.services.calibration, world.services.cycles, world.admin)
    qtbot.addWidget(page)
    page.department.setCurrentIndex(page.department.findText("销售一部"))
    model = page.distribution_model
    over = [r for r in range(model.rowCount()) if model.index(r, 6).data()]
    assert [model.index(r, 1).data() for r in over] == ["优秀"]
    assert model.index(over[0], 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Over quota" in page.message.text()
    dialog = page.close_cycle()
    assert (
        dialog is not None
        and "优秀 given to 2" in dialog.findChildren(type(page.message))[0].text()
    )
    dialog.reason.setPlainText("两人均获销售冠军")
    with qtbot.waitSignal(page.closed):
        dialog.accept()
    assert world.services.cycles.get(world.admin, PERIOD).status is CycleStatus.CLOSED
    assert not page.close_button.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, qtbot, world: World):
    cycles = cycle_model()
    cycles.set_rows(world.services.cycles.list_cycles(world.admin))
    qtmodeltester.check(cycles)
    appraisals = appraisal_model()
    appraisals.set_rows(world.services.appraisals.list(world.admin, period=PERIOD))
    qtmodeltester.check(appraisals)
    page = CalibrationPage(world.services.calibration, world.services.cycles, world.admin)
    qtbot.addWidget(page)
    assert page.rows_model.rowCount() > 0 and page.distribution_model.rowCount() > 0
    qtmodeltester.check(page.rows_model)
    qtmodeltester.check(page.distribution_model)


def test_each_role_gets_its_pages(qtbot, world: World):
    from kpm_desktop.ui.appraisals.appraisal_pages import appraisal_page_factories

    def titles(actor: Actor) -> list[str]:
        services = world.services
        factories = appraisal_page_factories(
            actor, services.appraisals, services.cycles, services.calibration,
            lambda: [], services.kpis.departments,
        )  # fmt: skip
        pages = [(title, build()) for title, build in factories]
        for _, widget in pages:
            qtbot.addWidget(widget)
        return [title.split(" (")[0] for title, _ in pages]  # without a waiting count

    assert titles(world.admin) == ["Appraisals", "Cycles", "Calibration"]
    assert titles(world.head) == ["Appraisals", "Calibration"]
    assert titles(world.employee) == ["Appraisals"]


def test_the_step_buttons_are_the_actions_the_workflow_table_offers(qtbot, world: World):
    """In every state and for every user who sees the appraisal, the enabled step buttons
    are the user's `available_actions` (a rater's step only with one of their open sheets
    shown), and Save is enabled exactly when rating or feedback is."""
    appraisals = world.services.appraisals
    appraisal_id = appraisal_of(world, "E00013")
    ratings = {
        code: RatingEntry(IndicatorRating(level="良", score=D(80))) for code in ("A1", "A2", "A3")
    } | {"A4": RatingEntry(IndicatorRating(level="优", score=D(100)))}
    sheets = (RaterRole.SELF, RaterRole.SUPERIOR, RaterRole.DEPARTMENT_HEAD)

    def rate_and_submit() -> None:
        for role in sheets:
            appraisals.save_ratings(world.admin, appraisal_id, role, ratings, None)
            appraisals.submit(world.admin, appraisal_id, role)

    steps = [
        rate_and_submit,
        lambda: appraisals.review(world.admin, appraisal_id),
        lambda: appraisals.finalize(world.admin, appraisal_id),
        lambda: appraisals.acknowledge(world.employee, appraisal_id),
        lambda: appraisals.amend(world.admin, appraisal_id, "更正"),
    ]
    seen = []
    for step in [None, *steps]:
        if step is not None:
            step()
        for actor in (world.admin, world.head, world.employee, world.viewer):
            offered = appraisals.available_actions(actor, appraisal_id)
            form = open_form(qtbot, world, actor, appraisal_id)
            assert form.form is not None and form.form.allowed_actions == offered
            for index in range(form.rater.count()):
                form.rater.setCurrentIndex(index)
                sheet_open = form.role in form.form.editable_roles
                expected = {
                    s for s in STEPS if s in offered and (s is not Action.SUBMIT or sheet_open)
                }
                enabled = {s for s in STEPS if form.buttons[s.value].isEnabled()}
                assert enabled == expected, (actor.username, form.role, form.form.summary.state)
                edits = {Action.FEEDBACK} | ({Action.RATE} if sheet_open else set())
                assert form.buttons["save"].isEnabled() == bool(edits & offered)
            form.close()
        seen.append(form.form.summary.state)
    assert seen == list(AppraisalState)  # every state, draft to superseded
