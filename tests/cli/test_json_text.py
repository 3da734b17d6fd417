"""`indented_json` writes what `json.dumps(ensure_ascii=False, indent=2)` writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpm_desktop.cli.json_text import indented_json

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(), st.sampled_from(["华信", 'a"b\\\n\t', ""])
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=5), inner, max_size=4),
    ),
    max_leaves=30,
)


@given(_values)
def test_the_same_text_as_the_standard_library(value: object) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [1.5, {1: "a"}, {"a": {1, 2}}])
def test_what_it_does_not_write_is_refused_not_guessed(value: object) -> None:
    with pytest.raises(TypeError):
        indented_json(value)
