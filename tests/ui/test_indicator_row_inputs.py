"""The appraisal form's row shows a stored choice again, whatever the method asks for."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.rating import IndicatorRating, MetLevel
from kpm_desktop.domain.rubric import Indicator
from kpm_desktop.domain.rubric_methods import MetMethod, ProvidedMethod
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.ui.appraisals.indicator_row import IndicatorRow


@pytest.mark.parametrize(
    ("method", "rating", "shown"),
    [
        (ProvidedMethod(), IndicatorRating(provided=False), "2. not provided"),
        (ProvidedMethod(), IndicatorRating(provided=True), "1. provided"),
        (MetMethod(), IndicatorRating(met=MetLevel.PARTIAL), "2. partly met"),
    ],
)
def test_a_stored_choice_is_shown_and_read_back(qtbot, method, rating, shown) -> None:
    # A stored "provided" answer used to reopen blank: the row looked for True, not "yes".
    row = IndicatorRow(Indicator("X1", "资料", Decimal(5), method), None)
    qtbot.addWidget(row.editor)
    row.set_entry(RatingEntry(rating))
    assert row.choice is not None and row.choice.currentText() == shown
    assert row.entry() == RatingEntry(rating)
