"""Rules across the fields of one CRM record: dates in order, a field needed or barred by
another's value, one owner of two. The import and the add / edit form check the same rules
and give the same reason (a `UserText`) for the field a rule names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from kpm_desktop.domain.errors import Term, UserText
from kpm_desktop.domain.import_columns import Parsed

# (field, reason) of one broken rule
Problem = tuple[str, UserText]
TermOf = Callable[[str], Term]
# How documentation names a field: its Chinese header.
HeaderOf = Callable[[str], str]


class RecordRule(Protocol):
    @property
    def fields(self) -> tuple[str, ...]:
        """The fields a record must give for the rule to be checked."""
        ...

    def check(self, values: Mapping[str, Parsed], term_of: TermOf) -> list[Problem]: ...

    def describe(self, header_of: HeaderOf) -> str:
        """The rule in a sentence of docs/formats.md."""
        ...


@dataclass(frozen=True)
class NotBefore:
    """`later` is empty or not before `earlier` (a deal closed on or after its creation)."""

    later: str
    earlier: str

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.later, self.earlier)

    def describe(self, header_of: HeaderOf) -> str:
        return f"{header_of(self.later)} is not before {header_of(self.earlier)}"

    def check(self, values: Mapping[str, Parsed], term_of: TermOf) -> list[Problem]:
        later, earlier = values.get(self.later), values.get(self.earlier)
        if later is None or earlier is None or not later < earlier:  # type: ignore[operator]
            return []
        reason = UserText("before {other} {value}", other=term_of(self.earlier), value=earlier)
        return [(self.later, reason)]


@dataclass(frozen=True)
class NotAfter:
    """`earlier` is empty or not after `later`; the problem is `earlier`'s (a first contact
    after the deal's creation)."""

    earlier: str
    later: str

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.earlier, self.later)

    def describe(self, header_of: HeaderOf) -> str:
        return f"{header_of(self.earlier)} is not after {header_of(self.later)}"

    def check(self, values: Mapping[str, Parsed], term_of: TermOf) -> list[Problem]:
        earlier, later = values.get(self.earlier), values.get(self.later)
        if earlier is None or later is None or not later < earlier:  # type: ignore[operator]
            return []
        reason = UserText("after {other} {value}", other=term_of(self.later), value=later)
        return [(self.earlier, reason)]


@dataclass(frozen=True)
class NeededWhen:
    """`field` must be filled when `when` holds one of `values` (a won deal's close date)."""

    field: str
    when: str
    values: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        # A file without the needed column leaves it empty: still checked.
        return (self.when,)

    def describe(self, header_of: HeaderOf) -> str:
        states = " or ".join(self.values)
        return f"{header_of(self.field)} is required when {header_of(self.when)} is {states}"

    def check(self, values: Mapping[str, Parsed], term_of: TermOf) -> list[Problem]:
        state = values.get(self.when)
        if state not in self.values or values.get(self.field) not in (None, ""):
            return []
        reason = UserText("required when {other} is {value}", other=term_of(self.when), value=state)
        return [(self.field, reason)]


@dataclass(frozen=True)
class EmptyWhen:
    """`field` must be empty when `when` holds one of `values` (an open deal's close date)."""

    field: str
    when: str
    values: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.field, self.when)

    def describe(self, header_of: HeaderOf) -> str:
        states = " or ".join(self.values)
        return f"{header_of(self.field)} is empty when {header_of(self.when)} is {states}"

    def check(self, values: Mapping[str, Parsed], term_of: TermOf) -> list[Problem]:
        state = values.get(self.when)
        if state not in self.values or values.get(self.field) in (None, ""):
            return []
        reason = UserText(
            "must be empty when {other} is {value}", other=term_of(self.when), value=state
        )
        return [(self.field, reason)]


@dataclass(frozen=True)
class ExactlyOne:
    """Exactly one of two fields is filled (a target's employee or department)."""

    first: str
    second: str

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.first, self.second)

    def describe(self, header_of: HeaderOf) -> str:
        return f"exactly one of {header_of(self.first)} and {header_of(self.second)} is given"

    def check(self, values: Mapping[str, Parsed], term_of: TermOf) -> list[Problem]:
        if bool(values.get(self.first)) != bool(values.get(self.second)):
            return []
        reason = UserText(
            "give {first} or {second}, exactly one of them",
            first=term_of(self.first),
            second=term_of(self.second),
        )
        return [(self.first, reason)]


def cycle_reason(path: list[str]) -> UserText:
    """The reason for a reference that closes a loop: 'E1 -> E2 -> E1'."""
    return UserText("makes a cycle: {path}", path=" -> ".join(path))


def cycle_from(start: str, target: str, parent_of: Callable[[str], str | None]) -> list[str]:
    """The loop `start` pointing at `target` would close, or [] when there is none.

    `parent_of` gives what a key points at now (with `start` already pointing at `target`
    or not: `start` itself ends the walk). A loop elsewhere above `target` is not ours.
    """
    path, seen = [start, target], {start, target}
    current: str | None = target
    while current is not None and current != start:
        current = parent_of(current)
        if current is None:
            return []
        if current in seen and current != start:
            return []
        path.append(current)
        seen.add(current)
    return path if current == start else []
