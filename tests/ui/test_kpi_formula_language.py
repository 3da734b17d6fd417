"""A KPI's formula (and why it is n/a) shows in the UI language: Chinese for zh_CN."""

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from kpm_desktop.domain.kpi import KPI_DEFINITIONS, kpi_definition
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.domain.rubric_methods import KpiLinearMethod
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.kpis.kpi_table_model import KpiTableModel
from kpm_desktop.ui.templates.method_editors import KpiEditor
from tests.services.kpi_fixture import fill_small_crm

WIN_RATE = kpi_definition("win_rate")
CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def ui_locale() -> Iterator[None]:
    """Restores the default locale a test sets (install_language sets it for the UI)."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def model(database: Database) -> KpiTableModel:
    fill_small_crm(database)
    model = KpiTableModel()
    model.set_table(KpiService(database, zone=UTC_ZONE).compute("2026Q3"))
    return model


def _win_rate_tooltips(model: KpiTableModel) -> tuple[str, str, str]:
    column = 3 + [d.key for d in KPI_DEFINITIONS].index("win_rate")
    header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    value = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    na = model.data(model.index(2, column), Qt.ItemDataRole.ToolTipRole)  # E3: n/a
    return header, value, na


def test_the_kpi_page_tooltips_follow_the_ui_language(ui_locale: None, model: KpiTableModel):
    QLocale.setDefault(CHINESE)
    header, value, na = _win_rate_tooltips(model)
    assert WIN_RATE.formula_zh in header and WIN_RATE.formula_zh in value
    assert WIN_RATE.formula not in value
    assert "考核期内无赢单或输单订单" in na
    QLocale.setDefault(ENGLISH)
    header, value, na = _win_rate_tooltips(model)
    assert WIN_RATE.formula in header and WIN_RATE.formula in value
    assert "no deal won or lost in the period" in na


def test_the_template_editor_shows_the_formula_in_the_ui_language(ui_locale: None, qtbot):
    method = KpiLinearMethod("win_rate", Decimal("0.30"))
    for locale, formula in ((CHINESE, WIN_RATE.formula_zh), (ENGLISH, WIN_RATE.formula)):
        QLocale.setDefault(locale)
        editor = KpiEditor()
        qtbot.addWidget(editor)
        editor.set_method(method)
        assert editor.formula.text() == formula
