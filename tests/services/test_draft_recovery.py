"""Autosaved drafts: written atomically, read back exactly, unfinished templates included."""

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.rubric import Category
from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore, recovery_key


def test_a_saved_draft_comes_back_exactly_and_is_gone_once_discarded(tmp_path: Path) -> None:
    store = DraftRecoveryStore(tmp_path / "recovery")
    assert store.pending() == []
    template = replace(supervisor_template(), name="改过的名字")
    store.save(recovery_key(7), template, 7)
    (draft,) = store.pending()
    assert draft.key == "template-7" and draft.template_id == 7
    assert draft.template == template
    assert store.load("template-7") == draft
    store.discard("template-7")
    assert store.pending() == [] and store.load("template-7") is None


def test_an_unfinished_new_template_is_kept_too(tmp_path: Path) -> None:
    store = DraftRecoveryStore(tmp_path)
    unfinished = replace(supervisor_template(), categories=(Category("", ()),))
    unfinished = replace(unfinished, raters=(), grade_bands=())
    store.save(recovery_key(None), unfinished, None)
    draft = store.load("new")
    assert draft is not None and draft.template_id is None and draft.template == unfinished


def test_numbers_keep_their_digits(tmp_path: Path) -> None:
    store = DraftRecoveryStore(tmp_path)
    template = supervisor_template()
    category = template.categories[0]
    first = replace(category.indicators[0], weight=Decimal("29.99"))
    template = replace(
        template, categories=(Category(category.name, (first, *category.indicators[1:])),)
    )
    store.save("template-1", template, 1)
    loaded = store.load("template-1")
    assert loaded is not None
    assert loaded.template.categories[0].indicators[0].weight == Decimal("29.99")


def test_a_file_cut_short_by_a_crash_is_ignored(tmp_path: Path) -> None:
    store = DraftRecoveryStore(tmp_path)
    store.save("template-1", supervisor_template(), 1)
    path = tmp_path / "template-1.json"
    path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert store.load("template-1") is None and store.pending() == []
