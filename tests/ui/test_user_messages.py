"""The lower layers' messages in the user's language: every template translated, shown so."""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from kpm_desktop.domain.errors import MESSAGE_CONTEXT, NotFoundError, UserText, ValidationError
from kpm_desktop.domain.rubric import RATER_ROLE_NAMES, RATER_ROLES_CONTEXT, RaterRole
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.appraisals.cycles_page import CreateCycleDialog
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.user_messages import user_message
from tests.appraisal_world import PERIOD, build_world
from tests.ui.languages import ZH_TS
from tests.ui.visible_texts import Catalogue

ROOT = Path(__file__).resolve().parents[2]


def _update_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _message_calls() -> Iterator[tuple[Path, ast.Call]]:
    script = _update_script()
    trees = script.package_trees()
    callables = script.message_callables(list(trees.values()))
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and script._called_name(node) in callables:
                yield path, node


def test_the_script_and_the_domain_agree_on_the_context() -> None:
    assert _update_script().MESSAGE_CONTEXT == MESSAGE_CONTEXT


def test_a_logged_text_is_not_a_message_template() -> None:
    script = _update_script()
    tree = ast.parse(
        "def f(reader, exc):\n"
        '    _log.error("%s\\n%s", exc.message, exc.detail)\n'
        '    raise reader.error("{name} is not a number", name=exc)\n'
    )
    assert script.message_templates(tree, frozenset({"error"})) == [("{name} is not a number", 3)]


def test_every_message_is_a_literal_template() -> None:
    """An f-string or a computed text cannot be looked up in the catalogue."""
    computed = []
    for path, call in _message_calls():
        first = call.args[0] if call.args else None
        literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
        passed_on = isinstance(first, ast.Name) and first.id == "template"  # a wrapper's own
        built_inside = ast.unparse(call) == "ImportRejected(report)"
        if not (literal or passed_on or built_inside):
            computed.append(f"{path.relative_to(ROOT)}:{call.lineno} {ast.unparse(call)}")
    assert not computed, computed


def test_every_message_template_has_a_chinese_translation() -> None:
    finished = Catalogue(ZH_TS).finished
    templates = {
        call.args[0].value
        for _path, call in _message_calls()
        if call.args and isinstance(call.args[0], ast.Constant)
    }
    assert len(templates) > 250  # the extraction reaches every layer
    missing = sorted(t for t in templates if (MESSAGE_CONTEXT, t) not in finished)
    assert not missing, (
        f"message templates without a Chinese translation (run `make translations-update`, "
        f"translate the context {MESSAGE_CONTEXT} in kpm_zh_CN.ts): {missing}"
    )


def test_the_vocabulary_messages_name_is_translated() -> None:
    finished = Catalogue(ZH_TS).finished
    for name in RATER_ROLE_NAMES.values():
        assert (RATER_ROLES_CONTEXT, name) in finished, name
    assert rater_role_label(RaterRole.SUPERIOR) == RATER_ROLE_NAMES[RaterRole.SUPERIOR]


def test_english_is_the_source_text_with_its_values() -> None:
    error = NotFoundError("There is no cycle for {text}", text="2026Q4")
    assert str(error) == error.message == "There is no cycle for 2026Q4"
    assert user_message(error) == "There is no cycle for 2026Q4"  # no translator installed
    nested = ValidationError("{file}: {problems}", file="t.json", problems=[error, UserText("x")])
    assert str(nested) == "t.json: There is no cycle for 2026Q4; x"


def test_a_refused_template_is_explained_in_chinese(chinese: None, demo_database: Database) -> None:
    """Weights that do not total 100: the service's error, every part of it in Chinese."""
    world = build_world(demo_database)
    stored = world.services.templates.find(world.admin, "销售代表季度考核(测试)")
    first = stored.template.categories[0]
    short = replace(
        stored.template,
        categories=(
            replace(first, indicators=(replace(first.indicators[0], weight=Decimal(50)),)),
            *stored.template.categories[1:],
        ),
    )
    draft = world.services.templates.save_draft(world.admin, short, stored.summary.id)
    with pytest.raises(ValidationError) as caught:
        world.services.templates.activate(world.admin, draft.id)
    shown = user_message(caught.value)
    assert shown.startswith("无法启用模板 '销售代表季度考核(测试)' v2：指标权重合计 "), shown
    assert "距 100 还差" in shown and "Cannot" not in shown, shown


def test_a_dialog_shows_the_service_error_in_chinese(
    chinese: None, qtbot, demo_database: Database
) -> None:
    world = build_world(demo_database)
    dialog = CreateCycleDialog(
        world.services.cycles,
        world.admin,
        [(world.sales_template_id, "销售代表季度考核(测试) v1")],
        [],
    )
    qtbot.addWidget(dialog)
    dialog.period.setText(PERIOD)
    dialog.accept()
    assert dialog.error.text() == f"{PERIOD} 的考核周期已存在"
