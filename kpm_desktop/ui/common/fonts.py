"""The shipped CJK font for the UI, used only when the system has no Chinese font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from kpm_desktop.config import SHIPPED_CJK_FONT


def system_has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def register_shipped_font() -> str:
    """Add the shipped font to the application's font database; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(SHIPPED_CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FileNotFoundError(f"Qt cannot load the shipped CJK font {SHIPPED_CJK_FONT}")
    return families[0]


def ensure_cjk_font() -> str | None:
    """Register the shipped font when no system font covers Chinese (else Chinese shows as
    boxes); returns the family registered, or None when the system has one."""
    if system_has_cjk_font():
        return None
    return register_shipped_font()
