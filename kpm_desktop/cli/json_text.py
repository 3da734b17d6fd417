"""Indented JSON text, as `json.dumps(value, ensure_ascii=False, indent=2)` writes it.

With `indent` set, the standard library encodes in Python, one generator step per token;
`kpm kpi --format json` for 1,000 staff spent longer there than computing the KPIs. This
writes the same text (tests/cli/test_json_text.py checks it against `json.dumps`) for the
values the commands print: dicts with text keys, lists, text, whole numbers, booleans
and null.
"""

from __future__ import annotations

import json.encoder
from collections.abc import Callable
from typing import Any

# Text as a JSON string, non-ASCII kept (the C function `json.dumps` itself uses).
json_string: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


def indented_json(value: object) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=2)` writes it."""
    parts: list[str] = []
    _write(value, parts, "\n")
    return "".join(parts)


def _write(value: object, out: list[str], newline: str) -> None:
    if isinstance(value, str):
        out.append(json_string(value))
    elif value is None:
        out.append("null")
    elif value is True or value is False:
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, dict):
        _write_dict(value, out, newline)
    elif isinstance(value, list | tuple):
        _write_list(value, out, newline)
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not written as JSON here")


def _write_dict(value: dict[Any, Any], out: list[str], newline: str) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in value.items():
        if not isinstance(key, str):
            raise TypeError(f"JSON keys are text here, not {type(key).__name__}")
        out.append(separator)
        out.append(json_string(key))
        out.append(": ")
        _write(item, out, inner)
        separator = "," + inner
    out.append(newline + "}")


def _write_list(value: list[Any] | tuple[Any, ...], out: list[str], newline: str) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in value:
        out.append(separator)
        _write(item, out, inner)
        separator = "," + inner
    out.append(newline + "]")
