"""The UI language and locale: Qt translators, and numbers and dates formatted per locale.

The language is the `ui/language` setting ("zh_CN" or "en"), or with "system" (the default)
Chinese when the system locale is Chinese and English otherwise. It is installed before any
widget exists; a change from View > Language installs the new translators (`LanguageSwitch`)
and the main window is built again in that language (ui/admin/session_switch.py). The app's
catalogue comes from resources/translations/kpm_<language>.qm (built by `make`), Qt's own
(standard buttons, file dialogs) from PySide6's translations folder.

Services and the domain keep `Decimal`; these helpers only turn values into display text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from kpm_desktop.config import RESOURCES_DIR

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (SYSTEM, CHINESE, ENGLISH)
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
# Money in this app is always Chinese yuan, whatever the UI language.
CURRENCY_SYMBOL = "¥"


def saved_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, SYSTEM))
    return value if value in LANGUAGES else SYSTEM


def save_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown UI language {language!r}; use one of {', '.join(LANGUAGES)}")
    settings.setValue(LANGUAGE_KEY, language)


def resolve_language(choice: str, system: QLocale) -> str:
    """The UI language for a setting value: Chinese or English."""
    if choice in (CHINESE, ENGLISH):
        return choice
    return CHINESE if system.language() == QLocale.Language.Chinese else ENGLISH


def locale_for(language: str, system: QLocale) -> QLocale:
    """Chinese formats for the Chinese UI; for English the system's own English locale
    (British dates stay British), else US English."""
    if language == CHINESE:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@dataclass
class InstalledLanguage:
    language: str  # "zh_CN" or "en"
    locale: QLocale
    translators: list[QTranslator]  # kept: a translator works only while it exists

    def uninstall(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def install_language(
    settings: QSettings,
    system: QLocale | None = None,
    translations_dir: Path = TRANSLATIONS_DIR,
) -> InstalledLanguage:
    """Install the translators of the chosen language and make its locale the default.

    Call it after the QApplication exists and before any widget is created. A missing .qm
    leaves that catalogue out: the UI then shows the English source texts.
    """
    system = system if system is not None else QLocale.system()
    language = resolve_language(saved_language(settings), system)
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    app = QCoreApplication.instance()
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("kpm", str(translations_dir))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and QCoreApplication.installTranslator(
            translator
        ):
            translators.append(translator)
    return InstalledLanguage(language, locale, translators)


class LanguageSwitch:
    """The installed language, replaced by the one now saved in the settings on `apply`.
    Widgets made before keep their texts: the caller builds its windows again."""

    def __init__(
        self,
        settings: QSettings,
        installed: InstalledLanguage,
        system: QLocale | None = None,
        translations_dir: Path = TRANSLATIONS_DIR,
    ) -> None:
        self._settings = settings
        self.installed = installed
        self._system = system
        self._translations_dir = translations_dir

    def apply(self) -> InstalledLanguage:
        self.installed.uninstall()
        self.installed = install_language(self._settings, self._system, self._translations_dir)
        return self.installed


def ui_is_chinese() -> bool:
    """Whether the UI runs in Chinese: `install_language` made that language's locale the
    default."""
    return QLocale().language() == QLocale.Language.Chinese


def format_integer(value: int, locale: QLocale | None = None) -> str:
    """12345 -> "12,345" (with the locale's group separator)."""
    return _group(str(abs(value)), locale or QLocale(), negative=value < 0)


def format_decimal(value: Decimal, places: int = 2, locale: QLocale | None = None) -> str:
    """A Decimal rounded half up to `places`, with the locale's separators; exact, no float."""
    locale = locale or QLocale()
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    text = _group(whole, locale, negative=rounded < 0)
    return f"{text}{locale.decimalPoint()}{fraction}" if fraction else text


def format_money(amount: Decimal, locale: QLocale | None = None) -> str:
    """Yuan with 2 decimals: "¥1,234.50", "-¥80.00"."""
    rounded = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = (locale or QLocale()).negativeSign() if rounded < 0 else ""
    return f"{sign}{CURRENCY_SYMBOL}{format_decimal(abs(rounded), 2, locale)}"


def format_percent(value: Decimal, places: int = 1, locale: QLocale | None = None) -> str:
    """A value already in percent: Decimal("85.25") -> "85.3%"."""
    locale = locale or QLocale()
    return f"{format_decimal(value, places, locale)}{locale.percent()}"


def format_date(day: date, locale: QLocale | None = None) -> str:
    """The locale's short date with a four-digit year: 2026/9/30, 9/30/2026, 30/09/2026."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), _short_date_format(locale))


def format_datetime(moment: datetime, locale: QLocale | None = None) -> str:
    """A local (not UTC) time as the locale's short date and 24-hour time."""
    locale = locale or QLocale()
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return locale.toString(value, f"{_short_date_format(locale)} HH:mm")


def _short_date_format(locale: QLocale) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Two-digit years are ambiguous on appraisal records that span decades.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _group(digits: str, locale: QLocale, *, negative: bool) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        digits, tail = digits[:-3], digits[-3:]
        groups.insert(0, tail)
    grouped = locale.groupSeparator().join([digits, *groups])
    return f"{locale.negativeSign()}{grouped}" if negative else grouped
