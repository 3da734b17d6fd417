"""The UI's two languages in tests: the catalogue files, the locales of a Chinese and an
English system, and the Chinese an English window may show (only what the user stored)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLocale
from sqlalchemy import text as sql_text

from kpm_desktop.storage.database import Database
from tests.ui.visible_texts import has_cjk

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
ZH_TS = TRANSLATIONS / "kpm_zh_CN.ts"
EN_TS = TRANSLATIONS / "kpm_en.ts"
ZH = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

# In the English UI, texts with Chinese characters must be data: what the user stored.
# These few are neither data nor vocabulary, each for its reason.
NOT_VOCABULARY = {
    "中文": "the language menu names Chinese in Chinese",
    "or a position, e.g. CRM系统主管": "an example of a stored position",
    "销售一部：优 3 人 > 2 人": "the service's message the override dialog quotes (test input)",
}


def stored_words(database: Database) -> list[str]:
    """Every text the user stored that a window may show: names, templates' rubric text."""
    words: set[str] = set()
    with database.engine.connect() as connection:
        for query in (
            "SELECT name FROM departments",
            "SELECT name FROM staff",
            "SELECT position FROM staff",
            "SELECT name FROM appraisal_cycles",
            "SELECT name FROM rubric_templates",
            "SELECT DISTINCT source FROM customers",
            "SELECT DISTINCT channel FROM marketing_spend",
        ):
            words.update(row[0] for row in connection.execute(sql_text(query)) if row[0])
        for (body,) in connection.execute(sql_text("SELECT body FROM rubric_templates")):
            words.update(_json_texts(json.loads(body)))
    return sorted(words, key=len, reverse=True)


def _json_texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_texts(item)


def chinese_vocabulary(texts: dict[str, str], stored: list[str]) -> dict[str, str]:
    """The texts still holding Chinese once the stored words are taken out of them."""
    left = {}
    for text, where in texts.items():
        rest = text
        for word in stored:
            rest = rest.replace(word, "")
        if has_cjk(rest) and text not in NOT_VOCABULARY:
            left[text] = where
    return left
