"""Assign rater… on the appraisals page (HR only): the dialog lists the open peer sheet,
finds a person by typing, moves with the arrow keys, assigns with Enter and shows the new
peer in the Next step column; a refusal stays in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.appraisals.appraisals_page import AppraisalsPage
from kpm_desktop.ui.appraisals.rater_dialog import RaterDialog
from tests.appraisal_world import World
from tests.peer_cycle import PEER_NO, PEER_PERIOD, peer_cycle, peer_user


def _dialog(qtbot, world: World) -> tuple[AppraisalsPage, RaterDialog]:
    appraisal_id = peer_cycle(world)
    services = world.services
    page = AppraisalsPage(services.appraisals, services.cycles, world.admin, raters=services.raters)
    qtbot.addWidget(page)
    page.cycle.setCurrentIndex(page.cycle.findData(PEER_PERIOD))
    (row,) = [i for i, r in enumerate(page.model.rows) if r.id == appraisal_id]
    page.view.selectRow(row)
    assert page.assign_rater_action in page.view.actions()
    dialog = page.assign_rater_selected()
    assert dialog is not None and dialog.isVisible()
    return page, dialog


def test_typing_a_number_and_enter_assigns_the_peer(qtbot, world: World):
    page, dialog = _dialog(qtbot, world)
    assert dialog.sheet.currentData() == RaterRole.PEER.value
    assert dialog.search.hasFocus() or dialog.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "E0002")
    assert dialog.people.count() >= 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.chosen == "E00020"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    column = page.model.columnCount() - 1
    steps = page.model.index(0, column).data()
    form = world.services.appraisals.form(world.admin, page.model.rows[0].id)
    peer = form.rater(RaterRole.PEER)
    assert peer is not None and peer.rater_name.startswith(PEER_NO)
    assert "Peer rating by " + peer.rater_name.split(" ", 1)[1] in steps


def test_a_refusal_is_shown_in_the_dialog_which_stays_open(qtbot, world: World):
    _page, dialog = _dialog(qtbot, world)
    dialog.search.setText("董敏")  # already the superior and the department head
    assert dialog.chosen == "E00001"
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "already rates appraisal" in dialog.message.text()


def test_others_have_no_assign_rater_action(qtbot, world: World):
    services = world.services
    page = AppraisalsPage(services.appraisals, services.cycles, world.head, raters=services.raters)
    qtbot.addWidget(page)
    assert not hasattr(page, "assign_rater_action")


def test_the_assigned_peer_opens_a_form_with_only_their_sheet(qtbot, world: World):
    appraisal_id = peer_cycle(world)
    peer = peer_user(world)
    world.services.raters.assign_rater(world.admin, appraisal_id, RaterRole.PEER, PEER_NO)
    form = AppraisalFormWidget(world.services.appraisals, peer, appraisal_id)
    qtbot.addWidget(form)
    form.show()
    assert form.rater.count() == 1 and form.role is RaterRole.PEER
    assert form.buttons["save"].isEnabled() and form.buttons["submit"].isEnabled()
    assert form.overall_comment.isReadOnly()
    assert not form.message.text(), form.message.text()
