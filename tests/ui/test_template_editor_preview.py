"""The template editor's preview of the printed sheet: folded away in a laptop-wide window,
shown in a wide one, and the user's own choice kept for the next editor (and next start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.ui.templates.preview_choice import PREVIEW_KEY
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import HR_ADMIN


def _page(qtbot, service: TemplateService, tmp_path: Path, settings: QSettings, width: int):
    service.install_builtins(None)
    page = TemplatesPage(
        service, DraftRecoveryStore(tmp_path / "recovery"), HR_ADMIN, settings=settings
    )
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    page.refresh()
    return page


def test_the_preview_starts_hidden_below_1400_px_and_shown_above(
    qtbot, service: TemplateService, tmp_path: Path, settings: QSettings
) -> None:
    narrow = _page(qtbot, service, tmp_path, settings, 1280).edit_row(0)
    assert narrow is not None
    assert not narrow.preview_action.isChecked() and narrow.preview.isHidden()
    wide = _page(qtbot, service, tmp_path, settings, 1600).edit_row(0)
    assert wide is not None
    assert wide.preview_action.isChecked() and not wide.preview.isHidden()
    assert not settings.contains(PREVIEW_KEY), "nothing chosen yet"


def test_the_users_choice_is_remembered_at_any_width(
    qtbot, service: TemplateService, tmp_path: Path, settings: QSettings
) -> None:
    page = _page(qtbot, service, tmp_path, settings, 1280)
    editor = page.edit_row(0)
    assert editor is not None
    editor.preview_action.trigger()  # the user shows it
    assert not editor.preview.isHidden()
    page.close_editor()
    again = page.edit_row(0)
    assert again is not None and again.preview_action.isChecked()

    again.preview_action.trigger()  # and hides it again
    settings.sync()
    restarted = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    wide = _page(qtbot, service, tmp_path, restarted, 1600).edit_row(0)
    assert wide is not None and not wide.preview_action.isChecked()
