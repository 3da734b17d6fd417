"""The Selections page: setting up a selection through its dialogs, a panel member's sheet
through the appraisal form's rows, refusals shown in the dialog (nothing typed is lost),
and the comparison table with the hand-worked totals (tests/selection_world.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.reports.signing import check_signatures
from kpm_desktop.ui.selections.score_sheet_dialog import ScoreSheetDialog
from kpm_desktop.ui.selections.selections_page import SelectionsPage
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings
from tests.reports.certificates import PASSWORD as CERT_PASSWORD
from tests.reports.certificates import self_signed
from tests.selection_world import (
    EXPECTED_TOTALS,
    NAME,
    SHEETS,
    SelectionWorld,
    score_everything,
)


@pytest.fixture
def sheet_settings(settings: QSettings) -> SheetSettings:
    sheet_settings = SheetSettings(settings)
    sheet_settings.company = "测试公司"
    return sheet_settings


def _page(world: SelectionWorld, actor, qtbot, sheet_settings: SheetSettings) -> SelectionsPage:
    services = world.services
    page = SelectionsPage(
        services.selections,
        services.selection_outputs,
        services.selection_setup,
        actor,
        sheet_settings,
    )
    qtbot.addWidget(page)
    return page


def _row(table: QTableWidget, heading: str) -> list[str]:
    index = next(
        i for i in range(table.rowCount()) if table.verticalHeaderItem(i).text() == heading
    )
    return [table.item(index, c).text() for c in range(table.columnCount())]


def _fill_sheet(dialog: ScoreSheetDialog, ratings: dict[str, IndicatorRating]) -> None:
    for row in dialog.rows:
        rating = ratings[row.indicator.code]
        if rating.not_applicable:
            row.na.setChecked(True)
            row.na_reason.setText(rating.comment)
            continue
        assert row.choice is not None
        data = rating.met.value if rating.met else ("yes" if rating.provided else "no")
        row.choice.setCurrentIndex(row.choice.findData(data))


def test_hr_sets_up_a_selection_through_the_dialogs(
    selection_world: SelectionWorld, qtbot, sheet_settings
) -> None:
    page = _page(selection_world, selection_world.admin, qtbot, sheet_settings)
    dialog = page.new_selection()
    dialog.name.setText("第二次选型")
    dialog.deadline.setText("2026-12-31")
    dialog.submit()
    assert not dialog.isVisible()
    assert page.chosen_name() == "第二次选型"
    bidder = page.add_bidder()
    assert bidder is not None
    bidder.name.setText("甲公司")
    bidder.figures["P1"].setText("九十万")
    bidder.submit()
    assert bidder.isVisible() and "'九十万' is not a number" in bidder.error.text()
    assert bidder.name.text() == "甲公司"
    bidder.figures["P1"].setText("900,000")
    bidder.submit()
    assert not bidder.isVisible()
    assert page.bidders.item(0, 0).text() == "甲公司"
    assert page.bidders.item(0, 2).text() == "P1 900,000.00"
    member = page.add_member()
    assert member is not None
    member.user.setText("liqiang")
    member.weight.setText("100")
    member.submit()
    assert page.panel.item(0, 0).text() == "LIQIANG (liqiang)"
    assert page.panel.item(0, 1).text() == "100%"
    page.start_button.click()
    assert page.score_button.isEnabled() is False  # HR is not on this panel
    assert page.close_button.isEnabled()


def test_members_score_through_the_form_and_see_the_comparison_once_closed(
    selection_world: SelectionWorld, qtbot, sheet_settings
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    for name, by_bidder in SHEETS.items():
        page = _page(world, world.members[name], qtbot, sheet_settings)
        for bidder, ratings in by_bidder.items():
            assert page.score_button.isEnabled()
            dialog = page.score()
            assert dialog is not None and dialog.bidder.currentText() == bidder
            assert [r.indicator.code for r in dialog.rows if r.indicator.code == "P1"] == []
            _fill_sheet(dialog, ratings)
            dialog.submit()
            assert not dialog.isVisible(), dialog.error.text()
        assert page.visibility.text()  # only their own sheets so far
        assert set(_row(page.comparison, "Weighted total")) == {"—"}
    hr = _page(world, world.admin, qtbot, sheet_settings)
    hr.close_button.click()
    assert _row(hr.comparison, "Weighted total") == [str(t) for t in EXPECTED_TOTALS.values()]
    assert _row(hr.comparison, "Rank") == ["3", "2", "1"]
    assert hr.pdf_button.isEnabled() and hr.xlsx_button.isEnabled()
    hr.sign_button.click()
    assert hr.list.item(0, 1).text() == "signed" and not hr.sign_button.isEnabled()


def test_a_sheet_with_an_indicator_left_empty_stays_open_naming_it(
    selection_world: SelectionWorld, qtbot, sheet_settings
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    page = _page(world, world.members["liqiang"], qtbot, sheet_settings)
    dialog = page.score()
    assert dialog is not None
    _fill_sheet(dialog, SHEETS["liqiang"]["甲公司"])
    dialog.rows[3].choice.setCurrentIndex(0)
    dialog.submit()
    assert dialog.isVisible() and "F4" in dialog.error.text()


def test_the_comparison_is_saved_as_pdf_and_xlsx(
    selection_world: SelectionWorld, qtbot, tmp_path: Path, sheet_settings
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    for name, by_bidder in SHEETS.items():
        for bidder, ratings in by_bidder.items():
            world.services.selections.score(world.members[name], NAME, bidder, ratings)
    world.services.selections.close(world.admin, NAME)
    page = _page(world, world.admin, qtbot, sheet_settings)
    for dialog in (page.save_pdf(), page.save_xlsx()):
        assert dialog is not None
        dialog.close()
    for kind in ("pdf", "xlsx"):
        page.export.save_to(NAME, kind, tmp_path / f"c.{kind}")
        assert (tmp_path / f"c.{kind}").stat().st_size > 1000


def test_a_panel_members_window_offers_the_selections_page(
    selection_world: SelectionWorld, qtbot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window, _ = build_main_window(
        selection_world.services, selection_world.members["liqiang"], settings
    )
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Selections" in titles and "Audit log" not in titles
    row = titles.index("Selections")
    window.show_page(row)
    window.navigation.setCurrentRow(row)
    page = window.current_page()
    assert isinstance(page, SelectionsPage) and page.chosen_name() == NAME
    assert not page.new_button.isEnabled() and not page.start_button.isEnabled()
    window.finish_background_work()


def _ok(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()


def test_hr_renames_and_removes_bidders_from_the_list(
    selection_world: SelectionWorld, qtbot, sheet_settings
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    world.services.selections.score(
        world.members["liqiang"], NAME, "甲公司", SHEETS["liqiang"]["甲公司"]
    )
    page = _page(world, world.admin, qtbot, sheet_settings)
    actions = page.setup_actions
    assert not actions.rename_bidder_action.isEnabled()  # no bidder chosen yet
    page.bidders.selectRow(0)
    assert [a.text() for a in page.bidders.actions()] == ["&Rename...", "Re&move"]
    dialog = actions.rename_bidder()
    assert dialog is not None and dialog.new_name.text() == "甲公司"
    dialog.new_name.setText("乙公司")
    dialog.submit()
    assert dialog.isVisible() and "already has a bidder 乙公司" in dialog.error.text()
    dialog.new_name.setText("甲科技")
    dialog.submit()
    assert not dialog.isVisible() and page.bidders.item(0, 0).text() == "甲科技"
    page.bidders.selectRow(0)
    page.bidders.setFocus()
    qtbot.keyClick(page.bidders, Qt.Key.Key_Delete)
    box = actions.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "甲科技" in box.text() and "1 sheet(s) are dropped" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.bidders.rowCount() == 3
    page.bidders.selectRow(0)
    box = actions.confirm_remove_bidder()
    assert box is not None
    _ok(box)
    assert [page.bidders.item(i, 0).text() for i in range(2)] == ["乙公司", "丙公司"]
    assert page.panel.item(1, 2).text() == "0 / 2"


def test_hr_changes_a_weight_and_removes_a_member_from_the_panel_list(
    selection_world: SelectionWorld, qtbot, sheet_settings
) -> None:
    page = _page(selection_world, selection_world.admin, qtbot, sheet_settings)
    actions = page.setup_actions
    page.panel.selectRow(1)
    box = actions.confirm_remove_member()
    assert box is not None and "liqiang" in box.text() and "dropped" not in box.text()
    _ok(box)
    assert page.panel.rowCount() == 1
    page.panel.selectRow(0)
    dialog = actions.change_weight()
    assert dialog is not None and dialog.weight.text() == "60" and dialog.user.isReadOnly()
    dialog.weight.setText("100")
    dialog.submit()
    assert not dialog.isVisible() and page.panel.item(0, 1).text() == "100%"


def test_an_overdue_selection_shows_it_refuses_sheets_and_hr_extends_it(
    selection_world: SelectionWorld, qtbot, sheet_settings
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    world.services.selection_setup.set_deadline(world.admin, NAME, date(2020, 1, 31))
    member = _page(world, world.members["liqiang"], qtbot, sheet_settings)
    assert member.list.item(0, 5).text() == "2020-01-31 (overdue)"
    assert "2020-01-31 has passed" in member.deadline.text()
    dialog = member.score()
    assert dialog is not None and "2020-01-31 has passed" in dialog.deadline.text()
    _fill_sheet(dialog, SHEETS["liqiang"]["甲公司"])
    dialog.submit()
    assert dialog.isVisible() and "deadline of selection" in dialog.error.text()
    assert not member.deadline_button.isEnabled()
    hr = _page(world, world.admin, qtbot, sheet_settings)
    extend = hr.change_deadline()
    assert extend is not None and extend.deadline.text() == "2020-01-31"
    extend.deadline.setText("2099-12-31")
    extend.submit()
    assert not extend.isVisible() and hr.list.item(0, 5).text() == "2099-12-31"
    dialog.submit()
    assert not dialog.isVisible(), dialog.error.text()


def test_the_pdf_is_signed_with_the_sheet_settings_certificate(
    selection_world: SelectionWorld, qtbot, tmp_path: Path, sheet_settings
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    score_everything(world)
    world.services.selections.close(world.admin, NAME)
    certificate, root_der = self_signed(tmp_path)
    sheet_settings.set_certificate(certificate, CERT_PASSWORD)
    page = _page(world, world.admin, qtbot, sheet_settings)
    target = tmp_path / "signed.pdf"
    page.export.save_to(NAME, "pdf", target)
    [check] = check_signatures(target.read_bytes(), [root_der])
    assert check.intact and check.valid
    assert "Saved" in page.message.text()
    result = world.services.selection_outputs.verify_pdf(world.admin, target.read_bytes())
    assert result is not None and result.matches, result.message()
