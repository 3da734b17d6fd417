"""The Selections page: setting up a selection through its dialogs, a panel member's sheet
through the appraisal form's rows, refusals shown in the dialog (nothing typed is lost),
and the comparison table with the hand-worked totals (tests/selection_world.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidget

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.ui.selections.score_sheet_dialog import ScoreSheetDialog
from kpm_desktop.ui.selections.selections_page import SelectionsPage
from tests.selection_world import EXPECTED_TOTALS, NAME, SHEETS, SelectionWorld


def _page(world: SelectionWorld, actor, qtbot) -> SelectionsPage:
    services = world.services
    page = SelectionsPage(services.selections, services.selection_outputs, actor, "测试公司")
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


def test_hr_sets_up_a_selection_through_the_dialogs(selection_world: SelectionWorld, qtbot) -> None:
    page = _page(selection_world, selection_world.admin, qtbot)
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
    assert page.panel.item(0, 0).text() == "liqiang" and page.panel.item(0, 1).text() == "100%"
    page.start_button.click()
    assert page.score_button.isEnabled() is False  # HR is not on this panel
    assert page.close_button.isEnabled()


def test_members_score_through_the_form_and_see_the_comparison_once_closed(
    selection_world: SelectionWorld, qtbot
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    for name, by_bidder in SHEETS.items():
        page = _page(world, world.members[name], qtbot)
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
    hr = _page(world, world.admin, qtbot)
    hr.close_button.click()
    assert _row(hr.comparison, "Weighted total") == [str(t) for t in EXPECTED_TOTALS.values()]
    assert _row(hr.comparison, "Rank") == ["3", "2", "1"]
    assert hr.pdf_button.isEnabled() and hr.xlsx_button.isEnabled()
    hr.sign_button.click()
    assert hr.list.item(0, 1).text() == "signed" and not hr.sign_button.isEnabled()


def test_a_sheet_with_an_indicator_left_empty_stays_open_naming_it(
    selection_world: SelectionWorld, qtbot
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    page = _page(world, world.members["liqiang"], qtbot)
    dialog = page.score()
    assert dialog is not None
    _fill_sheet(dialog, SHEETS["liqiang"]["甲公司"])
    dialog.rows[3].choice.setCurrentIndex(0)
    dialog.submit()
    assert dialog.isVisible() and "F4" in dialog.error.text()


def test_the_comparison_is_saved_as_pdf_and_xlsx(
    selection_world: SelectionWorld, qtbot, tmp_path: Path
) -> None:
    world = selection_world
    world.services.selections.start_scoring(world.admin, NAME)
    for name, by_bidder in SHEETS.items():
        for bidder, ratings in by_bidder.items():
            world.services.selections.score(world.members[name], NAME, bidder, ratings)
    world.services.selections.close(world.admin, NAME)
    page = _page(world, world.admin, qtbot)
    for kind in ("pdf", "xlsx"):
        dialog = page.save_as(kind)
        assert dialog is not None
        dialog.close()
        page.save_to(NAME, kind, tmp_path / f"c.{kind}")
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
