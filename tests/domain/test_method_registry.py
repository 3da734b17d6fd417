"""Every method kind has a registry entry, a schema part, and its default survives JSON."""

import json
from pathlib import Path

import pytest

from kpm_desktop.domain.json_reading import Reader, dumps
from kpm_desktop.domain.methods.protocol import MethodKind
from kpm_desktop.domain.methods.registry import METHOD_TYPES, method_from_json, method_schema
from kpm_desktop.domain.rubric_json import FORMAT_VERSION

SCHEMA = Path(__file__).resolve().parents[2] / "resources" / "schemas"


def test_every_kind_has_a_registry_entry() -> None:
    assert set(METHOD_TYPES) == set(MethodKind)
    assert all(entry.kind is kind for kind, entry in METHOD_TYPES.items())


def test_the_published_schema_is_the_registrys() -> None:
    published = json.loads((SCHEMA / "rubric-template.schema.json").read_text(encoding="utf-8"))
    # When this fails: .venv/bin/python scripts/write_method_schema.py
    assert published["$defs"]["method"] == method_schema()
    kinds = {part["if"]["properties"]["kind"]["const"] for part in method_schema()["allOf"]}
    assert kinds == {kind.value for kind in MethodKind}


@pytest.mark.parametrize("kind", list(MethodKind))
def test_each_default_is_valid_and_reads_back_from_its_json(kind: MethodKind) -> None:
    method = METHOD_TYPES[kind].default()
    assert method.kind is kind
    assert method.problems() == []
    data = json.loads(dumps(method.to_json()))
    assert method_from_json(Reader(data, "m.json"), FORMAT_VERSION) == method
