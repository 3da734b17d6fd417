"""The template editor has an editor and labels for every method kind."""

from kpm_desktop.domain.methods.protocol import MethodKind
from kpm_desktop.domain.methods.registry import METHOD_TYPES
from kpm_desktop.ui.templates.method_editors import EDITOR_CLASSES, MethodEditor
from kpm_desktop.ui.templates.method_labels import kind_label, method_summary, short_kind_label


def test_every_kind_has_an_editor_and_labels() -> None:
    assert set(EDITOR_CLASSES) == set(MethodKind)
    for kind in MethodKind:
        assert kind_label(kind) and short_kind_label(kind)
        assert method_summary(METHOD_TYPES[kind].default()).startswith(short_kind_label(kind))


def test_each_kind_shows_its_own_editor(qtbot) -> None:
    editor = MethodEditor()
    qtbot.addWidget(editor)
    for kind in MethodKind:
        editor.set_method(METHOD_TYPES[kind].default(), [])
        assert editor.stack.currentWidget() is editor.editors[kind]
        assert editor.kind.currentData() == kind
