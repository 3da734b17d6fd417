"""The percent method in the template editor and on the appraisal form."""

from decimal import Decimal

from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.methods.protocol import MethodKind
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import Indicator
from kpm_desktop.domain.rubric_methods import LevelsMethod
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.ui.appraisals.indicator_row import IndicatorRow
from kpm_desktop.ui.templates.method_editors import MethodEditor, PercentEditor
from kpm_desktop.ui.templates.method_labels import method_summary

D = Decimal


def test_choosing_percent_gives_a_percent_method(qtbot) -> None:
    editor = MethodEditor()
    qtbot.addWidget(editor)
    editor.set_method(LevelsMethod(D(10), ()), [])
    with qtbot.waitSignal(editor.methodEdited) as edited:
        editor.kind.setCurrentIndex(editor.kind.findData(MethodKind.PERCENT))
        editor.kind.activated.emit(editor.kind.currentIndex())
    assert edited.args == [PercentMethod(), False]


def test_the_percent_editor_says_what_the_rater_enters(qtbot) -> None:
    editor = MethodEditor()
    qtbot.addWidget(editor)
    editor.set_method(PercentMethod(), [])
    shown = editor.stack.currentWidget()
    assert isinstance(shown, PercentEditor)
    assert "0 to 100 %" in shown.form.itemAt(0).widget().text()
    assert method_summary(PercentMethod()) == "Percent 0-100%"


def test_the_form_takes_an_achievement_and_shows_it_again(qtbot) -> None:
    row = IndicatorRow(Indicator("P1", "回款完成率", D(20), PercentMethod()), None)
    qtbot.addWidget(row.editor)
    assert row.choice is None and row.spin is not None
    assert (row.spin.minimum(), row.spin.maximum()) == (-1, 100)  # -1 is the blank "—"
    assert row.spin.suffix() == " %"
    assert row.entry() is None
    row.spin.setValue(87.5)
    assert row.entry() == RatingEntry(IndicatorRating(score=D("87.5")))
    row.set_entry(RatingEntry(IndicatorRating(score=D("42.25"))))
    assert row.spin.value() == 42.25
    assert row.rule_label is not None and "100" in row.rule_label.text()
