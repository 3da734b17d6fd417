"""Reading JSON documents exactly: Decimal numbers, and errors that say what and where.

Numbers are read as Decimal (never float) and written back with their digits intact, so
a template survives export and import unchanged. Reading is strict: a document nested
deeper than `MAX_DEPTH` is refused before it is parsed (the parser would otherwise run
out of stack), and an object that names a key twice is refused (JSON leaves it open which
one wins; we never guess).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from kpm_desktop.domain.decimals import plain_decimal
from kpm_desktop.domain.errors import UserText, ValidationError

T = TypeVar("T")

MAX_DEPTH = 64
"""Objects and lists inside each other; our formats need 8 at most."""

_NUMBER_MARK = "\u0001num:"
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_MARKED_NUMBER = re.compile(r'"\\u0001num:(-?[0-9.]+)"')


def loads(text: str, source: str) -> Any:
    """Parse JSON text; a syntax error names the file, line and column, a duplicate key
    the key, a document nested too deep where the limit was passed."""
    _check_depth(text, source)
    try:
        return json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_refuse_constant,
            object_pairs_hook=lambda pairs: _unique_keys(pairs, source),
        )
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "{source}: line {lineno} column {colno}: not valid JSON ({reason})",
            source=source,
            lineno=exc.lineno,
            colno=exc.colno,
            reason=exc.msg,
        ) from exc
    except ValueError as exc:  # NaN or Infinity, refused by _refuse_constant
        raise ValidationError(
            "{source}: {name} is not a number JSON allows", source=source, name=exc.args[0]
        ) from exc


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def _unique_keys(pairs: list[tuple[str, Any]], source: str) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            others = sorted({k for k, _ in pairs} - {key})
            if not others:
                raise ValidationError(
                    "{source}: the key '{key}' appears twice in one object", source=source, key=key
                )
            raise ValidationError(
                "{source}: the key '{key}' appears twice in one object (with {keys})",
                source=source,
                key=key,
                keys=", ".join(others),
            )
        document[key] = value
    return document


def _check_depth(text: str, source: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH; brackets inside strings do not count."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                position = match.start()
                raise ValidationError(
                    "{source}: line {lineno} column {colno}: nested deeper than {limit} levels",
                    source=source,
                    lineno=text.count("\n", 0, position) + 1,
                    colno=position - text.rfind("\n", 0, position),
                    limit=MAX_DEPTH,
                )
        elif char in "]}":
            depth -= 1


def dumps(data: Any) -> str:
    """Pretty JSON, UTF-8 text as is, Decimals as JSON numbers with their exact digits,
    never in exponent form."""

    def mark(value: Any) -> Any:
        if isinstance(value, Decimal):
            return _NUMBER_MARK + plain_decimal(value)
        if isinstance(value, Mapping):
            return {key: mark(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [mark(item) for item in value]
        return value

    text = json.dumps(mark(data), ensure_ascii=False, indent=2)
    return _MARKED_NUMBER.sub(lambda match: match.group(1), text)


class Reader:
    """A position in a JSON document; every error names the file and the path."""

    def __init__(self, data: Any, source: str, path: str = "") -> None:
        self.data = data
        self.source = source
        self.path = path

    def error(self, template: str, /, **params: object) -> ValidationError:
        """The error `template` filled with `params`, placed at this file and path."""
        problem = UserText(template, **params)
        if self.path:
            return ValidationError(
                "{file}: {path}: {problem}", file=self.source, path=self.path, problem=problem
            )
        return ValidationError("{file}: {problem}", file=self.source, problem=problem)

    def _child(self, data: Any, step: str) -> Reader:
        path = (
            f"{self.path}{step}" if step.startswith("[") or not self.path else f"{self.path}.{step}"
        )
        return Reader(data, self.source, path)

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.error("expected an object, found {kind}", kind=_kind(self.data))
        return self.data

    def has(self, key: str) -> bool:
        return key in self.obj() and self.obj()[key] is not None

    def field(self, key: str) -> Reader:
        data = self.obj()
        if key not in data:
            raise self._child(None, key).error("is missing")
        return self._child(data[key], key)

    def optional(self, key: str) -> Reader | None:
        return self.field(key) if self.has(key) else None

    def items(self) -> list[Reader]:
        if not isinstance(self.data, list):
            raise self.error("expected a list, found {kind}", kind=_kind(self.data))
        return [self._child(item, f"[{i}]") for i, item in enumerate(self.data)]

    def entries(self) -> list[tuple[str, Reader]]:
        return [(key, self._child(value, key)) for key, value in self.obj().items()]

    def text(self) -> str:
        if not isinstance(self.data, str):
            raise self.error("expected text, found {kind}", kind=_kind(self.data))
        return self.data

    def number(self) -> Decimal:
        value = self.data
        if isinstance(value, bool) or not isinstance(value, int | Decimal | str | float):
            raise self.error("expected a number, found {kind}", kind=_kind(value))
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise self.error("'{value}' is not a number", value=value) from None
        if not number.is_finite():
            raise self.error("'{value}' is not a finite number", value=value)
        return number

    def integer(self) -> int:
        number = self.number()
        if number != number.to_integral_value():
            raise self.error("expected a whole number, found {number}", number=number)
        return int(number)

    def boolean(self) -> bool:
        if not isinstance(self.data, bool):
            raise self.error("expected true or false, found {kind}", kind=_kind(self.data))
        return self.data

    def choice(self, parse: Callable[[str], T], choices: list[str], what: str) -> T:
        text = self.text()
        try:
            return parse(text)
        except ValueError:
            raise self.error(
                "unknown {what} '{text}'; expected one of {choices}",
                what=what,
                text=text,
                choices=", ".join(choices),
            ) from None


def _kind(value: Any) -> UserText:
    if value is None:
        return UserText("null")
    if isinstance(value, bool):
        return UserText("true/false")
    if isinstance(value, dict):
        return UserText("an object")
    if isinstance(value, list):
        return UserText("a list")
    if isinstance(value, str):
        return UserText("text '{text}'", text=value)
    return UserText("the number {number}", number=value)
