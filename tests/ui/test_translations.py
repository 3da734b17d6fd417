"""Translation: every UI text is in the catalogue with a Chinese translation, and it shows."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kpm_desktop.app import build_main_window
from kpm_desktop.charts.texts import PRINTED_ZH
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.kpi import KPI_DEFINITIONS
from kpm_desktop.services.app_services import build_services
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.connection_dialog import ConnectionDialog
from kpm_desktop.ui.admin.first_admin_dialog import FirstAdminDialog
from kpm_desktop.ui.admin.login_dialog import LoginDialog
from kpm_desktop.ui.appraisals.appraisal_form import AmendDialog, AppraisalFormWidget
from kpm_desktop.ui.appraisals.calibration_page import OverrideDialog
from kpm_desktop.ui.appraisals.cycles_page import CyclesPage
from kpm_desktop.ui.common.crash_dialog import CrashDialog
from kpm_desktop.ui.common.i18n import (
    CHINESE,
    ENGLISH,
    LANGUAGE_KEY,
    format_date,
    format_datetime,
    format_decimal,
    format_integer,
    format_money,
    format_percent,
    install_language,
    resolve_language,
    saved_language,
)
from kpm_desktop.ui.crm_tables.table_page import TablePage
from kpm_desktop.ui.imports.import_profiles_dialog import ImportProfilesDialog
from kpm_desktop.ui.imports.import_wizard import ImportWizard
from kpm_desktop.ui.kpis.dashboard_page import DashboardPage
from kpm_desktop.ui.kpis.kpi_page import KpiPage
from kpm_desktop.ui.main_window import MainWindow
from kpm_desktop.ui.sheets.sheet_export import ExportSheetsDialog
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings, SheetSettingsDialog
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.appraisal_world import PERIOD, World
from tests.ui.chart_texts import chart_texts
from tests.ui.languages import EN_TS, TRANSLATIONS, US, ZH, ZH_TS, chinese_vocabulary, stored_words
from tests.ui.visible_texts import (
    PLACEHOLDER,
    Catalogue,
    QtOwnTexts,
    has_cjk,
    is_ui_text,
    latin_words,
    visible_texts,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def main_window(qtbot, demo_database: Database, settings: QSettings) -> Iterator[MainWindow]:
    """The main window as the HR admin sees it, after visiting every page once."""
    services = build_services(demo_database)
    services.templates.install_builtins_on_first_start()
    admin = services.auth.create_first_admin("translation-test-pw")
    window, _backups = build_main_window(services, admin, settings)
    qtbot.addWidget(window)
    window.services = services  # type: ignore[attr-defined]  # for the dialogs' tests
    window.actor = admin  # type: ignore[attr-defined]
    window.show()
    for row in range(window.navigation.count()):
        page = window.page_at(row)
        # Pages that load in a worker fill their tables and charts when first shown.
        loaded = getattr(page, "computed", None) or getattr(page, "drawn", None)
        if loaded is None:
            window.navigation.setCurrentRow(row)
            continue
        with qtbot.waitSignal(loaded, timeout=30_000):
            window.navigation.setCurrentRow(row)
    window.navigation.setCurrentRow(0)
    yield window
    for page in window.built_pages():
        if hasattr(page, "wait_for_workers"):
            page.wait_for_workers()


def test_every_visible_text_of_the_main_window_is_translated(main_window: MainWindow) -> None:
    catalogue = Catalogue(ZH_TS)
    texts = visible_texts(main_window)
    assert len(texts) > 20, texts  # the walk reaches the pages, menus and headers
    missing = {text: where for text, where in texts.items() if not catalogue.finds(text)}
    assert not missing, (
        "Visible texts without a Chinese translation (wrap them in tr(), run "
        f"`make translations-update`, translate kpm_zh_CN.ts): {missing}"
    )


def test_the_main_window_shows_chinese_with_the_chinese_catalogue(
    chinese: None, main_window: MainWindow
) -> None:
    assert main_window.windowTitle() == "KPM 绩效考核"
    navigation = [
        main_window.navigation.item(r).text() for r in range(main_window.navigation.count())
    ]
    assert {"仪表盘", "员工", "客户", "KPI 指标", "考核模板", "审计日志"} <= set(navigation)
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    # Qt's own catalogue: standard buttons are Chinese too.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert QLocale().language() == QLocale.Language.Chinese


def _kept_as_is() -> set[str]:
    """Chinese translations that rightly stay as the source, like "English" or "0-100"."""
    return {
        form for forms in Catalogue(ZH_TS).finished.values() for form in forms if is_ui_text(form)
    }


def test_in_chinese_no_english_text_is_left(chinese: None, main_window: MainWindow) -> None:
    """Catches texts whose tr() context differs from the catalogue's (they stay English)."""
    kept_as_is = _kept_as_is()
    english = {text: where for text, where in visible_texts(main_window).items()}
    assert {t: w for t, w in english.items() if t not in kept_as_is} == {}


def _open_dialogs(window: MainWindow, settings: QSettings) -> list[QWidget]:
    """The dialogs and editors a user opens from the main window, opened (never exec'd)."""
    services = window.services  # type: ignore[attr-defined]
    pages = [window.page_at(row) for row in range(window.stack.count())]
    table_page = next(page for page in pages if isinstance(page, TablePage))
    table_page.add_record()
    kpi_page = next(page for page in pages if isinstance(page, KpiPage))
    kpi_page.open_targets()
    cycles_page = next(page for page in pages if isinstance(page, CyclesPage))
    templates_page = next(page for page in pages if isinstance(page, TemplatesPage))
    assert templates_page.edit_row(0) is not None
    dialogs: list[QWidget] = [
        table_page.dialog,
        kpi_page._dialog,
        cycles_page.open_create_dialog(),
        templates_page,  # now showing the template editor
    ]
    for standalone in (
        LoginDialog(services.auth),
        FirstAdminDialog(services.auth),
        ConnectionDialog(settings, lambda _target: ""),
        ImportWizard(services.imports, window.actor),  # type: ignore[attr-defined]
        ImportProfilesDialog(services.imports.profiles, window.actor),  # type: ignore[attr-defined]
        CrashDialog("Traceback: a test"),
        OverrideDialog("销售一部：优 3 人 > 2 人"),
        AmendDialog(),
        ExportSheetsDialog("2026Q3"),
        SheetSettingsDialog(SheetSettings(settings)),
    ):
        standalone.setParent(window, standalone.windowFlags())  # closed with the window
        dialogs.append(standalone)
    return dialogs


def test_every_text_of_the_dialogs_and_editors_is_translated(
    main_window: MainWindow, settings: QSettings
) -> None:
    catalogue, qt_own = Catalogue(ZH_TS), QtOwnTexts()
    missing = {}
    for dialog in _open_dialogs(main_window, settings):
        for text, where in visible_texts(dialog).items():
            if not catalogue.finds(text) and not qt_own.translates(text):
                missing[text] = f"{type(dialog).__name__} {where}"
    assert not missing, missing


def test_the_dialogs_and_editors_show_no_english_in_chinese(
    chinese: None, main_window: MainWindow, settings: QSettings
) -> None:
    kept_as_is = _kept_as_is()
    english = {}
    for dialog in _open_dialogs(main_window, settings):
        for text, where in visible_texts(dialog).items():
            if text not in kept_as_is:
                english[text] = f"{type(dialog).__name__} {where}"
    assert not english, english


def _latin_words_chinese_keeps() -> set[str]:
    """The Latin words a Chinese text may hold: those the Chinese catalogue itself uses
    (KPI, CRM, PDF...; not its placeholders) and the keys shown beside names (KPI keys,
    import kinds)."""
    translations = [
        re.sub(r"\{[^}]*\}", "", form)
        for forms in Catalogue(ZH_TS).finished.values()
        for form in forms
    ]
    keys = [definition.key for definition in KPI_DEFINITIONS] + list(IMPORT_KINDS)
    return {word for text in [*keys, *translations] for word in latin_words(text)}


def _english_inside_chinese(windows: list[QWidget]) -> dict[str, str]:
    """Chinese texts built with an English word in them ("修改 A1 的weight")."""
    kept = _latin_words_chinese_keeps()
    found = {}
    for window in windows:
        for text, where in visible_texts(window, has_cjk).items():
            if latin_words(text) - kept:
                found[text] = f"{type(window).__name__} {where}"
    return found


def test_chinese_texts_hold_no_english_word(
    chinese: None, main_window: MainWindow, settings: QSettings
) -> None:
    windows = [main_window, *_open_dialogs(main_window, settings)]
    assert _english_inside_chinese(windows) == {}


@pytest.fixture
def appraisal_form(qtbot, world: World) -> AppraisalFormWidget:
    """A supervisor template's appraisal as the HR admin opens it."""
    first = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)[0]
    form = AppraisalFormWidget(world.services.appraisals, world.admin, first.id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_every_text_of_the_appraisal_form_is_translated(
    appraisal_form: AppraisalFormWidget,
) -> None:
    catalogue, qt_own = Catalogue(ZH_TS), QtOwnTexts()
    texts = visible_texts(appraisal_form)
    assert len(texts) > 10, texts
    missing = {
        t: w for t, w in texts.items() if not catalogue.finds(t) and not qt_own.translates(t)
    }
    assert not missing, missing


def test_the_appraisal_form_shows_no_english_in_chinese(
    chinese: None, appraisal_form: AppraisalFormWidget
) -> None:
    kept_as_is = _kept_as_is()
    english = {t: w for t, w in visible_texts(appraisal_form).items() if t not in kept_as_is}
    assert not english, english


def test_the_chinese_appraisal_form_holds_no_english_word(
    chinese: None, appraisal_form: AppraisalFormWidget
) -> None:
    assert _english_inside_chinese([appraisal_form]) == {}


def test_a_chinese_system_locale_starts_the_app_in_chinese(tmp_path: Path) -> None:
    """End to end: the built .qm, the locale from the environment, a message translated."""
    assert (TRANSLATIONS / "kpm_zh_CN.qm").exists(), "run `make translations` (make test does)"
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("not a database\n" * 100)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KPM_", "LC_", "LANG"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), LANG="zh_CN.UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "kpm_desktop", "--db", str(not_a_database), "--smoke"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    # The last line: the offscreen platform may first warn about the shell painted before.
    assert result.stderr.splitlines()[-1].startswith("无法打开数据库: "), result.stderr


def test_the_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """Running the extraction on copies changes nothing: no new, changed or dropped string.

    The Chinese of the printed chart texts comes from charts/texts.py, over any other."""
    for ts_file in (ZH_TS, EN_TS):
        shutil.copy(ts_file, tmp_path)
    copied = tmp_path / ZH_TS.name
    source = copied.read_text(encoding="utf-8")
    retranslated = source.replace("<translation>元</translation>", "<translation>圆</translation>")
    assert retranslated != source
    copied.write_text(retranslated, encoding="utf-8")
    subprocess.run(
        [sys.executable, ROOT / "scripts" / "update_translations.py", "--ts-dir", tmp_path,
         "--work-dir", tmp_path / "work"],
        check=True, capture_output=True,
    )  # fmt: skip
    for ts_file in (ZH_TS, EN_TS):
        committed, extracted = Catalogue(ts_file), Catalogue(tmp_path / ts_file.name)
        assert not extracted.unfinished, (
            f"new UI strings: run `make translations-update` and translate them: "
            f"{sorted(extracted.unfinished)}"
        )
        assert set(extracted.finished) == set(committed.finished), ts_file.name
        assert not committed.unfinished
    assert Catalogue(copied).finished[("Charts", "yuan")] == [PRINTED_ZH["yuan"]]


def test_translations_keep_placeholders_and_shortcuts() -> None:
    for ts_file in (ZH_TS, EN_TS):
        for (context, source), forms in Catalogue(ts_file).finished.items():
            for form in forms:
                where = f"{ts_file.name} {context}: {source!r} -> {form!r}"
                assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                    where
                )
                assert ("&" in source) == ("&" in form), where


def test_english_plurals_have_a_singular() -> None:
    """The en catalogue starts plural messages as copies of the source: give each a singular."""
    for (context, source), forms in Catalogue(EN_TS).finished.items():
        if len(forms) > 1:
            assert len(set(forms)) == 2, f"kpm_en.ts {context}: {source!r} -> {forms}"


def _load_update_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _translate_calls(tree: ast.Module) -> Iterator[tuple[ast.Call, ast.expr]]:
    """Every tr()/translate()/helper call outside a helper, with its text argument."""
    helpers = _load_update_script().helper_contexts(tree)
    inside_helpers = {
        id(node)
        for function in tree.body
        if isinstance(function, ast.FunctionDef) and function.name in helpers
        for node in ast.walk(function)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args or id(node) in inside_helpers:
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name == "translate" and len(node.args) >= 2:
            yield node, node.args[1]
        elif name == "tr" or name in helpers:
            yield node, node.args[0]


def test_translated_texts_are_literals_not_computed() -> None:
    """tr(f"...") or tr(variable) cannot be looked up: the catalogue holds only literals."""
    computed = []
    qt_code = [ROOT / "kpm_desktop" / "app.py", *(ROOT / "kpm_desktop" / "ui").rglob("*.py")]
    # The one lookup of texts not in the UI's code: the lower layers' message templates,
    # collected by scripts/update_translations.py from their raise sites.
    qt_code.remove(ROOT / "kpm_desktop" / "ui" / "common" / "user_messages.py")
    for path in sorted(qt_code):
        for call, text in _translate_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                computed.append(f"{path.relative_to(ROOT)}:{call.lineno} {ast.unparse(call)}")
    assert not computed, computed


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not read f-strings: a `self.tr("weight")` inside one never
    reaches the catalogue and stays English. Translate a template with %1 instead."""
    hidden = []
    qt_code = [ROOT / "kpm_desktop" / "app.py", *(ROOT / "kpm_desktop" / "ui").rglob("*.py")]
    for path in sorted(qt_code):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for joined in ast.walk(tree):
            if not isinstance(joined, ast.JoinedStr):
                continue
            for node in ast.walk(joined):
                name = getattr(getattr(node, "func", None), "attr", "")
                if isinstance(node, ast.Call) and name in ("tr", "translate"):
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
    assert not hidden, hidden


def test_the_language_setting_overrides_the_system_locale(settings: QSettings) -> None:
    assert saved_language(settings) == "system"
    assert resolve_language("system", ZH) == CHINESE
    assert resolve_language("system", US) == ENGLISH
    assert resolve_language("system", QLocale(QLocale.Language.German)) == ENGLISH
    assert resolve_language(ENGLISH, ZH) == ENGLISH
    assert resolve_language(CHINESE, US) == CHINESE
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert saved_language(settings) == "system"


def test_the_view_menu_saves_the_language_and_asks_to_apply_it_now(
    qtbot, main_window: MainWindow, settings: QSettings
) -> None:
    view = main_window.menuBar().actions()[1].menu()
    language_menu = view.actions()[0].menu()
    labels = [action.text() for action in language_menu.actions()]
    assert labels == ["System language", "中文", "English"]
    assert language_menu.actions()[0].isChecked()
    with qtbot.waitSignal(main_window.languageChangeRequested):
        language_menu.actions()[1].trigger()
    assert settings.value(LANGUAGE_KEY) == CHINESE
    assert language_menu.actions()[1].isChecked() and not language_menu.actions()[0].isChecked()


def test_numbers_and_dates_follow_the_locale() -> None:
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert format_integer(1234567, ZH) == "1,234,567"
    assert format_integer(-1234, de) == "-1.234"
    assert format_decimal(Decimal("1234567.125"), 2, US) == "1,234,567.13"  # half up, exact
    assert format_decimal(Decimal("-0.004"), 2, US) == "0.00"
    assert format_decimal(Decimal("98765432109876543.215"), 2, de) == "98.765.432.109.876.543,22"
    assert format_money(Decimal("1234.5"), ZH) == "¥1,234.50"
    assert format_money(Decimal("-80"), US) == "-¥80.00"
    assert format_percent(Decimal("85.25"), 1, ZH) == "85.3%"
    assert format_date(date(2026, 9, 30), ZH) == "2026/9/30"
    assert format_date(date(2026, 9, 30), US) == "9/30/2026"
    assert format_datetime(datetime(2026, 9, 30, 14, 5), ZH) == "2026/9/30 14:05"


def test_without_catalogues_the_english_sources_show(tmp_path: Path, settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, CHINESE)
    before = QLocale()
    installed = install_language(settings, US, translations_dir=tmp_path / "none")
    try:
        assert installed.language == CHINESE
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        installed.uninstall()
        QLocale.setDefault(before)


def test_the_english_ui_shows_chinese_only_in_data(
    english: None, main_window: MainWindow, settings: QSettings, demo_database: Database
) -> None:
    """Headers, labels and choices are English; names and rubric text stay as stored.

    The dashboard's charts too: plot titles, axis labels, legends, category ticks, notes."""
    texts = visible_texts(main_window, has_cjk)
    for dialog in _open_dialogs(main_window, settings):
        for text, where in visible_texts(dialog, has_cjk).items():
            texts.setdefault(text, f"{type(dialog).__name__} {where}")
    dashboard = main_window.findChild(DashboardPage)
    charts = chart_texts(dashboard.views)
    assert {"Revenue", "yuan", "Target", "<5 min", "≥7 d", "Very satisfied"} <= set(charts)
    for text, where in charts.items():
        if has_cjk(text):
            texts.setdefault(text, where)
    assert texts, "the walk sees the stored Chinese names"
    assert chinese_vocabulary(texts, stored_words(demo_database)) == {}


def test_the_english_appraisal_form_shows_chinese_only_in_data(
    english: None, appraisal_form: AppraisalFormWidget, demo_database: Database
) -> None:
    texts = visible_texts(appraisal_form, has_cjk)
    assert chinese_vocabulary(texts, stored_words(demo_database)) == {}
